import { frameGuard, scheduleReload } from '../platform/watchdog';
import { useHealth } from '../state/health';

/** The 3D view failed: tell the visitor and reload shortly, instead of leaving a frozen picture. */
export function sceneFailed(): void {
  useHealth.getState().setGraphics('failed');
  scheduleReload();
}

/** Turns uncaught errors thrown by the 3D view's frame loop into a notice and a reload. Returns a stop function. */
export function watchSceneErrors(): () => void {
  const onError = () => {
    if (frameGuard.inFrame) sceneFailed();
  };
  window.addEventListener('error', onError);
  return () => window.removeEventListener('error', onError);
}
