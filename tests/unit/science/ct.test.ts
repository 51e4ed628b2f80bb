import { beforeAll, describe, expect, it } from 'vitest';
import {
  aluminiumAttenuationPerCm,
  backprojectIncremental,
  createFlangePhantom,
  createReconstruction,
  ctDefaultAngleCount,
  ctFieldOfViewMm,
  ctVoid,
  filterProjection,
  isDesignedSolid,
  mmToPixel,
  projectAngle,
  projectionAngle,
  reconstruct,
  reconstructStep,
} from '../../../src/heroes/industrial-ct/science/ct';
import type { CtImage, ReconstructionState } from '../../../src/heroes/industrial-ct/science/ct';

const size = 128;
let phantom: CtImage;
let recon: ReconstructionState;

beforeAll(() => {
  phantom = createFlangePhantom(size);
  recon = reconstruct(phantom);
});

const pitchMm = ctFieldOfViewMm / size;
const centreMm = (i: number) => (i + 0.5 - size / 2) * pitchMm;

function correlation(a: Float32Array, b: Float32Array): number {
  const mean = (x: Float32Array) => x.reduce((s, v) => s + v, 0) / x.length;
  const [ma, mb] = [mean(a), mean(b)];
  let [ab, aa, bb] = [0, 0, 0];
  for (let i = 0; i < a.length; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return ab / Math.sqrt(aa * bb);
}

/** Mean reconstructed μ over pixels whose centre distance from the void centre (mm) is in [r0, r1). */
function ringMean(img: Float32Array, r0: number, r1: number, solidOnly: boolean): number {
  let [sum, count] = [0, 0];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const [x, y] = [centreMm(col), centreMm(row)];
      const d = Math.hypot(x - ctVoid.xMm, y - ctVoid.yMm);
      if (d < r0 || d >= r1 || (solidOnly && !isDesignedSolid(x, y))) continue;
      sum += img[row * size + col]!;
      count++;
    }
  }
  return sum / count;
}

describe('flange phantom', () => {
  it('is aluminium where designed solid, empty in the void, bore and outside', () => {
    const at = (xMm: number, yMm: number) => {
      const p = mmToPixel(size, xMm, yMm);
      return phantom.mu[Math.round(p.row) * size + Math.round(p.col)]!;
    };
    expect(at(-25, 10)).toBeCloseTo(aluminiumAttenuationPerCm, 5);
    expect(at(ctVoid.xMm, ctVoid.yMm)).toBe(0);
    expect(at(0, 0)).toBe(0);
    expect(at(30, 0)).toBe(0); // a bolt hole
    expect(at(47, 0)).toBe(0);
    expect(isDesignedSolid(ctVoid.xMm, ctVoid.yMm)).toBe(true); // the void is hidden inside metal
  });
});

describe('forward projection', () => {
  it('projects a single point onto the sinusoid s = x·cos θ + y·sin θ', () => {
    const mu = new Float32Array(size * size);
    const [col, row] = [90, 40];
    mu[row * size + col] = 1;
    const point: CtImage = { size, pixelSizeCm: 0.1, mu };
    const angles = 36;
    for (let m = 0; m < angles; m++) {
      const p = projectAngle(point, m, angles);
      const theta = projectionAngle(m, angles);
      const expected =
        (col + 0.5 - size / 2) * Math.cos(theta) + (row + 0.5 - size / 2) * Math.sin(theta) + size / 2 - 0.5;
      const peak = p.indexOf(Math.max(...p));
      expect(Math.abs(peak - expected)).toBeLessThanOrEqual(1);
      // Every view sees the same total attenuation, Σ p·τ = μ·τ²: for a lone pixel only to within the
      // few-% aliasing of half-pixel ray sampling (extended objects average it out, see below).
      expect(Math.abs((p.reduce((s, v) => s + v, 0) * 0.1) / 0.01 - 1)).toBeLessThan(0.05);
    }
  });

  it('conserves the total attenuation of the phantom in every view', () => {
    const truth = phantom.mu.reduce((s, v) => s + v, 0) * phantom.pixelSizeCm ** 2;
    for (let m = 0; m < ctDefaultAngleCount; m += 7) {
      const view = recon.sinogram.subarray(m * size, (m + 1) * size);
      const total = view.reduce((s, v) => s + v, 0) * phantom.pixelSizeCm;
      expect(Math.abs(total / truth - 1)).toBeLessThan(0.005);
    }
  });
});

describe('filtered back-projection', () => {
  it('reconstructs an image that correlates with the phantom', () => {
    expect(recon.anglesDone).toBe(ctDefaultAngleCount);
    expect(correlation(recon.mu, phantom.mu)).toBeGreaterThan(0.95);
    expect(correlation(reconstruct(phantom, 90, 'shepp-logan').mu, phantom.mu)).toBeGreaterThan(0.95);
  });

  it('recovers the attenuation of aluminium in cm⁻¹', () => {
    const solid = ringMean(recon.mu, 6, 9, true);
    expect(solid).toBeGreaterThan(0.9 * aluminiumAttenuationPerCm);
    expect(solid).toBeLessThan(1.1 * aluminiumAttenuationPerCm);
  });

  it('finds the hidden void where it is', () => {
    // Search the part as designed, two pixels in from every edge (FBP rings at edges).
    let [best, bestCol, bestRow] = [Infinity, -1, -1];
    const margin = 2 * pitchMm;
    for (let row = 0; row < size; row++) {
      for (let col = 0; col < size; col++) {
        const [x, y] = [centreMm(col), centreMm(row)];
        const steps = [0, Math.PI / 4, Math.PI / 2, (3 * Math.PI) / 4, Math.PI, 5, 4, 3.9];
        if (!steps.every((a) => isDesignedSolid(x + margin * Math.cos(a), y + margin * Math.sin(a))))
          continue;
        if (recon.mu[row * size + col]! < best)
          [best, bestCol, bestRow] = [recon.mu[row * size + col]!, col, row];
      }
    }
    const truth = mmToPixel(size, ctVoid.xMm, ctVoid.yMm);
    expect(Math.hypot(bestCol - truth.col, bestRow - truth.row)).toBeLessThan(2);
    const inside = ringMean(recon.mu, 0, 0.6 * ctVoid.radiusMm, false);
    const around = ringMean(recon.mu, 1.6 * ctVoid.radiusMm, 2.6 * ctVoid.radiusMm, true);
    expect(inside).toBeLessThan(0.25 * around);
  });

  it('builds the same result incrementally, in any angle order', () => {
    const small = createFlangePhantom(64);
    const full = reconstruct(small, 60);
    const manual = createReconstruction(64, 60, small.pixelSizeCm);
    for (let m = 59; m >= 0; m--) {
      const row = projectAngle(small, m, 60);
      backprojectIncremental(manual, filterProjection(row, small.pixelSizeCm), projectionAngle(m, 60));
    }
    const maxDiff = manual.mu.reduce((d, v, i) => Math.max(d, Math.abs(v - full.mu[i]!)), 0);
    expect(maxDiff).toBeLessThan(1e-5);
    expect(Math.max(...full.mu)).toBeGreaterThan(0.3);
    const partial = createReconstruction(64, 60, small.pixelSizeCm);
    const firstRow = reconstructStep(partial, small);
    expect(partial.anglesDone).toBe(1);
    expect(Array.from(partial.sinogram.subarray(0, 64))).toEqual(Array.from(firstRow));
    expect(Array.from(full.sinogram.subarray(64 * 59))).toEqual(Array.from(projectAngle(small, 59, 60)));
  });
});
