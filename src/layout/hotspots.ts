/**
 * Which hotspots the visitor could see: within reading distance, in line of sight, and not crowding each
 * other. Pure decisions; the scene measures distances, casts the rays and projects the markers.
 */

/** What a hotspot marks: a frontier instrument, a zone's display board, or a part of either. */
export type HotspotKind = 'main' | 'board' | 'part';

/** How far away a hotspot can still be read, metres. */
export const readingDistanceM = {
  /** A frontier instrument's marker, from the camera to the marker. */
  main: 45,
  /** A zone display board's marker, from the camera to the marker. */
  board: 35,
  /** A part's marker: from the camera to its exhibit's centre on the floor (or while that exhibit's panel is open). */
  part: 10,
} as const;

/** Kinds in order of priority when labels collide: the first keeps its label. */
export const hotspotPriority = ['main', 'board', 'part'] as const satisfies readonly HotspotKind[];

/** Line-of-sight and declutter tunables. */
export const hotspotSight = {
  /** A hit this close in front of the marker does not hide it (markers float just off their exhibit), metres. */
  slackM: 0.25,
  /** Labels and markers closer than this count as touching, px. */
  gapPx: 2,
} as const;

/** Whether a hotspot is near enough to read. `distanceM` is measured as readingDistanceM says for its kind. */
export function withinReading(
  kind: HotspotKind,
  distanceM: number,
  view: { overview: boolean; panelOpen: boolean },
): boolean {
  if (kind === 'part') return view.panelOpen || (!view.overview && distanceM <= readingDistanceM.part);
  // The overview is the map of the block: every exhibit's marker may show there.
  return view.overview || distanceM <= readingDistanceM[kind];
}

/**
 * Whether the marker is in line of sight, given how far along the ray to it the first static surface was
 * hit (null: nothing was hit).
 */
export function inLineOfSight(markerDistanceM: number, hitDistanceM: number | null): boolean {
  return hitDistanceM === null || hitDistanceM >= markerDistanceM - hotspotSight.slackM;
}

/** A screen rectangle, px. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A hotspot on screen, for decluttering: its marker, its label (null when it has none showing) and rank. */
export interface HotspotBox {
  kind: HotspotKind;
  /** Distance from the camera, metres: the nearer of two equals keeps its label. */
  distanceM: number;
  /** Whether it belongs to the exhibit whose panel is open: those go first. */
  selected: boolean;
  marker: ScreenRect;
  label: ScreenRect | null;
}

/** What a hotspot shows: marker and label, the marker alone (label on hover and focus), or nothing. */
export type HotspotShow = 'label' | 'marker' | 'hidden';

/** Whether two rectangles overlap or come within the gap of each other. */
export function rectsTouch(a: ScreenRect, b: ScreenRect, gapPx: number = hotspotSight.gapPx): boolean {
  return (
    a.left < b.right + gapPx &&
    b.left < a.right + gapPx &&
    a.top < b.bottom + gapPx &&
    b.top < a.bottom + gapPx
  );
}

/**
 * Decides what each hotspot shows so that nothing shown touches anything else shown: greedily, the open
 * exhibit's hotspots first, each group by kind (main exhibit, zone board, part), then nearest first. One that
 * cannot keep its label keeps its marker alone if that is free, else it is hidden. Results follow the
 * input order.
 */
export function declutter(boxes: readonly HotspotBox[]): HotspotShow[] {
  const rank = (b: HotspotBox) => (b.selected ? 0 : hotspotPriority.length) + hotspotPriority.indexOf(b.kind);
  const order = boxes.map((_, i) => i);
  order.sort((i, j) => rank(boxes[i]!) - rank(boxes[j]!) || boxes[i]!.distanceM - boxes[j]!.distanceM);
  const taken: ScreenRect[] = [];
  const free = (r: ScreenRect) => !taken.some((t) => rectsTouch(t, r));
  const out: HotspotShow[] = boxes.map(() => 'hidden');
  for (const i of order) {
    const b = boxes[i]!;
    if (!free(b.marker)) continue;
    if (b.label && free(b.label)) {
      out[i] = 'label';
      taken.push(b.marker, b.label);
    } else {
      out[i] = 'marker';
      taken.push(b.marker);
    }
  }
  return out;
}
