import { describe, expect, it } from 'vitest';
import {
  cloudPositions,
  createInstrument,
  effectiveWavevectorRadPerM,
  fitFringe,
  gravityFromFit,
  interferometerPhase,
  measureGravityByScan,
  pulseTimes,
  recoilVelocityMs,
  runMeasurement,
  simulateFringeScan,
  upperStateFraction,
} from '../../../src/heroes/quantum-gravimeter/science/atomInterferometer';
import type { DropResult } from '../../../src/heroes/quantum-gravimeter/science/atomInterferometer';
import { hengyangNormalGravity } from '../../../src/heroes/quantum-gravimeter/science/gravity';

const g = hengyangNormalGravity;
const take = (n: number, seed = 1): DropResult[] =>
  Array.from(runMeasurement({ trueGMs2: g, seed, maxDrops: n }));

describe('atom interferometer physics', () => {
  it('uses k_eff = 2·2π/λ and a recoil velocity of ≈ 11.8 mm/s', () => {
    expect(effectiveWavevectorRadPerM).toBeCloseTo((4 * Math.PI) / 780.24e-9, 3);
    expect(recoilVelocityMs * 1000).toBeCloseTo(11.77, 2);
  });

  it('computes Δφ = k_eff·g·T² − α·T² and P = (1 − C cos Δφ)/2', () => {
    const t = 0.1;
    expect(interferometerPhase(g, 0, t)).toBeCloseTo(effectiveWavevectorRadPerM * g * t * t, 6);
    expect(interferometerPhase(g, effectiveWavevectorRadPerM * g, t)).toBeCloseTo(0, 6);
    const alpha = effectiveWavevectorRadPerM * g - Math.PI / (t * t);
    expect(interferometerPhase(g, alpha, t)).toBeCloseTo(Math.PI, 6);
    expect(upperStateFraction(0, 0.5)).toBeCloseTo(0.25, 12);
    expect(upperStateFraction(Math.PI, 0.5)).toBeCloseTo(0.75, 12);
    expect(upperStateFraction(Math.PI / 2, 1)).toBeCloseTo(0.5, 12);
  });

  it('schedules π/2–π–π/2 pulses T apart', () => {
    const pulses = pulseTimes(0.1, 0.02);
    expect(pulses.map((p) => p.kind)).toEqual(['beamsplitter', 'mirror', 'beamsplitter']);
    expect(pulses.map((p) => p.timeS)).toEqual([0.02, 0.12, 0.22].map((x) => expect.closeTo(x, 12)));
  });

  it('splits the arms by v_r·T at the mirror pulse and recombines them at the last pulse', () => {
    const opts = { pulseSeparationS: 0.1, firstPulseS: 0.02 };
    const before = cloudPositions(0.01, g, opts);
    expect(before.stage).toBe('falling');
    expect(before.armADepthM).toBe(before.armBDepthM);
    expect(before.freeFallDepthM).toBeCloseTo(0.5 * g * 0.01 ** 2, 12);
    const mirror = cloudPositions(0.12, g, opts);
    expect(mirror.stage).toBe('split');
    expect(mirror.armBDepthM - mirror.armADepthM).toBeCloseTo(recoilVelocityMs * 0.1, 9);
    const closed = cloudPositions(0.22 + 1e-12, g, opts);
    expect(closed.stage).toBe('recombined');
    expect(closed.armADepthM - closed.armBDepthM).toBeCloseTo(0, 9);
    const later = cloudPositions(0.32, g, opts);
    expect(later.armADepthM - later.armBDepthM).toBeCloseTo(recoilVelocityMs * 0.1, 9);
    // visualScale exaggerates only the recoil separation, never the free fall.
    const scaled = cloudPositions(0.12, g, { ...opts, visualScale: 50 });
    expect(scaled.freeFallDepthM).toBe(mirror.freeFallDepthM);
    expect(scaled.armBDepthM - scaled.armADepthM).toBeCloseTo(50 * recoilVelocityMs * 0.1, 9);
  });
});

describe('fringe scan and fit', () => {
  it('recovers g from one noisy scan to within 2e-7 m/s² (20 µGal)', () => {
    const inst = createInstrument(g, 11);
    const fringeAlpha = (2 * Math.PI) / 0.01; // one fringe in α at T = 0.1 s
    // Centre the scan 2.3 fringes off the truth: the fitted phase only knows g modulo one fringe,
    // so the prior (a quarter fringe off) must pick the right branch.
    const scan = simulateFringeScan(inst, 0.1, effectiveWavevectorRadPerM * g + 2.3 * fringeAlpha);
    const fit = fitFringe(scan);
    expect(fit.contrast).toBeCloseTo(0.5, 1);
    expect(fit.offset).toBeCloseTo(0.5, 1);
    expect(Math.abs(gravityFromFit(scan, fit, g + 1e-5) - g)).toBeLessThan(2e-7);
    // With a prior 0.77 fringe off, a single long-T scan lands exactly one fringe away: the 2π ambiguity.
    const fringeG = fringeAlpha / effectiveWavevectorRadPerM;
    expect(gravityFromFit(scan, fit, g + 3e-5) - g).toBeCloseTo(fringeG, 6);
  });

  it('resolves the 2π ambiguity from a prior up to 0.01 m/s² (1000 mGal) off', () => {
    for (const prior of [g - 0.01, g + 0.004, 9.8]) {
      const result = measureGravityByScan(createInstrument(g, 5), prior);
      expect(result.scans).toHaveLength(4);
      // A wrong fringe at T = 0.1 s would be off by a multiple of 2π/(k_eff·T²) ≈ 3.9e-5 m/s².
      expect(Math.abs(result.gMs2 - g)).toBeLessThan(2e-7);
    }
  });

  it('is deterministic for the same seed', () => {
    const a = measureGravityByScan(createInstrument(g, 3), 9.8);
    const b = measureGravityByScan(createInstrument(g, 3), 9.8);
    const c = measureGravityByScan(createInstrument(g, 4), 9.8);
    expect(b.gMs2).toBe(a.gMs2);
    expect(Array.from(b.scans[3]!.upperFractions)).toEqual(Array.from(a.scans[3]!.upperFractions));
    expect(c.gMs2).not.toBe(a.gMs2);
  });
});

describe('runMeasurement', () => {
  it('converges on the true g as drops accumulate', () => {
    const drops = take(2000, 9);
    const few = drops[9]!;
    const many = drops[1999]!;
    expect(many.index).toBe(2000);
    expect(many.standardErrorMs2).toBeLessThan(few.standardErrorMs2 / 5);
    expect(Math.abs(many.meanGMs2 - g)).toBeLessThan(4 * many.standardErrorMs2);
    expect(Math.abs(many.meanGMs2 - g)).toBeLessThan(3e-8); // 3 µGal
    expect(Math.abs(many.meanGMs2 - g)).toBeLessThan(Math.abs(drops[0]!.gDropMs2 - g) + 1e-8);
  });

  it('reports the running mean and standard error of the drops (NaN for a single drop)', () => {
    const drops = take(50, 4);
    expect(drops[0]!.standardErrorMs2).toBeNaN();
    const values = drops.map((d) => d.gDropMs2);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (values.length - 1));
    expect(drops[49]!.meanGMs2).toBeCloseTo(mean, 12);
    expect(drops[49]!.standardErrorMs2 / (sd / Math.sqrt(50))).toBeCloseTo(1, 6);
  });

  it('replays the same drops for the same seed', () => {
    expect(take(50, 21)).toEqual(take(50, 21));
    expect(take(50, 22)[49]!.meanGMs2).not.toBe(take(50, 21)[49]!.meanGMs2);
  });

  it('locks onto the truth even when started from a lock point a quarter fringe (5 µm/s², 500 µGal) off', () => {
    const drops = Array.from(runMeasurement({ trueGMs2: g, lockGMs2: g + 5e-6, seed: 2, maxDrops: 400 }));
    expect(Math.abs(drops[399]!.meanGMs2 - g)).toBeLessThan(4 * drops[399]!.standardErrorMs2 + 2e-8);
  });
});
