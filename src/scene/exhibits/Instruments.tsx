import { useCallback, useEffect, useMemo } from 'react';
import { MeshStandardMaterial } from 'three';
import type { Camera } from 'three';
import { instrumentsFor } from '../../layout/instruments';
import { urlInstrumentCount } from '../../platform/instrumentCount';
import { LodInstances } from '../lod/lodInstances';
import { useBeforeRender } from '../lod/useBeforeRender';
import { accelerateInstances } from '../picking/accelerateInstances';
import { BoothGraphics } from './instruments/BoothGraphics';
import { BoothSigns } from './instruments/BoothSigns';
import { instrumentMeshes } from './instruments/instrumentMeshes';
import { NaiveInstruments } from './instruments/NaiveInstruments';
import { instrumentHandlers } from './instruments/pointer';

/** Surface of the generic instruments: painted metal and plastic. */
const finish = { roughness: 0.5, metalness: 0.15 } as const;

/** The instanced instruments: detailed near the eye (one mesh per kind), boxes beyond, only those in view. */
function InstancedInstruments({ placements }: { placements: ReturnType<typeof instrumentsFor> }) {
  const material = useMemo(() => new MeshStandardMaterial({ vertexColors: true, ...finish }), []);
  const { meshes, lod, undo } = useMemo(() => {
    const built = instrumentMeshes(placements, material);
    const near = built.near.map((n) => n.mesh);
    return {
      meshes: built,
      lod: new LodInstances(built.items, near, built.far),
      // Picking is built over every instrument in placement order, before the sorter first reorders them.
      undo: near.map((mesh) => accelerateInstances(mesh)),
    };
  }, [placements, material]);
  useEffect(
    () => () => {
      undo.forEach((u) => u());
      for (const m of [...meshes.near.map((n) => n.mesh), meshes.far]) {
        m.geometry.dispose();
        m.dispose();
      }
      material.dispose();
    },
    [meshes, material, undo],
  );
  const cull = useCallback((camera: Camera) => void lod.update(camera), [lod]);
  useBeforeRender(cull);
  return (
    <>
      {meshes.near.map(({ category, mesh }) => (
        <primitive key={category} object={mesh} {...instrumentHandlers(category)} />
      ))}
      <primitive object={meshes.far} />
    </>
  );
}

/**
 * The generic instruments that fill the booths (1,000 by default, `?instruments=<n>`): instanced, sharing one
 * material, with level of detail and per-instance culling; and the booths' signs and graphic panels. Hover
 * names a category; a click opens its card. `naive` draws each instrument as its own mesh instead (the
 * benchmark's baseline).
 */
export function Instruments({ naive = false }: { naive?: boolean }) {
  const placements = useMemo(() => instrumentsFor(urlInstrumentCount()), []);
  return (
    <group name="instruments">
      {naive ? (
        <NaiveInstruments placements={placements} finish={finish} />
      ) : (
        <InstancedInstruments placements={placements} />
      )}
      <BoothSigns placements={placements} />
      <BoothGraphics placements={placements} />
    </group>
  );
}
