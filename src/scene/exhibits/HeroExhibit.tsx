import { useEffect, useMemo } from 'react';
import { Bvh } from '@react-three/drei';
import type { ThreeEvent } from '@react-three/fiber';
import { Box3, Raycaster, Vector3 } from 'three';
import type { Object3D } from 'three';
import { findExhibit } from '../../content/exhibits';
import { heroes } from '../../heroes/registry';
import type { HeroId } from '../../heroes/registry';
import { HeroDemo3D } from '../../heroes/scene/HeroDemo3D';
import { plinth } from '../../layout/booths';
import { anchors } from '../../platform/anchors';
import { useExpo } from '../../state/expo';
import { clickSlopPx } from '../controls/FloorClick';
import { Hotspot } from './Hotspot';
import { ModelPlaceholder } from './ModelPlaceholder';
import { useModel } from './modelLoad';

/** Where to probe for a clickable point on the body, as fractions of the box: low first, away from hotspots. */
const probes = [0.3, 0.2, 0.45, 0.12].flatMap((fy) =>
  [0, -0.3, 0.3, -0.15, 0.15].map((fx) => [fx, fy] as const),
);

/** A point on the model's front surface (found by ray casting), so tests can click the body itself. */
function bodyPoint(
  scene: Object3D,
  toWorld: (p: readonly [number, number, number]) => readonly [number, number, number],
  yaw: number,
): readonly [number, number, number] | null {
  scene.updateWorldMatrix(true, true);
  const box = new Box3().setFromObject(scene).applyMatrix4(scene.matrixWorld.clone().invert());
  const size = box.getSize(new Vector3());
  const c = box.getCenter(new Vector3());
  const back = new Vector3(-Math.sin(yaw), 0, -Math.cos(yaw));
  const ray = new Raycaster();
  for (const [fx, fy] of probes) {
    const from = toWorld([c.x + fx * size.x, box.min.y + fy * size.y, box.max.z + 1]);
    ray.set(new Vector3(...from), back);
    const hit = ray.intersectObject(scene, true)[0];
    if (hit) return [hit.point.x, hit.point.y, hit.point.z];
  }
  return null;
}

/** URL of a model file, under the app's base path. */
export function modelUrl(file: string): string {
  return `${import.meta.env.BASE_URL}models/${file}`;
}

/** One frontier instrument on its plinth once its GLB has loaded, or a placeholder if it could not be. */
export function HeroExhibit({ id }: { id: HeroId }) {
  const { gltf } = useModel(modelUrl(heroes[id].model.file));
  const failed = !gltf;
  useEffect(() => {
    if (failed) useExpo.getState().reportModelFailure(id);
  }, [failed, id]);
  return gltf ? <LoadedHero id={id} scene={gltf.scene} /> : <ModelPlaceholder id={id} />;
}

/** The loaded model on its plinth: the GLB, its hotspots, and its live demonstration. */
function LoadedHero({ id, scene }: { id: HeroId; scene: Object3D }) {
  const lang = useExpo((s) => s.lang);
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const exhibit = findExhibit(id);
  const { stand } = heroes[id];
  const spots = useMemo(() => {
    const out: { part: string | null; local: [number, number, number] }[] = [];
    scene.traverse((o: Object3D) => {
      const tag = o.userData.hotspot as string | undefined;
      if (tag) out.push({ part: tag === id ? null : tag, local: [o.position.x, o.position.y, o.position.z] });
    });
    // Whole instrument first, then parts in model order (the DOM order is the Tab order).
    return out.sort((a, b) => (a.part === null ? -1 : b.part === null ? 1 : 0));
  }, [scene, id]);
  useEffect(() => {
    scene.traverse((o) => {
      if ('isMesh' in o) {
        o.castShadow = true;
        o.receiveShadow = true;
      }
    });
    const yaw = (stand.yawDeg * Math.PI) / 180;
    const toWorld = ([x, y, z]: readonly [number, number, number]) =>
      [
        stand.x + x * Math.cos(yaw) + z * Math.sin(yaw),
        plinth.heightM + y,
        stand.z - x * Math.sin(yaw) + z * Math.cos(yaw),
      ] as const;
    for (const s of spots) anchors.set(s.part ? `${id}/${s.part}` : id, toWorld(s.local));
    const body = bodyPoint(scene, toWorld, yaw);
    if (body) anchors.set(`model:${id}`, body);
  }, [scene, spots, stand, id]);
  const onClick = (e: ThreeEvent<MouseEvent>) => {
    e.stopPropagation();
    if (e.delta <= clickSlopPx) focusExhibit(id);
  };
  return (
    <group
      name={`hero-${id}`}
      position={[stand.x, plinth.heightM, stand.z]}
      rotation-y={(stand.yawDeg * Math.PI) / 180}
    >
      {/* Mounted once the model has loaded, so the BVH covers all of its meshes. */}
      <Bvh firstHitOnly>
        <primitive object={scene} onClick={onClick} />
      </Bvh>
      <HeroDemo3D id={id} model={scene} />
      {exhibit &&
        spots.map((s) => {
          const part = s.part ? exhibit.parts.find((p) => p.id === s.part) : null;
          const label = part ? part.name[lang] : exhibit.title[lang];
          return (
            <Hotspot
              key={s.part ?? id}
              position={s.local}
              exhibitId={id}
              part={s.part}
              label={label}
              kind={s.part ? 'part' : 'main'}
            />
          );
        })}
    </group>
  );
}
