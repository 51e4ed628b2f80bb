import { useCallback, useEffect, useMemo } from 'react';
import {
  Color,
  InstancedBufferAttribute,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
} from 'three';
import type { Camera } from 'three';
import { collisionWorld } from '../../../layout/collision';
import { crowd, crowdFor, personCircle } from '../../../layout/crowd';
import type { Person, PersonPose } from '../../../layout/crowd';
import type { InstrumentPlacement } from '../../../layout/instruments';
import type { LodItem } from '../../lod/lodInstances';
import { LodInstances } from '../../lod/lodInstances';
import { useBeforeRender } from '../../lod/useBeforeRender';
import { farPersonGeometry, modelHeightM, paintByInstance, personGeometry } from './personGeometry';

/** Clothing colours: the first few are the exhibitors' staff shirts (navy, white, maroon). */
const clothes = [
  '#233f66',
  '#eeeeea',
  '#7a2230',
  '#3f6fa6',
  '#c2462f',
  '#e0bd55',
  '#4e7f52',
  '#8b9097',
  '#d98a3d',
  '#5b4a7a',
  '#2f3035',
  '#b8c9d8',
] as const;

if (clothes.length !== crowd.paletteSize)
  throw new Error(`the crowd needs ${crowd.paletteSize} clothing colours`);

const poseOrder: readonly PersonPose[] = ['standing', 'walking', 'looking', 'exhibitor'];

/** The items the level-of-detail sorter draws: one per person, scaled to their height. */
function lodItems(people: readonly Person[]): LodItem[] {
  const q = new Quaternion();
  const up = new Vector3(0, 1, 0);
  const c = new Color();
  return people.map((p) => {
    const s = p.heightM / modelHeightM;
    const m = new Matrix4().compose(
      new Vector3(p.x, 0, p.z),
      q.setFromAxisAngle(up, (p.yawDeg * Math.PI) / 180),
      new Vector3(s, s, s),
    );
    c.set(clothes[p.colorIndex]!);
    const color = [c.r, c.g, c.b] as const;
    return {
      x: p.x,
      y: p.heightM / 2,
      z: p.z,
      radiusM: p.heightM / 2 + 0.3,
      group: poseOrder.indexOf(p.pose),
      near: m,
      far: m,
      color,
      farColor: color,
    };
  });
}

/** An instanced mesh with room for `n` instances and an instance colour. */
function instanced(
  geometry: InstancedMesh['geometry'],
  material: MeshStandardMaterial,
  n: number,
  name: string,
) {
  const mesh = new InstancedMesh(geometry, material, n);
  mesh.instanceColor = new InstancedBufferAttribute(new Float32Array(n * 3), 3);
  mesh.name = name;
  return mesh;
}

/**
 * The visitors and exhibitors (seeded, so every visit sees the same crowd): one instanced mesh per pose
 * near the eye and a simple stand-in for everyone farther away, with only those in view drawn. While they
 * are shown they block walking, as stands do.
 */
export function People({ instruments }: { instruments: readonly InstrumentPlacement[] }) {
  const people = useMemo(() => crowdFor(instruments), [instruments]);
  const parts = useMemo(() => {
    const material = paintByInstance(new MeshStandardMaterial({ vertexColors: true, roughness: 0.85 }));
    const counts = poseOrder.map((pose) => people.filter((p) => p.pose === pose).length);
    const near = poseOrder.map((pose, i) =>
      instanced(personGeometry(pose), material, Math.max(1, counts[i]!), `people-${pose}`),
    );
    const far = instanced(farPersonGeometry(), material, Math.max(1, people.length), 'people-far');
    for (const m of near) m.castShadow = true;
    return { material, near, far, lod: new LodInstances(lodItems(people), near, far) };
  }, [people]);
  useEffect(
    () => () => {
      for (const m of [...parts.near, parts.far]) {
        m.geometry.dispose();
        m.dispose();
      }
      parts.material.dispose();
    },
    [parts],
  );
  useEffect(() => {
    collisionWorld.setCrowd(people.map(personCircle));
    return () => collisionWorld.setCrowd([]);
  }, [people]);
  const cull = useCallback((camera: Camera) => void parts.lod.update(camera), [parts]);
  useBeforeRender(cull);
  return (
    <group name="people">
      {[...parts.near, parts.far].map((m) => (
        <primitive key={m.name} object={m} />
      ))}
    </group>
  );
}
