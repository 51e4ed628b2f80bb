/**
 * The window as the 3D view's framing sees it. The app's header covers the top of the view; the UI measures
 * it (setTopCoverPx) and the camera framing reads the result (viewShape), neither knowing the other.
 */

/** How far down from the window's top edge the header reaches, px. */
const cover = { topPx: 0 };

/** Records how far down from the window's top edge the header reaches, px (0: nothing covers the top). */
export function setTopCoverPx(px: number): void {
  cover.topPx = Math.max(0, px);
}

/** The window's aspect ratio, the fraction of its height the header covers, and its height; undefined outside a browser. */
export function viewShape(): { aspect: number; topInset: number; heightPx: number } | undefined {
  if (typeof window === 'undefined') return undefined;
  const h = Math.max(1, window.innerHeight);
  return { aspect: window.innerWidth / h, topInset: Math.min(0.5, cover.topPx / h), heightPx: h };
}
