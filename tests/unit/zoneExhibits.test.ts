import { describe, expect, it } from 'vitest';
import { exhibits } from '../../src/content/exhibits';
import { heroIds } from '../../src/heroes/registry';
import { framePose } from '../../src/layout/framing';
import { rectContains } from '../../src/layout/geometry';
import type { Rect } from '../../src/layout/geometry';
import {
  exhibitPlacement,
  stands,
  zoneBoard,
  zoneBoardFootprint,
  zoneExhibitStands,
} from '../../src/layout/booths';
import { collisionWorld } from '../../src/layout/collision';
import { zonePlacements } from '../../src/layout/hall';

const overlaps = (a: Rect, b: Rect) =>
  a.minX < b.maxX && b.minX < a.maxX && a.minZ < b.maxZ && b.minZ < a.maxZ;

const zoneExhibits = exhibits.filter((e) => e.kind === 'zone');

describe('zone exhibits', () => {
  it('are the six zone panels, and the heroes stay the three frontier instruments', () => {
    expect(zoneExhibits.map((e) => e.id).sort()).toEqual(Object.keys(zoneExhibitStands).sort());
    expect(zoneExhibits).toHaveLength(6);
    expect(exhibits.filter((e) => e.kind === 'hero').map((e) => e.id)).toEqual([...heroIds]);
    for (const e of zoneExhibits) {
      expect(e.demo, e.id).toBeUndefined();
      expect(zoneExhibitStands[e.id as keyof typeof zoneExhibitStands].zone, e.id).toBe(e.zone);
    }
  });

  it('gives every exhibit a placement for camera framing', () => {
    for (const e of exhibits) {
      const p = exhibitPlacement(e.id);
      expect(p, e.id).toBeDefined();
      expect(p!.sizeM).toBeGreaterThan(0);
    }
    const p = exhibitPlacement('strategy-wall')!;
    expect(p.y).toBeGreaterThan(1.3);
    expect(p.y).toBeLessThan(1.9);
    expect(p.sizeM).toBeCloseTo(zoneBoard.widthM);
    expect(exhibitPlacement('no-such-exhibit')).toBeUndefined();
  });

  it('stands each board on free floor inside its zone, clear of every stand, and keeps the zone entry free', () => {
    for (const [id, s] of Object.entries(zoneExhibitStands)) {
      const zone = zonePlacements[s.zone]!;
      const foot = zoneBoardFootprint(s);
      for (const corner of [
        { x: foot.minX, z: foot.minZ },
        { x: foot.maxX, z: foot.maxZ },
      ])
        expect(rectContains(zone.rect, corner), `${id} inside ${s.zone}`).toBe(true);
      for (const stand of stands) expect(overlaps(foot, stand.rect), `${id} vs ${stand.id}`).toBe(false);
      for (const [other, t] of Object.entries(zoneExhibitStands))
        if (other !== id) expect(overlaps(foot, zoneBoardFootprint(t)), `${id} vs ${other}`).toBe(false);
      // Within a dozen metres of the entry, and not on top of it.
      const d = Math.hypot(s.x - zone.entry.x, s.z - zone.entry.z);
      expect(d, id).toBeLessThan(12);
      expect(collisionWorld.blocked(zone.entry), `${s.zone} entry`).toBe(false);
    }
  });

  it('makes the boards solid and turns their faces towards the zone entry', () => {
    for (const [id, s] of Object.entries(zoneExhibitStands)) {
      expect(collisionWorld.blocked({ x: s.x, z: s.z }), id).toBe(true);
      const entry = zonePlacements[s.zone]!.entry;
      const r = (s.yawDeg * Math.PI) / 180;
      const facing = Math.sin(r) * (entry.x - s.x) + Math.cos(r) * (entry.z - s.z);
      expect(facing, id).toBeGreaterThan(0);
    }
  });

  it('frames each zone exhibit from free floor in front of it, in both panel layouts', () => {
    for (const e of zoneExhibits) {
      const p = exhibitPlacement(e.id)!;
      for (const layout of ['side', 'bottom'] as const) {
        const pose = framePose(p, p.sizeM, p.facingYawDeg, layout);
        expect(collisionWorld.blocked({ x: pose.x, z: pose.z }), `${e.id} ${layout}`).toBe(false);
      }
    }
  });
});
