/** The test hook's body (window.__expo), loaded only with ?test in the URL; see installTestHook. */
import { buildings, exhibitionAreaM2 } from '../layout/hall';
import { buildingAt, buildingFloor, startPose } from '../layout/hall';
import { exhibitPlacement } from '../layout/booths';
import { exhibits } from '../content/exhibits';
import { collisionWorld } from '../layout/collision';
import { zonePlacements } from '../layout/hall';
import { useExpo } from '../state/expo';
import { tourClock, useTour } from '../state/tour';
import { useKiosk } from '../state/kiosk';
import { useDemos } from '../heroes/engine/demos';
import { loadingSteps, useLoading } from '../state/loading';
import { nav, walk } from '../state/nav';
import { anchors } from '../platform/anchors';
import { requestFrame } from '../platform/frames';
import { instrumentsFor } from '../layout/instruments';
import { settings } from '../platform/settings';
import { timeFromHandAngles } from '../layout/clock';
import type { Vec2 } from '../layout/geometry';
import { usePerf } from '../state/perf';
import { markTime, marks, startFrameLog, stopFrameLog } from '../platform/frameLog';
import { startPathRun, pathRun } from '../state/pathRun';
import { testCrash, testProbes } from '../platform/testProbes';
import type { PickResult, SceneStats } from '../platform/testProbes';

const deg = 180 / Math.PI;

function plain(obj: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => typeof v !== 'function'));
}

/** Defines window.__expo: what tests and the benchmark read and drive. */
export function defineTestHook(): void {
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
      return p && testProbes.scene ? testProbes.scene.project(p) : null;
    },
    /** The time the 3D clock's hands show (12-hour), read back from the hands themselves. */
    clock: () => {
      const angles = testProbes.clock?.();
      return angles ? { ...angles, ...timeFromHandAngles(angles) } : null;
    },
    stats: (): SceneStats | null => {
      const probe = testProbes.scene;
      return probe
        ? { ...probe.stats(), perfFactor: usePerf.getState().factor, frames: nav.framesRendered }
        : null;
    },
    /** Ray-casts what a click at client (x, y) would, timed. */
    pick: (x: number, y: number): PickResult | null => testProbes.scene?.pick(x, y) ?? null,
    /** Start-up marks, ms since navigation (null until reached). */
    timing: () => ({
      codeMs: markTime(marks.code),
      firstFrameMs: markTime(marks.firstFrame),
      readyMs: markTime(marks.ready),
      firstContentfulPaintMs:
        performance.getEntriesByName('first-contentful-paint', 'paint')[0]?.startTime ?? null,
    }),
    /** Records frame intervals and per-frame main-thread time until stopFrames(). */
    startFrames: () => {
      startFrameLog();
      requestFrame();
    },
    stopFrames: () => stopFrameLog(),
    /** Walks the camera along a path (floor points, metres) in durationMs, looking where it goes. */
    walkPath: (points: Vec2[], durationMs: number) => {
      useExpo.setState({ mode: 'walk' });
      nav.y = walk.eyeHeightM;
      nav.held.clear();
      startPathRun(points, durationMs);
      requestFrame();
    },
    /** Whether a scripted walk is still running. */
    walking: () => pathRun.active,
    /** Switches to the bird's-eye overview (as the toolbar button does). */
    overview: () => useExpo.getState().setMode('overview'),
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
      instruments: instrumentsFor(settings.instruments),
      start: startPose,
      /** Every exhibit's place and the building it stands in. */
      exhibits: exhibits.map((e) => {
        const p = exhibitPlacement(e.id);
        return {
          id: e.id,
          x: p?.x ?? null,
          z: p?.z ?? null,
          building: p ? (buildingAt(p)?.id ?? null) : null,
        };
      }),
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
      // Back at eye height too: teleporting from the overview must not leave the camera 150 m up.
      Object.assign(nav, { x, y: walk.eyeHeightM, z, yaw: yawDeg / deg, pitch: 0, walkTarget: null });
      nav.held.clear();
      nav.lastWalk = { x, z, yaw: nav.yaw };
      requestFrame();
    },
    /** Asks the on-demand frame loop for one frame. */
    frame: () => requestFrame(),
    /** Makes the 3D view throw an uncaught error from its next frame. */
    crash: () => {
      testCrash.armed = true;
      requestFrame();
    },
  };
  Object.defineProperty(window, '__expo', { value: hook, configurable: true });
}
