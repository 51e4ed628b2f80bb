import { useEffect } from 'react';
import { useThree } from '@react-three/fiber';
import { DataTexture, Float32BufferAttribute, LinearFilter, RedFormat } from 'three';
import type { BufferGeometry } from 'three';
import { stands, zoneBoardFootprints } from '../../layout/booths';
import { clockTowerFootprint } from '../../layout/clock';
import { crowdFor } from '../../layout/crowd';
import { bakeFloorShade, shadeAtlas, shadeSolids, shadeUv } from '../../layout/floorShade';
import type { BuildingSpec } from '../../layout/hall';
import { buildings } from '../../layout/hall';
import type { InstrumentPlacement } from '../../layout/instruments';
import type { HallMaterials } from './materials';

/** Height the zone boards and the clock tower's base count as for shading, metres. */
const boardHeightM = 2.5;

const atlas = shadeAtlas(buildings);

/**
 * The second UV set of a building's floor plane (a plane in x, y turned face up): where each of its
 * corners lies in the floor shading atlas.
 */
export function floorShadeUv(g: BufferGeometry, b: BuildingSpec): Float32BufferAttribute {
  const region = atlas.regions.find((r) => r.building === b.id)!;
  const pos = g.getAttribute('position');
  const cx = (b.floor.minX + b.floor.maxX) / 2;
  const cz = (b.floor.minZ + b.floor.maxZ) / 2;
  const uv: number[] = [];
  // The plane's y runs north (-z) once it is turned face up.
  for (let i = 0; i < pos.count; i++)
    uv.push(...shadeUv(region, atlas.width, atlas.height, cx + pos.getX(i), cz - pos.getY(i)));
  return new Float32BufferAttribute(uv, 2);
}

/**
 * Ambient occlusion baked into the hall floors from the layout (walls, stands, boards, the clock tower and
 * the crowd's contact shadows), applied to the floors' ambient and reflected light. Only where the
 * quality setting asks for it; the sun's skylight shafts are direct light and stay as they are.
 */
export function FloorShade({
  materials,
  instruments,
}: {
  materials: HallMaterials;
  instruments: readonly InstrumentPlacement[];
}) {
  const invalidate = useThree((st) => st.invalidate);
  useEffect(() => {
    const m = materials.concrete;
    let texture: DataTexture | null = null;
    // Baked after the first frames, off the task that builds the scene; then one more frame shows it.
    const timer = setTimeout(() => {
      const shade = bakeFloorShade(
        buildings,
        shadeSolids(stands, [...zoneBoardFootprints, clockTowerFootprint], boardHeightM),
        crowdFor(instruments),
      );
      texture = new DataTexture(shade.data, shade.width, shade.height, RedFormat);
      texture.magFilter = LinearFilter;
      texture.minFilter = LinearFilter;
      texture.channel = 1;
      texture.needsUpdate = true;
      m.aoMap = texture;
      m.aoMapIntensity = 1;
      m.needsUpdate = true;
      invalidate();
    }, 0);
    return () => {
      clearTimeout(timer);
      if (!texture) return;
      m.aoMap = null;
      m.needsUpdate = true;
      texture.dispose();
    };
  }, [materials, instruments, invalidate]);
  return null;
}
