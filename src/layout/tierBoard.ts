/**
 * A display board whose exhibit has tiers (the strategy wall: 5 | 3 | 2) shows them as equal columns side
 * by side. The texture, the part hotspots and clicks on the face all use these fractions of the face.
 */
export const tierBoard = {
  /** Margin left and right of the columns, as a fraction of the face width. */
  sideMarginFrac: 0.04,
  /** Where the column headers start, as a fraction of the face height from its top edge. */
  columnsTopFrac: 0.16,
  /** Part hotspots float this far above the board's top edge, over their columns, metres. */
  partHotspotAboveM: 0.18,
  /** The exhibit's own hotspot goes higher on such a board, clear of the part hotspots, metres. */
  mainHotspotAboveM: 0.7,
} as const;

/** The columns of a tier board, as fractions of the face width from its left edge. */
export function tierColumns(count: number): { left: number; right: number; centre: number }[] {
  const m = tierBoard.sideMarginFrac;
  const w = (1 - 2 * m) / count;
  return Array.from({ length: count }, (_, i) => ({
    left: m + i * w,
    right: m + (i + 1) * w,
    centre: m + (i + 0.5) * w,
  }));
}

/** The column under a point of the face (u: fraction of the width from the left), clamped to the columns. */
export function tierColumnAt(u: number, count: number): number {
  const m = tierBoard.sideMarginFrac;
  const i = Math.floor(((u - m) / (1 - 2 * m)) * count);
  return Math.min(count - 1, Math.max(0, i));
}
