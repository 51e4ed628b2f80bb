import { useEffect } from 'react';
import { settings } from '../platform/settings';
import { useKiosk } from '../state/kiosk';
import { loadingSteps, useLoading } from '../state/loading';

const hallReady = () => loadingSteps.every((step) => useLoading.getState().done[step.id]);

/** Input that counts as someone at the kiosk (capture phase on window, so nothing can swallow it). */
const activityEvents = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** Whether a click would take the visitor out of the app (another origin, a new window, a download). */
function leavesApp(target: EventTarget | null): boolean {
  const a = target instanceof Element ? target.closest('a[href]') : null;
  if (!(a instanceof HTMLAnchorElement)) return false;
  return a.target === '_blank' || a.hasAttribute('download') || a.origin !== window.location.origin;
}

/**
 * Kiosk mode (`?kiosk`): reads its settings from the URL, feeds visitor input to the idle timer, and keeps the
 * browser's own gestures out (context menu, text selection, pinch and ctrl+wheel zoom, links out of the app).
 */
export function useKioskMode(webgl: boolean): boolean {
  const on = useKiosk((s) => s.on);
  useEffect(() => {
    const config = settings.kiosk;
    if (!config.on) return;
    // Kiosk mode is on from the first render; its idle clock starts once the hall is on screen (at once for the
    // 2D guide, which has no loading steps).
    useKiosk.setState({ on: true, idleS: config.idleS, warnS: config.warnS });
    let unsubscribe = () => {};
    const startWhenReady = () => {
      if (webgl && !hallReady()) return;
      unsubscribe();
      useKiosk.getState().configure(config);
    };
    unsubscribe = useLoading.subscribe(startWhenReady);
    startWhenReady();
    return () => {
      unsubscribe();
      useKiosk.getState().dispose();
    };
  }, [webgl]);
  useEffect(() => {
    if (!on) return;
    const activity = (e: Event) => {
      // During the attract loop a touch ends it through the overlay's own click, so it cannot fall through to the hall.
      if (useKiosk.getState().phase === 'attract' && e.type !== 'keydown') return;
      useKiosk.getState().noteActivity();
    };
    const prevent = (e: Event) => e.preventDefault();
    const zoomWheel = (e: WheelEvent) => e.ctrlKey && e.preventDefault();
    const zoomKeys = (e: KeyboardEvent) =>
      (e.ctrlKey || e.metaKey) && ['+', '-', '=', '0'].includes(e.key) && e.preventDefault();
    const pinch = (e: TouchEvent) => e.touches.length > 1 && e.preventDefault();
    const links = (e: MouseEvent) => leavesApp(e.target) && e.preventDefault();
    // Capture phase on window, so nothing can swallow them; one abort removes them all.
    const listening = new AbortController();
    const opts = { capture: true, passive: false, signal: listening.signal } as const;
    for (const type of activityEvents) window.addEventListener(type, activity, { ...opts, passive: true });
    window.addEventListener('contextmenu', prevent, opts);
    window.addEventListener('selectstart', prevent, opts);
    window.addEventListener('dragstart', prevent, opts);
    window.addEventListener('gesturestart', prevent, opts);
    window.addEventListener('wheel', zoomWheel, opts);
    window.addEventListener('keydown', zoomKeys, opts);
    window.addEventListener('touchmove', pinch, opts);
    window.addEventListener('click', links, opts);
    window.addEventListener('auxclick', prevent, opts);
    const viewport = document.querySelector<HTMLMetaElement>('meta[name="viewport"]');
    const before = viewport?.content;
    viewport?.setAttribute('content', `${before ?? ''}, maximum-scale=1, user-scalable=no`);
    return () => {
      listening.abort();
      if (viewport && before !== undefined) viewport.setAttribute('content', before);
    };
  }, [on]);
  return on;
}
