import { useEffect, useMemo } from 'react';
import { MeshStandardMaterial } from 'three';
import { findCategory, instrumentCategoryIds } from '../../../content/instrumentCategories';
import type { InstrumentCategoryId } from '../../../content/instrumentCategories';
import type { InstrumentPlacement } from '../../../layout/instruments';
import { archetypeGeometry } from './archetypes';
import { instrumentPalette } from './palette';
import { instrumentHandlers } from './pointer';

const deg2rad = Math.PI / 180;

/**
 * The benchmark's naive baseline (`?naive`): every instrument its own mesh, so one draw call each, with a
 * material per paint colour instead of per-instance colours and three's plain per-mesh ray casting. The
 * instanced build (Instruments) is measured against it.
 */
export function NaiveInstruments(props: {
  placements: readonly InstrumentPlacement[];
  finish: { roughness: number; metalness: number };
}) {
  const { placements, finish } = props;
  const geometries = useMemo(
    () => new Map(instrumentCategoryIds.map((id) => [id, archetypeGeometry(id)] as const)),
    [],
  );
  useEffect(() => () => geometries.forEach((g) => g.dispose()), [geometries]);
  const materials = useMemo(
    () =>
      instrumentPalette.map((color) => new MeshStandardMaterial({ vertexColors: true, color, ...finish })),
    [finish],
  );
  useEffect(() => () => materials.forEach((m) => m.dispose()), [materials]);
  const handlers = useMemo(
    () => new Map(instrumentCategoryIds.map((id) => [id, instrumentHandlers(id, false)] as const)),
    [],
  );
  return (
    <group name="instruments-naive">
      {placements.map((p) => (
        <mesh
          key={p.id}
          name={`instrument-${p.category}`}
          geometry={geometries.get(p.category)}
          material={materials[p.colorIndex % materials.length]}
          position={[p.x, p.y, p.z]}
          rotation-y={p.yawDeg * deg2rad}
          scale={p.scale}
          userData={{ instruments: true, category: p.category }}
          castShadow={findCategory(p.category)?.size !== 'bench'}
          receiveShadow
          {...handlers.get(p.category as InstrumentCategoryId)}
        />
      ))}
    </group>
  );
}
