import { buildings, exhibitionAreaM2 } from '../layout/hall';
import { buildingFloor } from '../layout/hall';
import { collisionWorld } from '../layout/collision';
import { zonePlacements } from '../layout/hall';
import { useExpo } from '../state/expo';
import { tourClock, useTour } from '../state/tour';
import { useKiosk } from '../state/kiosk';
import { useDemos } from '../state/demos';
import { loadingSteps, useLoading } from '../state/loading';
import { nav } from '../state/nav';
import { anchors } from './anchors';
import { instrumentsFor } from '../layout/instruments';
import { urlInstrumentCount } from './instrumentCount';
import { timeFromHandAngles } from '../layout/clock';
import type { ClockHandAngles } from '../layout/clock';

/** Renderer figures for tests and the benchmark. */
export interface SceneStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
  /** Generic instruments drawn: instances of visible instanced meshes marked `userData.instruments`. */
  instances: number;
  /** Instances drawn by all visible instanced meshes (instruments, booth parts, ...). */
  instancesAll: number;
  frames: number;
}

/** What the 3D view lends the test hook: projection and renderer statistics. */
export interface SceneProbe {
  project: (p: readonly [number, number, number]) => { x: number; y: number } | null;
  stats: () => Omit<SceneStats, 'frames'>;
}

let probe: SceneProbe | null = null;

/** What the 3D clock's hands show now: their angles (clockwise from 12, degrees). */
export type ClockProbe = () => ClockHandAngles;

let clockProbe: ClockProbe | null = null;

/** Called by the Time Valley clock when it mounts (and with null when it unmounts). */
export function registerClockProbe(p: ClockProbe | null): void {
  clockProbe = p;
}

/** Called by the scene when it mounts (and with null when it unmounts). */
export function registerProbe(p: SceneProbe | null): void {
  probe = p;
}

const deg = 180 / Math.PI;

/** Whether the URL asks for the test hook. */
export function testMode(): boolean {
  return new URLSearchParams(window.location.search).has('test');
}

function plain(obj: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => typeof v !== 'function'));
}

/** Installs window.__expo, only with ?test in the URL. */
export function installTestHook(): void {
  if (!testMode()) return;
  const hook = {
    get ready() {
      const done = useLoading.getState().done;
      return loadingSteps.every((s) => done[s.id]);
    },
    camera: () => ({
      x: nav.x,
      y: nav.y,
      z: nav.z,
      yawDeg: nav.yaw * deg,
      pitchDeg: nav.pitch * deg,
      mode: useExpo.getState().mode,
      flying: nav.flying,
      t: nav.poseTimeMs,
    }),
    project: (id: string) => {
      const p = anchors.get(id) ?? anchors.get(`zone:${id}`);
      return p && probe ? probe.project(p) : null;
    },
    /** The time the 3D clock's hands show (12-hour), read back from the hands themselves. */
    clock: () => {
      const angles = clockProbe?.();
      return angles ? { ...angles, ...timeFromHandAngles(angles) } : null;
    },
    stats: (): SceneStats | null => (probe ? { ...probe.stats(), frames: nav.framesRendered } : null),
    state: () => ({
      expo: plain(useExpo.getState()),
      tour: plain(useTour.getState()),
      kiosk: plain(useKiosk.getState()),
      loading: useLoading.getState().done,
      nav: { ...nav, held: [...nav.held] },
    }),
    layout: () => ({
      buildings: buildings.map((b) => ({ id: b.id, floor: buildingFloor(b) })),
      areaM2: exhibitionAreaM2(),
      zones: Object.entries(zonePlacements).map(([id, z]) => ({
        id,
        building: z.building,
        rect: z.rect,
        entry: z.entry,
      })),
      instruments: instrumentsFor(urlInstrumentCount()),
    }),
    /** The stores' current state with their actions, for tests that drive the app in-page (the soak). */
    stores: () => ({
      expo: useExpo.getState(),
      tour: useTour.getState(),
      demos: useDemos.getState(),
      kiosk: useKiosk.getState(),
    }),
    /** Re-times the kiosk's idle prompt (seconds), bypassing the URL's bounds. */
    kioskTimes: (idleS: number, warnS: number) => useKiosk.getState().configure({ on: true, idleS, warnS }),
    /** Sets the guided tour's pace (multiplier on every stay) now and for the kiosk's attract loop. */
    tourPace: (pace: number) => {
      tourClock.pace = pace;
      useKiosk.setState({ attractPace: pace });
    },
    blocked: (x: number, z: number) => collisionWorld.blocked({ x, z }),
    teleport: (x: number, z: number, yawDeg = 0) => {
      useExpo.setState({ mode: 'walk' });
      Object.assign(nav, { x, z, yaw: yawDeg / deg, pitch: 0, walkTarget: null });
      nav.held.clear();
      nav.lastWalk = { x, z, yaw: nav.yaw };
    },
  };
  Object.defineProperty(window, '__expo', { value: hook, configurable: true });
}
