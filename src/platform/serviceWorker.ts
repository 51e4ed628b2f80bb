/**
 * Registers the service worker that precaches the built app (scripts, styles, models, fonts), so a kiosk that
 * loaded once starts with the network cable out. Production builds only: in dev it would cache stale modules.
 * Registered from our own module (no inline script: the CSP forbids those).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      .catch(() => {
        // No service worker (private mode, file://): the app works online as before.
      });
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
