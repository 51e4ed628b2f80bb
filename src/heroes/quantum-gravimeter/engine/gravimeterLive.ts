/** Settings, live-data types and initial state of the gravimeter demo (see gravimeterDemo.ts). */
import { hengyangNormalGravity } from '../science/gravity';
import { pulseTimes } from '../science/atomInterferometer';
import type { DropResult, FringeFit, FringeScan, RamanPulse } from '../science/atomInterferometer';

/** Tunables of the gravimeter demo (physical times in s, display pacing in display s per physical s). */
export const gravimeterDemoSettings = {
  scanSeed: 2025,
  measurementSeed: 17,
  /** Standard gravity: where the coarse-to-fine scan starts (well inside the T = 2 ms capture range). */
  priorGMs2: 9.80665,
  fringePoints: 41,
  measurementDrops: 200,
  /** Cloud loading (MOT) shown before each release, physical s. */
  coolingS: 0.1,
  /** Release to the detection beam: ≈ 0.53 m of fall, physical s. */
  detectionTimeS: 0.33,
  detectingS: 0.03,
  /** The first drop runs 10× slower than real time; each next one twice as fast, down to the floor. */
  firstSlowMotion: 10,
  slowMotionDecay: 0.5,
  minSlowMotion: 0.13,
  /** Exaggeration of the ~1 mm recoil separation of the two arms for display. */
  visualScale: 80,
  flashDisplayS: 0.25,
  /** Fit the partial fringe once this many points are in. */
  minFitPoints: 5,
} as const;

/** Where the gravimeter demo is: fringe scan, measurement, or finished. */
export type GravimeterStage = 'idle' | 'scanning' | 'measuring' | 'done';
/** Where the current drop is: the cloud is loaded, falls through the pulses, or is detected. */
export type GravimeterPhase = 'cooling' | 'falling' | 'detecting';

/** The fringe scan revealed point by point, with its latest fit and (when complete) the g it gives. */
export interface FringeLive {
  scan: FringeScan | null;
  count: number;
  fit: FringeFit | null;
  gMs2: number | null;
}

/** Live state of the gravimeter demo, read each frame by the 3D view and the chart. */
export interface GravimeterLive {
  version: number;
  stage: GravimeterStage;
  phase: GravimeterPhase;
  /** Physical time since release of the current drop, s (negative while cooling). */
  tS: number;
  /** Display seconds per physical second of the current drop. */
  slowMotion: number;
  dropsDone: number;
  scanPoints: number;
  measurementDrops: number;
  pulses: readonly RamanPulse[];
  visualScale: number;
  detectionTimeS: number;
  /** Laser-pulse flash, 1 just after a pulse, decaying to 0. */
  flash: number;
  flashKind: RamanPulse['kind'];
  /** Upper-state fraction P of the current drop (the detection colours). */
  upperFraction: number;
  fringe: FringeLive;
  drops: DropResult[];
  latest: DropResult | null;
  /** WGS84 normal gravity at Hengyang, the value the simulated instrument measures. */
  referenceGMs2: number;
}

const s = gravimeterDemoSettings;

/** A fresh, idle live state. */
export function initialGravimeterLive(): GravimeterLive {
  return {
    version: 0,
    stage: 'idle',
    phase: 'cooling',
    tS: -s.coolingS,
    slowMotion: s.firstSlowMotion,
    dropsDone: 0,
    scanPoints: s.fringePoints,
    measurementDrops: s.measurementDrops,
    pulses: pulseTimes(),
    visualScale: s.visualScale,
    detectionTimeS: s.detectionTimeS,
    flash: 0,
    flashKind: 'beamsplitter',
    upperFraction: 0.5,
    fringe: { scan: null, count: 0, fit: null, gMs2: null },
    drops: [],
    latest: null,
    referenceGMs2: hengyangNormalGravity,
  };
}

/** Display pacing of drop k (0-based): slow motion first, then faster. */
export function slowMotionForDrop(k: number): number {
  return Math.max(s.minSlowMotion, s.firstSlowMotion * s.slowMotionDecay ** k);
}
