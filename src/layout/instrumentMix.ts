import type { InstrumentCategoryId } from '../content/instrumentCategories';

/** Size of an instrument at scale 1, metres: width across the booth, depth front to back, height. */
export interface InstrumentSize {
  w: number;
  d: number;
  h: number;
}

/**
 * Nominal size of each generic instrument at scale 1 (the procedural models are built to fill this box,
 * origin at the bottom centre, front towards +z). Bench instruments must fit the 0.7 m counter.
 */
export const instrumentSizeM: Record<InstrumentCategoryId, InstrumentSize> = {
  cmm: { w: 1.3, d: 1.1, h: 1.9 },
  'platform-scale': { w: 0.9, d: 0.9, h: 1.05 },
  'precision-balance': { w: 0.24, d: 0.36, h: 0.32 },
  'calibration-bench': { w: 1.4, d: 0.7, h: 1.45 },
  'signal-rack': { w: 0.6, d: 0.8, h: 1.8 },
  'pressure-calibrator': { w: 0.42, d: 0.32, h: 0.3 },
  spectrometer: { w: 1.1, d: 0.75, h: 1.15 },
  'time-frequency-rack': { w: 0.6, d: 0.9, h: 1.95 },
  'environmental-chamber': { w: 1.0, d: 1.0, h: 1.8 },
  'laser-tracker': { w: 0.8, d: 0.8, h: 1.55 },
  'hardness-tester': { w: 0.26, d: 0.5, h: 0.72 },
  'electrical-calibrator': { w: 0.44, d: 0.42, h: 0.18 },
  'watch-timer': { w: 0.3, d: 0.24, h: 0.2 },
};

/** Relative weights of instrument categories in a zone's booths; categories left out do not appear there. */
export type InstrumentMix = Partial<Record<InstrumentCategoryId, number>>;

/**
 * What each zone's booths show, by relative weight. The mixes follow what the zones stand for in the
 * article: weighing in the smart-weighing park, time and frequency in 船山时间谷 (a clock and watch
 * base), composition and hardness testing for the copper, lead and zinc cluster, large-part and
 * electrical metrology for the innovation results (fibre laser, UHV transmission), and the five
 * established industries plus pumps along the strategy wall.
 */
export const zoneInstrumentMix: Record<string, InstrumentMix> = {
  'smart-weighing-park': {
    'precision-balance': 30,
    'platform-scale': 24,
    'calibration-bench': 8,
    'pressure-calibrator': 6,
    'electrical-calibrator': 6,
    'environmental-chamber': 4,
    'signal-rack': 3,
  },
  'chuanshan-time-valley': {
    'time-frequency-rack': 26,
    'watch-timer': 22,
    'signal-rack': 10,
    'environmental-chamber': 8,
    'electrical-calibrator': 6,
    cmm: 5,
    'precision-balance': 4,
  },
  'changning-nonferrous': {
    spectrometer: 28,
    'hardness-tester': 18,
    'precision-balance': 8,
    'platform-scale': 8,
    cmm: 6,
    'environmental-chamber': 4,
    'calibration-bench': 4,
  },
  'innovation-results': {
    'laser-tracker': 16,
    'signal-rack': 14,
    'electrical-calibrator': 14,
    cmm: 12,
    'environmental-chamber': 8,
    spectrometer: 6,
    'calibration-bench': 6,
  },
  'strategy-wall': {
    'electrical-calibrator': 12,
    'pressure-calibrator': 12,
    cmm: 10,
    'signal-rack': 8,
    'calibration-bench': 8,
    spectrometer: 6,
    'hardness-tester': 6,
    'precision-balance': 6,
    'laser-tracker': 4,
    'environmental-chamber': 4,
  },
};
