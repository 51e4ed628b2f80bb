import { describe, expect, it } from 'vitest';
import { zones } from '../../src/content/zones';
import { polygonArea, rectContains } from '../../src/layout/geometry';
import { buildings, exhibitionAreaM2, startPose, zonePlacements } from '../../src/layout/hall';
import { buildShell } from '../../src/layout/walls';
import { stands } from '../../src/layout/booths';
import { CollisionWorld, body } from '../../src/layout/collision';

const world = new CollisionWorld();

describe('hall layout', () => {
  it('has an exhibition floor of 15,000 m² (±1%), as the article says', () => {
    const area = exhibitionAreaM2();
    expect(area).toBeGreaterThan(15000 * 0.99);
    expect(area).toBeLessThan(15000 * 1.01);
  });

  it('computes polygon area from the vertices, not from a constant', () => {
    expect(
      polygonArea([
        [0, 0],
        [10, 0],
        [10, 5],
        [0, 5],
      ]),
    ).toBe(50);
    expect(exhibitionAreaM2([buildings[0]!])).toBe(120 * 60);
  });

  it('places every zone of the content inside its building, and nothing else', () => {
    expect(Object.keys(zonePlacements).sort()).toEqual(zones.map((z) => z.id).sort());
    for (const [id, place] of Object.entries(zonePlacements)) {
      const b = buildings.find((x) => x.id === place.building)!;
      for (const corner of [
        { x: place.rect.minX, z: place.rect.minZ },
        { x: place.rect.maxX, z: place.rect.maxZ },
      ]) {
        expect(rectContains(b.floor, corner), `${id} corner inside building ${b.id}`).toBe(true);
      }
    }
  });

  it('keeps stands inside their zones and apart from each other', () => {
    for (const s of stands) {
      const z = zonePlacements[s.zone]!.rect;
      expect(
        s.rect.minX >= z.minX && s.rect.maxX <= z.maxX && s.rect.minZ >= z.minZ && s.rect.maxZ <= z.maxZ,
        s.id,
      ).toBe(true);
    }
    expect(new Set(stands.map((s) => s.id)).size).toBe(stands.length);
  });

  it('never overlaps two stands; only booths stand back to back, everything else leaves a walkway', () => {
    const walkwayM = 2 * body.radiusM;
    let backToBack = 0;
    for (const [i, a] of stands.entries()) {
      for (const b of stands.slice(i + 1)) {
        // Gap between the two footprints: negative on both axes means they overlap.
        const gapX = Math.max(a.rect.minX - b.rect.maxX, b.rect.minX - a.rect.maxX);
        const gapZ = Math.max(a.rect.minZ - b.rect.maxZ, b.rect.minZ - a.rect.maxZ);
        const gap = Math.max(gapX, gapZ);
        const pair = `${a.id} / ${b.id}: ${gap.toFixed(2)} m`;
        expect(gap, pair).toBeGreaterThan(-1e-6);
        if (gap < 1e-6) {
          // Touching: two booths, back panel to back panel, their open fronts facing away from each other.
          expect([a.kind, b.kind], pair).toEqual(['booth', 'booth']);
          expect(new Set([a.facing, b.facing]), pair).toEqual(new Set(['n', 's']));
          backToBack++;
        } else expect(gap, pair).toBeGreaterThanOrEqual(walkwayM);
      }
    }
    expect(backToBack).toBeGreaterThan(0);
  });

  it('gives every building doors and the block one main entrance', () => {
    const doors = buildings.flatMap((b) => buildShell(b).doors);
    expect(doors.filter((d) => d.main)).toHaveLength(1);
    for (const b of buildings)
      expect(
        doors.some((d) => d.building === b.id),
        b.id,
      ).toBe(true);
  });
});

describe('collision', () => {
  it('starts the visitor in free space, and every zone entry is free', () => {
    expect(world.blocked(startPose)).toBe(false);
    for (const [id, place] of Object.entries(zonePlacements))
      expect(world.blocked(place.entry), id).toBe(false);
  });

  it('stops a walk into a solid wall at the wall, short of it by the body radius', () => {
    // Hall A's west wall inner face is x = -60; walk west from x = -55 at z = 20 (a window bay, not a door).
    const end = world.move({ x: -55, z: 20 }, -20, 0);
    expect(end.x).toBeGreaterThanOrEqual(-60 + body.radiusM - 1e-6);
    expect(end.x).toBeLessThan(-60 + body.radiusM + 0.2);
  });

  it('slides along a wall when walking into it at an angle', () => {
    const end = world.move({ x: -55, z: 20 }, -20, -3);
    expect(end.x).toBeGreaterThanOrEqual(-60 + body.radiusM - 1e-6);
    expect(end.z).toBeLessThan(20 - 2.5);
  });

  it('lets you out through a doorway', () => {
    // Main entrance: south wall of hall A (z = 60), centred on x = 0.
    const end = world.move({ x: 0, z: 55 }, 0, 10);
    expect(end.z).toBeGreaterThan(64);
  });

  it('does not let a long step tunnel through a wall', () => {
    const end = world.move({ x: 55, z: 20 }, 50, 0);
    expect(end.x).toBeLessThan(60);
  });

  it('blocks stands and chimneys', () => {
    const s = stands[0]!;
    const cx = (s.rect.minX + s.rect.maxX) / 2;
    expect(world.blocked({ x: cx, z: (s.rect.minZ + s.rect.maxZ) / 2 })).toBe(true);
    expect(world.blocked({ x: -12, z: -15 })).toBe(true);
  });
});
