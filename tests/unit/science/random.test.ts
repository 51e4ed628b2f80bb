import { describe, expect, it } from 'vitest';
import { createRng, mulberry32 } from '../../../src/science/random';

describe('seeded random numbers', () => {
  it('is deterministic per seed and differs between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const seqA = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(seqA);
    expect(Array.from({ length: 5 }, c)).not.toEqual(seqA);
  });

  it('draws uniforms in [0, 1) with the right mean', () => {
    const rng = createRng(1);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < 20000; i++) {
      const u = rng.next();
      min = Math.min(min, u);
      max = Math.max(max, u);
      sum += u;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    expect(sum / 20000).toBeCloseTo(0.5, 2);
    const v = rng.uniform(3, 4);
    expect(v).toBeGreaterThanOrEqual(3);
    expect(v).toBeLessThan(4);
  });

  it('draws Gaussians with the requested mean and standard deviation', () => {
    const rng = createRng(7);
    const n = 20000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const x = rng.gaussian(2, 3);
      sum += x;
      sumSq += x * x;
    }
    const mean = sum / n;
    const sd = Math.sqrt(sumSq / n - mean * mean);
    expect(Math.abs(mean - 2)).toBeLessThan(0.08);
    expect(Math.abs(sd - 3)).toBeLessThan(0.08);
  });

  it('draws independent consecutive Gaussians (both Box–Muller outputs are used)', () => {
    const rng = createRng(9);
    const xs = Array.from({ length: 20000 }, () => rng.gaussian());
    let lag1 = 0;
    for (let i = 0; i + 1 < xs.length; i += 2) lag1 += xs[i]! * xs[i + 1]!;
    expect(Math.abs(lag1 / (xs.length / 2))).toBeLessThan(0.05);
  });
});
