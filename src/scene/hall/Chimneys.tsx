import { useEffect, useMemo } from 'react';
import { CylinderGeometry, MeshStandardMaterial } from 'three';
import type { BufferGeometry } from 'three';
import { chimneys } from '../../layout/hall';
import { mergeParts } from './buildGeometry';
import type { HallMaterials } from './materials';
import { tileM } from './textures';

/** Bands of darker brick and a cap ring, as fractions of the chimney's height. */
const bandsAt = [0.35, 0.7, 0.97] as const;

/** The chimneys in two pieces: brick (tapered shafts on their plinths) and the dark bands. */
function chimneyGeometry(): { brick: BufferGeometry; bands: BufferGeometry } {
  const brick: BufferGeometry[] = [];
  const bands: BufferGeometry[] = [];
  for (const c of chimneys) {
    const shaft = new CylinderGeometry(c.topRadiusM, c.baseRadiusM, c.heightM, 24, 1, true);
    const uv = shaft.getAttribute('uv');
    const around = (2 * Math.PI * c.baseRadiusM) / tileM.brick;
    for (let i = 0; i < uv.count; i++)
      uv.setXY(i, uv.getX(i) * around, (uv.getY(i) * c.heightM) / tileM.brick);
    brick.push(shaft.translate(c.x, c.heightM / 2, c.z));
    brick.push(
      new CylinderGeometry(c.baseRadiusM + 0.5, c.baseRadiusM + 0.7, 3, 24).translate(c.x, 1.5, c.z),
    );
    for (const f of bandsAt) {
      const r = c.baseRadiusM + (c.topRadiusM - c.baseRadiusM) * f + 0.15;
      bands.push(new CylinderGeometry(r, r, 0.6, 24).translate(c.x, c.heightM * f, c.z));
    }
  }
  return { brick: mergeParts(brick, 'chimney brick'), bands: mergeParts(bands, 'chimney bands') };
}

/** The block's tall brick chimneys: tapered, banded, capped; two draw calls for all of them. */
export function Chimneys({ materials }: { materials: HallMaterials }) {
  const geo = useMemo(() => chimneyGeometry(), []);
  const bandMaterial = useMemo(() => new MeshStandardMaterial({ color: '#5a2a20', roughness: 0.9 }), []);
  useEffect(
    () => () => {
      geo.brick.dispose();
      geo.bands.dispose();
      bandMaterial.dispose();
    },
    [geo, bandMaterial],
  );
  return (
    <group name="chimneys">
      <mesh name="chimney-brick" geometry={geo.brick} material={materials.brick} castShadow receiveShadow />
      <mesh name="chimney-bands" geometry={geo.bands} material={bandMaterial} castShadow />
    </group>
  );
}
