/**
 * The window as the 3D view's framing sees it. The app's header covers the top of the view; the UI hands
 * its element over (setTopCover) and the camera framing measures it when it frames (viewShape), neither
 * knowing the other.
 */

/** The element covering the top of the view (the header), if any. */
let topCover: Element | null = null;

/** Records the element covering the top of the window (null: nothing covers it). */
export function setTopCover(el: Element | null): void {
  topCover = el;
}

/** The window's aspect ratio, the fraction of its height the header covers, and its height; undefined outside a browser. */
export function viewShape(): { aspect: number; topInset: number; heightPx: number } | undefined {
  if (typeof window === 'undefined') return undefined;
  const h = Math.max(1, window.innerHeight);
  // Measured now: the header wraps to more rows on narrow windows and in English.
  const coverPx = Math.max(0, topCover?.getBoundingClientRect().bottom ?? 0);
  return { aspect: window.innerWidth / h, topInset: Math.min(0.5, coverPx / h), heightPx: h };
}
