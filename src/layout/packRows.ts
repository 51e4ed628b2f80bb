/** A footprint to lay out, metres: width across the region and depth front to back. */
export interface PackItem {
  w: number;
  d: number;
}

/** A rectangle to fill, metres: u runs across (0..w), v from the front edge (0) to the back edge (d). */
export interface PackRegion {
  w: number;
  d: number;
}

/** Where a packed footprint's centre lies in region coordinates. */
export interface PackSpot {
  u: number;
  v: number;
}

/** How rows sit in the region's depth: against the back edge (a wall) or centred (a counter). */
export type RowAlign = 'back' | 'centre';

/**
 * Lays footprints in rows, in the given order: each row is filled left to right and spread evenly across,
 * rows stack from the back towards the front, and each footprint's back edge lines up with its row's.
 * Returns null when they do not fit. Footprints never overlap and keep at least `gapM` between rows.
 */
export function packRows(
  items: readonly PackItem[],
  region: PackRegion,
  gapM: number,
  align: RowAlign,
): PackSpot[] | null {
  const rows: number[][] = [];
  let row: number[] = [];
  let rowW = 0;
  for (let i = 0; i < items.length; i++) {
    const { w } = items[i]!;
    if (w > region.w) return null;
    if (row.length > 0 && rowW + gapM + w > region.w) {
      rows.push(row);
      row = [];
      rowW = 0;
    }
    rowW += (row.length > 0 ? gapM : 0) + w;
    row.push(i);
  }
  if (row.length > 0) rows.push(row);
  const depths = rows.map((r) => Math.max(...r.map((i) => items[i]!.d)));
  const total = depths.reduce((a, b) => a + b, 0) + gapM * Math.max(0, rows.length - 1);
  if (total > region.d) return null;

  const spots: PackSpot[] = new Array<PackSpot>(items.length);
  let back = align === 'back' ? region.d : region.d - (region.d - total) / 2;
  rows.forEach((r, k) => {
    const widths = r.map((i) => items[i]!.w);
    const slack = region.w - widths.reduce((a, b) => a + b, 0);
    // Spread evenly when there is room for a full gap everywhere; otherwise keep `gapM` between
    // neighbours and share what is left between the two ends.
    const even = slack / (r.length + 1);
    const between = even >= gapM ? even : gapM;
    let u = even >= gapM ? even : (slack - gapM * (r.length - 1)) / 2;
    r.forEach((i) => {
      const { w, d } = items[i]!;
      spots[i] = { u: u + w / 2, v: back - d / 2 };
      u += w + between;
    });
    back -= depths[k]! + gapM;
  });
  return spots;
}

/** Largest shrink tried first, and the factor between tries. */
const shrink = { startScale: 1, stepFactor: 0.97, minScale: 0.02 } as const;

/**
 * Packs footprints at the largest common scale (at most 1) at which they fit the region, shrinking gaps
 * with them. Returns the scale and the spots; throws if even a tiny scale does not fit.
 */
export function fitRows(
  items: readonly PackItem[],
  region: PackRegion,
  gapM: number,
  align: RowAlign,
): { scale: number; spots: PackSpot[] } {
  for (let s = shrink.startScale; s >= shrink.minScale; s *= shrink.stepFactor) {
    const scaled = items.map((it) => ({ w: it.w * s, d: it.d * s }));
    const spots = packRows(scaled, region, gapM * s, align);
    if (spots) return { scale: s, spots };
  }
  throw new Error(`cannot fit ${items.length} footprints in ${region.w} x ${region.d} m`);
}
