import { create } from 'zustand';
import type { Language } from '../content/schema';
import { blockBounds, startPose, zonePlacements } from '../layout/hall';
import { collisionWorld } from '../layout/collision';
import { nav, resetNav, walk } from './nav';

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

interface ExpoState {
  lang: Language;
  mode: ViewMode;
  planOpen: boolean;
  helpOpen: boolean;
  flight: Flight | null;
  setLang: (lang: Language) => void;
  toggleLang: () => void;
  setMode: (mode: ViewMode) => void;
  togglePlan: () => void;
  setPlanOpen: (open: boolean) => void;
  setHelpOpen: (open: boolean) => void;
  /** Walks (flies, animated) to a point on the floor; the spot is nudged out of walls and stands. */
  goTo: (x: number, z: number, yawDeg?: number) => void;
  /** Flies down into walk mode at a zone's entry point. */
  flyToZone: (zoneId: string) => boolean;
  reset: () => void;
}

const initial = {
  lang: 'zh' as Language,
  mode: 'walk' as ViewMode,
  planOpen: true,
  helpOpen: false,
  flight: null as Flight | null,
};

let seq = 0;
const rad2deg = 180 / Math.PI;

/** App state and actions shared by the 3D scene and the DOM UI. */
export const useExpo = create<ExpoState>()((set, get) => ({
  ...initial,
  setLang: (lang) => set({ lang }),
  toggleLang: () => set({ lang: get().lang === 'zh' ? 'en' : 'zh' }),
  setMode: (mode) => {
    if (mode === get().mode) return;
    if (mode === 'overview') {
      set({ mode, flight: { seq: ++seq, to: overviewView.pose, mode } });
    } else {
      const back = nav.lastWalk;
      set({
        mode,
        flight: {
          seq: ++seq,
          to: { x: back.x, y: walk.eyeHeightM, z: back.z, yawDeg: back.yaw * rad2deg, pitchDeg: 0 },
          mode,
        },
      });
    }
  },
  togglePlan: () => set({ planOpen: !get().planOpen }),
  setPlanOpen: (planOpen) => set({ planOpen }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  goTo: (x, z, yawDeg) => {
    const spot = collisionWorld.resolve({ x, z });
    const yaw =
      yawDeg ??
      (get().mode === 'walk'
        ? Math.atan2(-(spot.x - nav.x), -(spot.z - nav.z)) * rad2deg
        : nav.lastWalk.yaw * rad2deg);
    set({
      mode: 'walk',
      flight: {
        seq: ++seq,
        to: { x: spot.x, y: walk.eyeHeightM, z: spot.z, yawDeg: Number.isFinite(yaw) ? yaw : 0, pitchDeg: 0 },
        mode: 'walk',
      },
    });
  },
  flyToZone: (zoneId) => {
    const place = zonePlacements[zoneId];
    if (!place) return false;
    get().goTo(place.entry.x, place.entry.z, place.entry.yawDeg);
    return true;
  },
  reset: () => {
    resetNav();
    set({
      ...initial,
      flight: {
        seq: ++seq,
        to: { x: startPose.x, y: walk.eyeHeightM, z: startPose.z, yawDeg: startPose.yawDeg, pitchDeg: 0 },
        mode: 'walk',
      },
    });
  },
}));
