/** performance.mark names the app sets, read by the test hook and the benchmark. */
export const marks = {
  /** The 3D code chunk has arrived. */
  code: 'expo:code',
  /** The canvas has rendered its first frame (whatever has loaded by then). */
  firstFrame: 'expo:first-frame',
  /** The first frame with all models has rendered (`__expo.ready`). */
  ready: 'expo:ready',
} as const;

/** Sets a performance mark once (a second call keeps the first time). */
export function markOnce(name: string): void {
  if (typeof performance === 'undefined' || performance.getEntriesByName(name, 'mark').length > 0) return;
  performance.mark(name);
}

/** Start time (ms since navigation) of a mark, or null if it has not been set. */
export function markTime(name: string): number | null {
  if (typeof performance === 'undefined') return null;
  return performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;
}

/**
 * Frame timing while recording: the interval between consecutive rendered frames and the main-thread
 * time each frame took (frame callbacks plus issuing the draw calls), ms. Kept out of React and the
 * stores; the scene feeds it from R3F's global before/after-frame effects.
 */
export const frameLog = {
  recording: false,
  intervalsMs: [] as number[],
  workMs: [] as number[],
  lastEndMs: null as number | null,
  startMs: 0,
};

/** Starts a fresh recording. */
export function startFrameLog(): void {
  Object.assign(frameLog, { recording: true, intervalsMs: [], workMs: [], lastEndMs: null });
}

/** Stops recording and returns what was recorded. */
export function stopFrameLog(): { intervalsMs: number[]; workMs: number[] } {
  frameLog.recording = false;
  return { intervalsMs: frameLog.intervalsMs, workMs: frameLog.workMs };
}

/** Called before each frame's callbacks. */
export function frameBegan(nowMs: number): void {
  frameLog.startMs = nowMs;
}

/** Called after each frame is rendered. */
export function frameEnded(nowMs: number): void {
  if (!frameLog.recording) return;
  if (frameLog.lastEndMs !== null) frameLog.intervalsMs.push(nowMs - frameLog.lastEndMs);
  frameLog.workMs.push(nowMs - frameLog.startMs);
  frameLog.lastEndMs = nowMs;
}
