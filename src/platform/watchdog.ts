import { requestFrame } from './frames';

/** Watchdog timings, ms: how long a lost GPU context may stay lost, and how long a failure notice shows. */
export const watchdogTiming = { restoreTimeoutMs: 5000, reloadDelayMs: 4000 };

let reloadTimer: ReturnType<typeof setTimeout> | null = null;

/** Reloads the page (same URL, so kiosk settings and links survive) after a delay; idempotent. */
export function scheduleReload(delayMs = watchdogTiming.reloadDelayMs): void {
  if (reloadTimer) return;
  reloadTimer = setTimeout(() => window.location.reload(), delayMs);
}

/** What became of the canvas's GPU context: fine (again), lost for now, or lost for good. */
export type ContextState = 'ok' | 'lost' | 'failed';

/**
 * Watches the canvas's WebGL context: when it is lost, report('lost') (the caller tells the visitor) and the
 * renderer is allowed to restore it (three re-creates its GPU resources); if it is not back within
 * restoreTimeoutMs, report('failed') and the page reloads itself back to a ready state. Returns a stop function.
 */
export function watchContext(canvas: HTMLCanvasElement, report: (state: ContextState) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const lost = (e: Event) => {
    e.preventDefault(); // allow the browser to restore the context
    report('lost');
    timer = setTimeout(() => {
      report('failed');
      scheduleReload(0);
    }, watchdogTiming.restoreTimeoutMs);
  };
  const restored = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    report('ok');
    requestFrame();
  };
  canvas.addEventListener('webglcontextlost', lost);
  canvas.addEventListener('webglcontextrestored', restored);
  return () => {
    if (timer) clearTimeout(timer);
    canvas.removeEventListener('webglcontextlost', lost);
    canvas.removeEventListener('webglcontextrestored', restored);
  };
}

/**
 * Set while the 3D view draws a frame (from before its frame callbacks to after rendering). An error that
 * escapes the frame loop leaves it set, which tells a frozen view from, say, a model that failed to load
 * (its loader's error arrives outside any frame, and a placeholder already stands in).
 */
export const frameGuard = { inFrame: false };
