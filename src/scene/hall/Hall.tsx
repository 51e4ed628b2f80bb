import { useEffect, useMemo } from 'react';
import { buildings } from '../../layout/hall';
import { useExpo } from '../../state/expo';
import { useLoading } from '../../state/loading';
import { buildHallGeometry } from './hallGeometry';
import type { HallMaterials } from './materials';
import { floorShadeUv } from './FloorShade';
import { tileM } from './textures';

/** The three red-brick workshops: walls, windows, floors, roofs and trusses (roofs hidden in the overview). */
export function Hall({ materials }: { materials: HallMaterials }) {
  const geo = useMemo(() => buildHallGeometry(), []);
  const overview = useExpo((s) => s.mode === 'overview');
  const markDone = useLoading((s) => s.markDone);
  useEffect(() => markDone('hall'), [markDone]);
  useEffect(
    () => () => {
      for (const g of [geo.brick, geo.glass, geo.windowBars, geo.roof, geo.skylight, geo.truss, geo.gable])
        g.dispose();
    },
    [geo],
  );
  return (
    <group name="hall">
      <mesh name="brick-walls" geometry={geo.brick} material={materials.brick} castShadow receiveShadow />
      <mesh name="window-glass" geometry={geo.glass} material={materials.glass} renderOrder={2} />
      <mesh name="window-bars" geometry={geo.windowBars} material={materials.windowFrame} castShadow />
      {buildings.map((b) => (
        <mesh
          key={b.id}
          name={`floor-${b.id}`}
          userData={{ walkable: true }}
          position={[(b.floor.minX + b.floor.maxX) / 2, 0, (b.floor.minZ + b.floor.maxZ) / 2]}
          rotation-x={-Math.PI / 2}
          receiveShadow
          material={materials.concrete}
        >
          <planeGeometry
            args={[b.floor.maxX - b.floor.minX, b.floor.maxZ - b.floor.minZ]}
            onUpdate={(g) => {
              const uv = g.getAttribute('uv');
              const sx = (b.floor.maxX - b.floor.minX) / tileM.concrete;
              const sz = (b.floor.maxZ - b.floor.minZ) / tileM.concrete;
              for (let i = 0; i < uv.count; i++) uv.setXY(i, uv.getX(i) * sx, uv.getY(i) * sz);
              uv.needsUpdate = true;
              g.setAttribute('uv1', floorShadeUv(g, b));
            }}
          />
        </mesh>
      ))}
      <group name="roofs" visible={!overview}>
        <mesh name="gables" geometry={geo.gable} material={materials.brick} castShadow receiveShadow />
        <mesh name="roof" geometry={geo.roof} material={materials.roof} castShadow receiveShadow />
        <mesh name="skylights" geometry={geo.skylight} material={materials.skylight} renderOrder={2} />
        <mesh name="trusses" geometry={geo.truss} material={materials.steel} castShadow />
      </group>
    </group>
  );
}
