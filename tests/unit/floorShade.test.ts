import { describe, expect, it } from 'vitest';
import { stands } from '../../src/layout/booths';
import { bakeFloorShade, shadeAtlas, shadeSolids, shadeUv } from '../../src/layout/floorShade';
import type { FloorShade } from '../../src/layout/floorShade';
import { buildings } from '../../src/layout/hall';

const a = buildings.find((b) => b.id === 'a')!;
/** The shade (0 black, 255 unshaded) at a floor point of building A. */
const at = (s: FloorShade, x: number, z: number) => {
  const region = s.regions.find((r) => r.building === 'a')!;
  const [u, v] = shadeUv(region, s.width, s.height, x, z);
  return s.data[Math.floor(v * s.height) * s.width + Math.floor(u * s.width)]!;
};

describe('baked floor shading', () => {
  const open = bakeFloorShade([a], [], []);
  it('darkens the floor along the walls and leaves open floor unshaded', () => {
    expect(at(open, 0, 30)).toBe(255);
    expect(at(open, a.floor.minX + 0.1, 30)).toBeLessThan(200);
    expect(at(open, a.floor.minX + 0.1, 30)).toBeLessThan(at(open, a.floor.minX + 1, 30));
  });

  it('shades round the foot of a stand, more for a tall one, and under a person', () => {
    const rect = { minX: -5, maxX: 5, minZ: 20, maxZ: 24 };
    const tall = bakeFloorShade([a], [{ rect, heightM: 2.5 }], []);
    const low = bakeFloorShade([a], [{ rect, heightM: 0.4 }], []);
    expect(at(tall, 0, 24.2)).toBeLessThan(at(tall, 0, 26));
    expect(at(tall, 0, 24.2)).toBeLessThan(at(low, 0, 24.2));
    const person = bakeFloorShade([a], [], [{ x: 10, z: 30 }]);
    expect(at(person, 10, 30)).toBeLessThan(235);
    expect(at(person, 12, 30)).toBe(255);
  });

  it('lays each building in its own band of the atlas, mapped corner to corner', () => {
    const { regions, width, height } = shadeAtlas(buildings);
    expect(regions.map((r) => r.building)).toEqual(buildings.map((b) => b.id));
    regions.forEach((r, i) => {
      if (i > 0) expect(r.row0).toBe(regions[i - 1]!.row0 + regions[i - 1]!.rows);
      const [u0, v0] = shadeUv(r, width, height, r.floor.minX, r.floor.maxZ);
      const [u1, v1] = shadeUv(r, width, height, r.floor.maxX, r.floor.minZ);
      expect(u0).toBe(0);
      expect(u1).toBeCloseTo(r.columns / width, 9);
      expect(v0).toBeCloseTo(r.row0 / height, 9);
      expect(v1).toBeCloseTo((r.row0 + r.rows) / height, 9);
    });
  });

  it('bakes the same shading from the same layout', () => {
    const solids = shadeSolids(stands, [], 2.5);
    expect(bakeFloorShade(buildings, solids, []).data).toEqual(bakeFloorShade(buildings, solids, []).data);
  });
});
