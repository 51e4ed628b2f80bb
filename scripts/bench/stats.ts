/** Summary of a sample of timings, ms. */
export interface Summary {
  n: number;
  median: number;
  p95: number;
  mean: number;
  min: number;
  max: number;
}

/**
 * The q-quantile (0..1) of a sample, interpolating linearly between the two nearest ranks (the usual
 * "type 7" definition); NaN for an empty sample.
 */
export function quantile(values: readonly number[], q: number): number {
  const xs = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = Math.max(0, Math.min(1, q)) * (xs.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo);
}

/** Median of a sample (NaN when empty). */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Count, median, 95th percentile, mean, min and max of a sample; non-finite values are dropped. */
export function summarise(values: readonly number[]): Summary {
  const xs = values.filter(Number.isFinite);
  if (xs.length === 0) return { n: 0, median: NaN, p95: NaN, mean: NaN, min: NaN, max: NaN };
  return {
    n: xs.length,
    median: quantile(xs, 0.5),
    p95: quantile(xs, 0.95),
    mean: xs.reduce((a, b) => a + b, 0) / xs.length,
    min: Math.min(...xs),
    max: Math.max(...xs),
  };
}

/** Rounds for reports: to `digits` decimals, keeping NaN as null so JSON stays valid. */
export function round(x: number, digits = 1): number | null {
  if (!Number.isFinite(x)) return null;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
