/**
 * On-demand rendering. The canvas draws only when something changes: input, a store change, a camera
 * flight or walk, a running demo, the clock's second hand. Code outside the canvas asks for a frame with
 * requestFrame(); the scene binds it to the renderer's invalidate().
 */
let invalidate: (() => void) | null = null;

/** Binds (or, with null, unbinds) the function that schedules a frame. */
export function bindFrameRequests(fn: (() => void) | null): void {
  invalidate = fn;
}

/** Asks for one more frame (no-op before the canvas exists). */
export function requestFrame(): void {
  invalidate?.();
}

/** Input that can change what is on screen. */
const wakeEvents = [
  'pointerdown',
  'pointermove',
  'pointerup',
  'keydown',
  'keyup',
  'wheel',
  'touchmove',
] as const;

/** Wakes rendering on any visitor input; returns a stop function. */
export function wakeOnInput(target: Window): () => void {
  const wake = () => requestFrame();
  const listening = new AbortController();
  for (const type of wakeEvents)
    target.addEventListener(type, wake, { capture: true, passive: true, signal: listening.signal });
  return () => listening.abort();
}
