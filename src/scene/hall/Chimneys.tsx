import { useMemo } from 'react';
import { CylinderGeometry } from 'three';
import { chimneys } from '../../layout/hall';
import type { HallMaterials } from './materials';
import { tileM } from './textures';

/** Bands of darker brick and a cap ring, as fractions of the chimney's height. */
const bandsAt = [0.35, 0.7, 0.97] as const;

/** The block's tall brick chimneys: tapered, banded, capped. */
export function Chimneys({ materials }: { materials: HallMaterials }) {
  const shafts = useMemo(
    () =>
      chimneys.map((c) => {
        const g = new CylinderGeometry(c.topRadiusM, c.baseRadiusM, c.heightM, 24, 1, true);
        const uv = g.getAttribute('uv');
        const around = (2 * Math.PI * c.baseRadiusM) / tileM.brick;
        for (let i = 0; i < uv.count; i++)
          uv.setXY(i, uv.getX(i) * around, (uv.getY(i) * c.heightM) / tileM.brick);
        return g;
      }),
    [],
  );
  return (
    <group name="chimneys">
      {chimneys.map((c, i) => (
        <group key={c.id} name={c.id} position={[c.x, 0, c.z]}>
          <mesh
            geometry={shafts[i]}
            material={materials.brick}
            position-y={c.heightM / 2}
            castShadow
            receiveShadow
          />
          <mesh position-y={1.5} material={materials.brick} castShadow receiveShadow>
            <cylinderGeometry args={[c.baseRadiusM + 0.5, c.baseRadiusM + 0.7, 3, 24]} />
          </mesh>
          {bandsAt.map((f) => {
            const r = c.baseRadiusM + (c.topRadiusM - c.baseRadiusM) * f;
            return (
              <mesh key={f} position-y={c.heightM * f} castShadow>
                <cylinderGeometry args={[r + 0.15, r + 0.15, 0.6, 24]} />
                <meshStandardMaterial color="#5a2a20" roughness={0.9} />
              </mesh>
            );
          })}
        </group>
      ))}
    </group>
  );
}
