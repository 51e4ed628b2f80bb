/** Whether the URL asks for the test hook. */
export function testMode(): boolean {
  return new URLSearchParams(window.location.search).has('test');
}

/**
 * Installs window.__expo, only with ?test in the URL. Its code comes as its own chunk, so visitors never
 * load it; tests wait for `window.__expo?.ready` before using it.
 */
export function installTestHook(): void {
  if (testMode()) void import('./testHookApi').then((m) => m.defineTestHook());
}
