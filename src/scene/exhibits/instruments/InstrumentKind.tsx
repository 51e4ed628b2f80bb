import { useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Color, Euler, Matrix4, Quaternion, Vector3 } from 'three';
import type { InstancedMesh, Material } from 'three';
import type { InstrumentCategoryId } from '../../../content/instrumentCategories';
import type { InstrumentPlacement } from '../../../layout/instruments';
import { accelerateInstances } from '../../picking/accelerateInstances';
import { archetypeGeometry } from './archetypes';
import { instrumentPalette } from './palette';
import { instrumentHandlers } from './pointer';

const deg2rad = Math.PI / 180;

/**
 * Every instrument of one category: one instanced mesh, so one draw call however many there are, ray-cast
 * through a hierarchy over its instances so picking stays cheap as the hall fills.
 */
export function InstrumentKind(props: {
  category: InstrumentCategoryId;
  items: readonly InstrumentPlacement[];
  material: Material;
  castShadow: boolean;
}) {
  const { category, items } = props;
  const ref = useRef<InstancedMesh>(null);
  const geometry = useMemo(() => archetypeGeometry(category), [category]);
  useEffect(() => () => geometry.dispose(), [geometry]);
  const handlers = useMemo(() => instrumentHandlers(category), [category]);
  useLayoutEffect(() => {
    const mesh = ref.current;
    if (!mesh) return;
    const m = new Matrix4();
    const q = new Quaternion();
    const e = new Euler();
    const p = new Vector3();
    const s = new Vector3();
    const c = new Color();
    items.forEach((it, i) => {
      q.setFromEuler(e.set(0, it.yawDeg * deg2rad, 0));
      mesh.setMatrixAt(i, m.compose(p.set(it.x, it.y, it.z), q, s.setScalar(it.scale)));
      mesh.setColorAt(i, c.set(instrumentPalette[it.colorIndex % instrumentPalette.length]!));
    });
    mesh.instanceMatrix.needsUpdate = true;
    if (mesh.instanceColor) mesh.instanceColor.needsUpdate = true;
    mesh.computeBoundingSphere();
    return accelerateInstances(mesh);
  }, [items]);
  return (
    <instancedMesh
      ref={ref}
      name={`instruments-${category}`}
      args={[geometry, props.material, items.length]}
      userData={{ instruments: true, category }}
      castShadow={props.castShadow}
      receiveShadow
      {...handlers}
    />
  );
}
