/**
 * DOM overlays that cover the 3D view (panels, bars, the open floor plan, the pads). The UI marks its
 * overlays with `occluder` and the scene asks `occluderRects()` what is covered: a hotspot under an
 * overlay leaves the Tab order. Neither side knows the other's components or CSS classes.
 */

/** The attribute an overlay carries while it covers the view. */
const attribute = 'data-occludes';

/** Props that mark an element as covering the 3D view: `<aside {...occluder(open)}>`. */
export function occluder(covers = true): Record<typeof attribute, 'true' | undefined> {
  return { [attribute]: covers ? 'true' : undefined };
}

/** Screen rectangles of every overlay that covers the view now. */
export function occluderRects(): DOMRect[] {
  return [...document.querySelectorAll(`[${attribute}]`)].map((el) => el.getBoundingClientRect());
}
