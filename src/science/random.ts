/**
 * Seeded pseudo-random numbers shared by the science demos. Every simulation takes a seed so that
 * the same visit replays the same "measurement" and unit tests can pin exact behaviour.
 */

/** A deterministic random source: uniform [0, 1) and standard-normal draws. */
export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number;
  /** Uniform float in [min, max). */
  uniform(min: number, max: number): number;
  /** Normally distributed float with the given mean and standard deviation (default N(0, 1)). */
  gaussian(mean?: number, sd?: number): number;
}

const twoPow32 = 4294967296 as const;

/** mulberry32: a tiny 32-bit-state PRNG; plenty for visual noise and Monte-Carlo demos, not for crypto. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / twoPow32;
  };
}

/** Creates a seeded Rng (mulberry32 + Box–Muller, caching the second normal deviate of each pair). */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  let spare: number | null = null;
  const standardNormal = (): number => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    // 1 - next() lies in (0, 1], so the logarithm never sees zero.
    const radius = Math.sqrt(-2 * Math.log(1 - next()));
    const angle = 2 * Math.PI * next();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
  return {
    next,
    uniform: (min, max) => min + (max - min) * next(),
    gaussian: (mean = 0, sd = 1) => mean + sd * standardNormal(),
  };
}
