import type { StateCreator } from 'zustand';
import { collisionWorld } from '../../layout/collision';
import { blockBounds, zonePlacements } from '../../layout/hall';
import type { ActionSource } from '../source';
import type { ExpoState } from '../expo';
import { nav, walk } from '../nav';

/** How the visitor sees the hall. */
export type ViewMode = 'walk' | 'overview';

/** Where a camera flight ends, metres and degrees (yaw 0 looks north, -z). */
export interface Pose {
  x: number;
  y: number;
  z: number;
  yawDeg: number;
  pitchDeg: number;
}

/** A request for the camera rig to fly somewhere; seq changes with every request. */
export interface Flight {
  seq: number;
  to: Pose;
  mode: ViewMode;
}

/** The bird's-eye view of the whole block: high above the south-east, looking at its centre. */
export const overviewView = (() => {
  const target = { x: (blockBounds.minX + blockBounds.maxX) / 2 - 5, y: 0, z: -10 };
  const pos = { x: target.x + 40, y: 150, z: target.z + 170 };
  const dx = target.x - pos.x;
  const dz = target.z - pos.z;
  const yawDeg = (Math.atan2(-dx, -dz) * 180) / Math.PI;
  const pitchDeg = (Math.atan2(target.y - pos.y, Math.hypot(dx, dz)) * 180) / Math.PI;
  return { target, pose: { ...pos, yawDeg, pitchDeg } as Pose };
})();

/** Walking or the overview, and where the camera is asked to fly. */
export interface ViewSlice {
  mode: ViewMode;
  flight: Flight | null;
  setMode: (mode: ViewMode, source?: ActionSource) => void;
  /** Walks (flies, animated) to a point on the floor; the spot is nudged out of walls and stands. */
  goTo: (x: number, z: number, yawDeg?: number, source?: ActionSource) => void;
  /** Flies down into walk mode at a zone's entry point. */
  flyToZone: (zoneId: string, source?: ActionSource) => boolean;
}

/** The view slice's state at the start of a visit. */
export const viewInitial = { mode: 'walk' as ViewMode, flight: null as Flight | null };

let seq = 0;
const rad2deg = 180 / Math.PI;

/** A new flight request (each one numbered, so the rig can tell a new request from the last). */
export function flightTo(to: Pose, mode: ViewMode): Flight {
  return { seq: ++seq, to, mode };
}

/** A walking pose at eye height. */
export function walkPose(x: number, z: number, yawDeg: number): Pose {
  return { x, y: walk.eyeHeightM, z, yawDeg, pitchDeg: 0 };
}

/** The view: mode switches and flights. */
export const viewSlice: StateCreator<ExpoState, [], [], ViewSlice> = (set, get) => ({
  ...viewInitial,
  setMode: (mode, by = 'visitor') => {
    if (mode === get().mode) return;
    const back = nav.lastWalk;
    const to = mode === 'overview' ? overviewView.pose : walkPose(back.x, back.z, back.yaw * rad2deg);
    set({ mode, flight: flightTo(to, mode), by });
  },
  goTo: (x, z, yawDeg, by = 'visitor') => {
    const spot = collisionWorld.resolve({ x, z });
    const yaw =
      yawDeg ??
      (get().mode === 'walk'
        ? Math.atan2(-(spot.x - nav.x), -(spot.z - nav.z)) * rad2deg
        : nav.lastWalk.yaw * rad2deg);
    const to = walkPose(spot.x, spot.z, Number.isFinite(yaw) ? yaw : 0);
    set({ mode: 'walk', flight: flightTo(to, 'walk'), by });
  },
  flyToZone: (zoneId, source) => {
    const place = zonePlacements[zoneId];
    if (!place) return false;
    get().goTo(place.entry.x, place.entry.z, place.entry.yawDeg, source);
    return true;
  },
});
