import { describe, expect, it } from 'vitest';
import { zoneExhibitStands } from '../../src/layout/booths';
import type { ZoneExhibitId } from '../../src/layout/booths';
import { buildingAt, startPose, zonePlacements } from '../../src/layout/hall';
import { boardViewpoint, sheetViewpoints } from '../../src/layout/viewpoints';

describe('screenshot sheet viewpoints', () => {
  it('are the entrance, the six zone entries and the overview, from the layout', () => {
    const views = sheetViewpoints();
    expect(views.map((v) => v.id)).toEqual([
      'entrance',
      'frontier',
      'weighing-park',
      'time-valley',
      'changning',
      'innovation',
      'conference',
      'overview',
    ]);
    expect(views[0]).toMatchObject({ kind: 'walk', pose: startPose });
    const entries = Object.entries(zonePlacements)
      .filter(([id]) => id !== 'strategy-wall')
      .map(([, z]) => z.entry);
    for (const v of views.slice(1, 7)) {
      if (v.kind !== 'walk') throw new Error(`${v.id} is not a walk view`);
      expect(entries, v.id).toContainEqual(v.pose);
      expect(buildingAt(v.pose), v.id).toBeDefined();
    }
    expect(views[7]!.kind).toBe('overview');
  });

  it('stands the board views the given distance in front of each board, looking at its face', () => {
    for (const id of Object.keys(zoneExhibitStands) as ZoneExhibitId[]) {
      const s = zoneExhibitStands[id];
      const v = boardViewpoint(id, 6);
      if (v.kind !== 'walk') throw new Error('board views are walk views');
      expect(Math.hypot(v.pose.x - s.x, v.pose.z - s.z)).toBeCloseTo(6);
      // The walk camera at yaw θ looks along (-sin θ, -cos θ): straight back at the board.
      const r = (v.pose.yawDeg * Math.PI) / 180;
      const look = { x: -Math.sin(r), z: -Math.cos(r) };
      const to = { x: (s.x - v.pose.x) / 6, z: (s.z - v.pose.z) / 6 };
      expect(look.x * to.x + look.z * to.z, id).toBeCloseTo(1);
    }
  });
});
