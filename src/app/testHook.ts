import { settings } from '../platform/settings';

/**
 * Installs window.__expo, only with ?test in the URL. Its code comes as its own chunk, so visitors never
 * load it; tests wait for `window.__expo?.ready` before using it.
 */
export function installTestHook(): void {
  if (settings.test) void import('./testHookApi').then((m) => m.defineTestHook());
}
