import type { Vec2 } from '../layout/geometry';

/** A scripted walk along a polyline over a fixed time (benchmarks); the scene moves the camera along it. */
export const pathRun = {
  active: false,
  points: [] as readonly Vec2[],
  startMs: 0,
  durationMs: 1,
};

/** Starts walking a path now, taking durationMs from its first point to its last. */
export function startPathRun(points: readonly Vec2[], durationMs: number): void {
  Object.assign(pathRun, {
    active: points.length > 0,
    points,
    startMs: performance.now(),
    durationMs: Math.max(1, durationMs),
  });
}
