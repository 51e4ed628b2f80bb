/**
 * Simulated measurement with the atom-interferometer gravimeter: noisy drops, chirp-rate fringe
 * scans, a least-squares fringe fit with 2π-ambiguity resolution, and the drop-by-drop run that the
 * exhibit animates. The physics (phase formula, kinematics, constants) lives in
 * atomInterferometerPhysics.ts and is re-exported here so callers import one module.
 */
import type { Rng } from '../../../science/random';
import { createRng } from '../../../science/random';
import {
  defaultContrast,
  defaultPulseSeparationS,
  defaultScanPulseSeparationsS,
  effectiveWavevectorRadPerM,
  interferometerPhase,
  upperStateFraction,
} from './atomInterferometerPhysics';

export * from './atomInterferometerPhysics';

/** Noise model: fringe contrast C, rms detection noise on P, rms phase noise per drop (vibration), rad. */
export interface NoiseOptions {
  contrast?: number;
  detectionNoise?: number;
  phaseNoiseRad?: number;
}
/** Defaults: C = 0.5 (thermal cold cloud), 1 % detection noise, 50 mrad residual vibration phase. */
export const defaultNoise: Readonly<Required<NoiseOptions>> = {
  contrast: defaultContrast,
  detectionNoise: 0.01,
  phaseNoiseRad: 0.05,
};

/** A simulated instrument: the true g it measures, its noise and the seeded source of its randomness. */
export interface Instrument extends Required<NoiseOptions> {
  trueGMs2: number;
  rng: Rng;
}

/** Creates an Instrument measuring trueGMs2 (the app passes hengyangNormalGravity). */
export function createInstrument(trueGMs2: number, seed = 1, noise: NoiseOptions = {}): Instrument {
  // Destructuring defaults (not a spread) so that an explicit `undefined` still gets the default.
  const { contrast = defaultNoise.contrast, detectionNoise = defaultNoise.detectionNoise } = noise;
  const { phaseNoiseRad = defaultNoise.phaseNoiseRad } = noise;
  return { contrast, detectionNoise, phaseNoiseRad, trueGMs2, rng: createRng(seed) };
}

/** Simulates one drop: the measured (noisy) upper-state fraction for chirp rate α and separation T. */
export function simulateDrop(inst: Instrument, chirpRadPerS2: number, t: number): number {
  const phase =
    interferometerPhase(inst.trueGMs2, chirpRadPerS2, t) + inst.rng.gaussian(0, inst.phaseNoiseRad);
  return upperStateFraction(phase, inst.contrast) + inst.rng.gaussian(0, inst.detectionNoise);
}

/** A chirp-rate scan across the fringe at one pulse separation T (chirps in rad/s², fractions P). */
export interface FringeScan {
  pulseSeparationS: number;
  centreChirpRadPerS2: number;
  chirpsRadPerS2: Float64Array;
  upperFractions: Float64Array;
}

/** Sweeps α over two fringe periods (2π/T² each) centred on centreChirp, one simulated drop per point. */
export function simulateFringeScan(
  inst: Instrument,
  t: number,
  centreChirp: number,
  points = 41,
): FringeScan {
  const chirps = new Float64Array(points);
  const fractions = new Float64Array(points);
  const span = (2 * 2 * Math.PI) / t ** 2;
  for (let i = 0; i < points; i++) {
    chirps[i] = centreChirp + span * (i / (points - 1) - 0.5);
    fractions[i] = simulateDrop(inst, chirps[i]!, t);
  }
  return {
    pulseSeparationS: t,
    centreChirpRadPerS2: centreChirp,
    chirpsRadPerS2: chirps,
    upperFractions: fractions,
  };
}

/** Cosine fit of a scan: ψ = (k_eff·g − α_centre)·T² wrapped to (−π, π], contrast C and mean P. */
export interface FringeFit {
  phaseRad: number;
  contrast: number;
  offset: number;
}

/**
 * Fits P = a + b·cos u + c·sin u with u = (α − α_centre)·T². The fringe frequency is known, so the
 * fit is linear (3×3 normal equations); α relative to the centre keeps the cosine arguments small.
 */
export function fitFringe(scan: FringeScan): FringeFit {
  const m = new Float64Array(9);
  const r = new Float64Array(3);
  const t2 = scan.pulseSeparationS ** 2;
  scan.chirpsRadPerS2.forEach((alpha, i) => {
    const u = (alpha - scan.centreChirpRadPerS2) * t2;
    const basis = [1, Math.cos(u), Math.sin(u)] as const;
    for (let j = 0; j < 3; j++) {
      r[j]! += basis[j]! * scan.upperFractions[i]!;
      for (let k = 0; k < 3; k++) m[3 * j + k]! += basis[j]! * basis[k]!;
    }
  });
  const det = (a: Float64Array) =>
    a[0]! * (a[4]! * a[8]! - a[5]! * a[7]!) -
    a[1]! * (a[3]! * a[8]! - a[5]! * a[6]!) +
    a[2]! * (a[3]! * a[7]! - a[4]! * a[6]!);
  const cramer = (k: number) => det(m.map((v, i) => (i % 3 === k ? r[Math.floor(i / 3)]! : v))) / det(m);
  const [a, b, c] = [cramer(0), cramer(1), cramer(2)];
  // P = ½ − (C/2)·cos(ψ − u) ⇒ b = −(C/2)·cos ψ and c = −(C/2)·sin ψ.
  return { phaseRad: Math.atan2(-c, -b), contrast: 2 * Math.hypot(b, c), offset: a };
}

/** Turns a fitted phase into g (m/s²), choosing the 2π branch closest to priorGMs2. */
export function gravityFromFit(scan: FringeScan, fit: FringeFit, priorGMs2: number): number {
  const t2 = scan.pulseSeparationS ** 2;
  const priorPhase = (effectiveWavevectorRadPerM * priorGMs2 - scan.centreChirpRadPerS2) * t2;
  const phase = fit.phaseRad + 2 * Math.PI * Math.round((priorPhase - fit.phaseRad) / (2 * Math.PI));
  return (scan.centreChirpRadPerS2 + phase / t2) / effectiveWavevectorRadPerM;
}

/**
 * Coarse-to-fine scan resolving the 2π ambiguity: at T = 2 ms one fringe spans 2π/(k_eff·T²) ≈
 * 0.1 m/s² of g, so any sane prior picks the right one; each fit is then precise enough to choose the
 * fringe at the next, 3–5× longer T. Returns the final g (m/s²), every scan and the g after each.
 */
export function measureGravityByScan(
  inst: Instrument,
  priorGMs2: number,
  pulseSeparationsS: readonly number[] = defaultScanPulseSeparationsS,
): { gMs2: number; scans: FringeScan[]; estimatesMs2: number[] } {
  let gMs2 = priorGMs2;
  const scans: FringeScan[] = [];
  const estimatesMs2: number[] = [];
  for (const t of pulseSeparationsS) {
    const scan = simulateFringeScan(inst, t, effectiveWavevectorRadPerM * gMs2);
    gMs2 = gravityFromFit(scan, fitFringe(scan), gMs2);
    scans.push(scan);
    estimatesMs2.push(gMs2);
  }
  return { gMs2, scans, estimatesMs2 };
}

/** Options of runMeasurement; lockGMs2 defaults to the result of a coarse-to-fine scan from priorGMs2. */
export interface MeasurementOptions extends NoiseOptions {
  trueGMs2: number;
  priorGMs2?: number;
  lockGMs2?: number;
  pulseSeparationS?: number;
  seed?: number;
  maxDrops?: number;
}

/** One drop of the running measurement, with the running mean and standard error (NaN below 2 drops). */
export interface DropResult {
  index: number;
  chirpRadPerS2: number;
  upperFraction: number;
  gDropMs2: number;
  meanGMs2: number;
  standardErrorMs2: number;
}

/**
 * Yields successive drops. Like a real gravimeter it works at mid-fringe, alternating sides
 * (Δφ ≈ ±π/2, where P is most sensitive and detection offsets cancel in pairs), converts each P into
 * a phase error ε and g_i = ĝ + ε/(k_eff·T²), and servoes the lock point ĝ onto the running mean.
 */
export function* runMeasurement(options: MeasurementOptions): Generator<DropResult, void, undefined> {
  const { trueGMs2, pulseSeparationS: t = defaultPulseSeparationS, seed = 1, maxDrops = Infinity } = options;
  const inst = createInstrument(trueGMs2, seed, options);
  let lock = options.lockGMs2 ?? measureGravityByScan(inst, options.priorGMs2 ?? trueGMs2).gMs2;
  const scale = effectiveWavevectorRadPerM * t * t;
  let mean = 0;
  let sumSq = 0; // Welford: sum of squared deviations from the running mean.
  for (let index = 1; index <= maxDrops; index++) {
    const side = index % 2 === 1 ? 1 : -1;
    const chirp = effectiveWavevectorRadPerM * lock - (side * Math.PI) / (2 * t * t);
    const p = simulateDrop(inst, chirp, t);
    // Δφ = ε + side·π/2 ⇒ P = (1 + side·C·sin ε)/2.
    const epsilon = Math.asin(Math.min(1, Math.max(-1, (side * (2 * p - 1)) / inst.contrast)));
    const gDropMs2 = lock + epsilon / scale;
    const delta = gDropMs2 - mean;
    mean += delta / index;
    sumSq += delta * (gDropMs2 - mean);
    lock = mean;
    const standardErrorMs2 = index > 1 ? Math.sqrt(sumSq / (index - 1) / index) : NaN;
    yield { index, chirpRadPerS2: chirp, upperFraction: p, gDropMs2, meanGMs2: mean, standardErrorMs2 };
  }
}
