import { zoneExhibitStands } from './booths';
import type { ZoneExhibitId } from './booths';
import { startPose, zonePlacements } from './hall';
import type { FloorPose } from './path';

/** A fixed view of the hall: a pose on the floor at eye height, or the bird's-eye overview. */
export type Viewpoint = { id: string } & ({ kind: 'walk'; pose: FloorPose } | { kind: 'overview' });

/** The zones the screenshot sheet visits, in sheet order, by their short names. */
const sheetZones = [
  ['frontier', 'frontier-showcase'],
  ['weighing-park', 'smart-weighing-park'],
  ['time-valley', 'chuanshan-time-valley'],
  ['changning', 'changning-nonferrous'],
  ['innovation', 'innovation-results'],
  ['conference', 'conference-venue'],
] as const;

/**
 * The screenshot sheet's eight viewpoints: the start pose at the main entrance, each zone's entry pose
 * (where a visitor arriving there stands) and the overview; all from the layout, so they follow it.
 */
export function sheetViewpoints(): Viewpoint[] {
  return [
    { id: 'entrance', kind: 'walk', pose: { ...startPose } },
    ...sheetZones.map(([id, zone]): Viewpoint => {
      const { x, z, yawDeg } = zonePlacements[zone]!.entry;
      return { id, kind: 'walk', pose: { x, z, yawDeg } };
    }),
    { id: 'overview', kind: 'overview' },
  ];
}

/**
 * A pose `distanceM` in front of a zone exhibit's board, on its face's centre line and looking straight at
 * it (the walk camera's yaw equals the board's: both measure from north, and the face looks south at yaw 0).
 */
export function boardViewpoint(id: ZoneExhibitId, distanceM: number): Viewpoint {
  const s = zoneExhibitStands[id];
  const r = (s.yawDeg * Math.PI) / 180;
  return {
    id: `board-${id}`,
    kind: 'walk',
    pose: { x: s.x + Math.sin(r) * distanceM, z: s.z + Math.cos(r) * distanceM, yawDeg: s.yawDeg },
  };
}
