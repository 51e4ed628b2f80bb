/** What the 3D view lends the test hook (app/testHook.ts): probes it registers while mounted, and the crash switch. */
/** Renderer figures for tests and the benchmark. */
export interface SceneStats {
  calls: number;
  triangles: number;
  geometries: number;
  textures: number;
  programs: number;
  /** Generic instruments in the hall: all instances of the meshes marked `userData.instruments`. */
  instances: number;
  /** Instances drawn now by all visible instanced meshes (instruments near and far, people, booth parts, ...). */
  instancesAll: number;
  /** Visible meshes of any kind (instanced ones count once). */
  meshes: number;
  /** Device pixel ratio the canvas renders at now (adaptive quality moves it). */
  dpr: number;
  /** Whether the sun casts shadows now. */
  shadows: boolean;
  /** Adaptive-quality factor: 1 best allowed, 0 cheapest. */
  perfFactor: number;
  frames: number;
}

/** What a click at a screen point ray-casts: how long it took and what it hit first. */
export interface PickResult {
  ms: number;
  object: string | null;
  instanceId: number | null;
}

/** What the 3D view lends the test hook: projection and renderer statistics. */
export interface SceneProbe {
  project: (p: readonly [number, number, number]) => { x: number; y: number } | null;
  pick: (x: number, y: number) => PickResult;
  stats: () => Omit<SceneStats, 'frames' | 'perfFactor'>;
}

/** What the 3D clock's hands show now: their angles (clockwise from 12, degrees; see layout/clock.ts). */
export type ClockProbe = () => { hourDeg: number; minuteDeg: number; secondDeg: number };

/** What the 3D view and its clock lend the test hook while mounted (null otherwise). */
export const testProbes: { scene: SceneProbe | null; clock: ClockProbe | null } = {
  scene: null,
  clock: null,
};

/** Set by the test hook's crash(): the 3D view throws from its next frame (tests the watchdog). */
export const testCrash = { armed: false };

/** Called by the Time Valley clock when it mounts (and with null when it unmounts). */
export function registerClockProbe(p: ClockProbe | null): void {
  testProbes.clock = p;
}

/** Called by the scene when it mounts (and with null when it unmounts). */
export function registerProbe(p: SceneProbe | null): void {
  testProbes.scene = p;
}
