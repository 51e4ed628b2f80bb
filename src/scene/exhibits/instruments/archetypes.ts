import type { BufferGeometry } from 'three';
import type { InstrumentCategoryId } from '../../../content/instrumentCategories';
import { box, dial, merge, post, rod } from './parts';

/*
 * Procedural models of the generic instruments, each a handful of primitives merged into one geometry.
 * Each fills its nominal box from layout/instrumentMix.ts (instrumentSizeM): origin at the bottom
 * centre, x across, y up, front towards +z. Numbers are metres inside that box.
 */

const cmm = () =>
  merge([
    box(-0.6, 0.6, 0, 0.55, -0.5, 0.5, 'dark'),
    box(-0.65, 0.65, 0.55, 0.75, -0.55, 0.55, 'granite'),
    box(-0.65, -0.55, 0.75, 1.8, -0.12, 0.12, 'body'),
    box(0.55, 0.65, 0.75, 1.8, -0.12, 0.12, 'body'),
    box(-0.65, 0.65, 1.62, 1.8, -0.13, 0.13, 'body'),
    box(-0.12, 0.12, 1.5, 1.9, 0.13, 0.3, 'body'),
    box(-0.04, 0.04, 0.98, 1.5, 0.18, 0.26, 'metal'),
    post(0, 0.22, 0.9, 0.98, 0.012, 'ruby'),
    box(-0.22, 0.12, 0.75, 0.86, 0.05, 0.38, 'metal'),
  ]);

const platformScale = () =>
  merge([
    box(-0.45, 0.45, 0, 0.08, -0.45, 0.45, 'metal'),
    box(-0.2, 0.2, 0.08, 0.42, -0.12, 0.26, 'card'),
    post(0, -0.38, 0.08, 0.86, 0.025, 'metal'),
    box(-0.16, 0.16, 0.85, 1.05, -0.44, -0.33, 'body'),
    box(-0.12, 0.12, 0.9, 1.0, -0.33, -0.32, 'screen'),
  ]);

const precisionBalance = () =>
  merge([
    box(-0.12, 0.12, 0, 0.07, -0.18, 0.17, 'body'),
    box(-0.08, 0.08, 0.015, 0.055, 0.17, 0.18, 'screen'),
    box(-0.11, 0.11, 0.07, 0.31, -0.17, 0.07, 'glass'),
    box(-0.115, 0.115, 0.31, 0.32, -0.175, 0.075, 'body'),
    box(-0.115, 0.115, 0.07, 0.31, -0.18, -0.17, 'body'),
  ]);

const calibrationBench = () =>
  merge([
    box(-0.7, 0.7, 0.76, 0.8, -0.35, 0.35, 'worktop'),
    box(-0.68, -0.28, 0, 0.76, -0.33, 0.33, 'body'),
    box(0.62, 0.68, 0, 0.76, -0.33, -0.27, 'dark'),
    box(0.62, 0.68, 0, 0.76, 0.27, 0.33, 'dark'),
    box(-0.7, -0.66, 0.8, 1.45, -0.35, -0.29, 'dark'),
    box(0.66, 0.7, 0.8, 1.45, -0.35, -0.29, 'dark'),
    box(-0.7, 0.7, 1.2, 1.23, -0.35, -0.05, 'body'),
    box(-0.55, -0.15, 1.23, 1.4, -0.33, -0.08, 'dark'),
    box(-0.5, -0.2, 1.27, 1.37, -0.08, -0.07, 'screen'),
    box(0.05, 0.5, 1.23, 1.36, -0.33, -0.07, 'body'),
    box(-0.25, 0.25, 0.8, 0.95, -0.3, 0.0, 'dark'),
    box(-0.21, 0.0, 0.84, 0.92, 0.0, 0.01, 'screen'),
    dial(0.45, 0.9, -0.12, -0.08, 0.085, 'dark'),
    dial(0.45, 0.9, -0.08, -0.07, 0.075, 'body'),
  ]);

const signalRack = () =>
  merge([
    box(-0.3, 0.3, 0, 0.08, -0.4, 0.4, 'dark'),
    box(-0.3, 0.3, 0.08, 1.8, -0.4, 0.36, 'body'),
    box(-0.27, 0.27, 1.25, 1.6, 0.36, 0.39, 'metal'),
    box(-0.23, 0.05, 1.29, 1.55, 0.39, 0.4, 'screen'),
    box(0.1, 0.24, 1.3, 1.54, 0.39, 0.4, 'dark'),
    box(-0.27, 0.27, 0.88, 1.2, 0.36, 0.39, 'dark'),
    box(-0.23, 0.08, 0.92, 1.16, 0.39, 0.4, 'screen'),
    box(-0.27, 0.27, 0.55, 0.82, 0.36, 0.39, 'metal'),
    box(-0.2, 0.2, 0.62, 0.75, 0.39, 0.4, 'dark'),
  ]);

const pressureCalibrator = () =>
  merge([
    box(-0.21, 0.05, 0, 0.14, -0.16, 0.15, 'body'),
    box(-0.18, 0.02, 0.04, 0.12, 0.15, 0.16, 'screen'),
    post(0.14, 0.0, 0, 0.22, 0.04, 'dark'),
    box(0.06, 0.21, 0.22, 0.25, -0.02, 0.02, 'dark'),
    post(-0.08, 0.0, 0.14, 0.2, 0.01, 'metal'),
    dial(-0.08, 0.245, -0.025, 0.015, 0.055, 'dark'),
    dial(-0.08, 0.245, 0.015, 0.02, 0.048, 'body'),
  ]);

const spectrometer = () =>
  merge([
    box(-0.55, 0.55, 0, 0.9, -0.375, 0.35, 'body'),
    box(-0.5, 0.5, 0.6, 0.85, 0.35, 0.375, 'dark'),
    box(-0.55, 0.55, 0.9, 0.94, -0.375, 0.375, 'worktop'),
    box(-0.45, -0.15, 0.94, 1.1, -0.2, 0.1, 'dark'),
    post(-0.3, -0.05, 1.1, 1.15, 0.03, 'metal'),
    box(0.25, 0.29, 0.94, 1.0, -0.12, -0.08, 'dark'),
    box(0.1, 0.45, 0.99, 1.15, -0.1, -0.07, 'dark'),
    box(0.12, 0.43, 1.0, 1.14, -0.07, -0.065, 'screen'),
  ]);

const timeFrequencyRack = () =>
  merge([
    box(-0.3, 0.3, 0, 0.08, -0.45, 0.45, 'dark'),
    box(-0.3, 0.3, 0.08, 1.85, -0.45, 0.41, 'body'),
    box(-0.27, 0.27, 1.5, 1.75, 0.41, 0.44, 'dark'),
    box(-0.2, 0.2, 1.58, 1.67, 0.44, 0.45, 'led'),
    box(-0.27, 0.27, 1.05, 1.45, 0.41, 0.44, 'metal'),
    box(-0.22, 0.0, 1.15, 1.35, 0.44, 0.45, 'screen'),
    box(-0.27, 0.27, 0.7, 1.0, 0.41, 0.44, 'dark'),
    box(-0.22, 0.22, 0.8, 0.86, 0.44, 0.45, 'led'),
    post(0.15, -0.2, 1.85, 1.95, 0.06, 'body'),
  ]);

const environmentalChamber = () =>
  merge([
    box(-0.48, 0.48, 0, 0.1, -0.48, 0.42, 'dark'),
    box(-0.5, 0.5, 0.1, 1.8, -0.5, 0.44, 'body'),
    box(-0.44, 0.2, 0.25, 1.62, 0.44, 0.48, 'body'),
    box(-0.32, 0.08, 0.8, 1.32, 0.48, 0.49, 'window'),
    box(0.12, 0.16, 0.8, 1.1, 0.48, 0.5, 'metal'),
    box(0.25, 0.46, 1.2, 1.55, 0.44, 0.47, 'dark'),
    box(0.28, 0.43, 1.34, 1.5, 0.47, 0.48, 'screen'),
    box(0.25, 0.46, 0.2, 0.6, 0.44, 0.45, 'dark'),
  ]);

const laserTracker = () => {
  const legs = [0, 1, 2].map((k) => {
    const a = (k * 2 * Math.PI) / 3 + Math.PI / 2;
    // The foot is lifted by the tilted cap's half-height, so no leg sinks into the platform.
    return rod([0, 0.95, 0], [0.38 * Math.cos(a), 0.006, 0.38 * Math.sin(a)], 0.015, 'dark');
  });
  return merge([
    ...legs,
    post(0, 0, 0.9, 1.2, 0.04, 'metal'),
    post(0, 0, 1.2, 1.28, 0.1, 'body'),
    box(-0.1, -0.07, 1.28, 1.5, -0.05, 0.05, 'body'),
    box(0.07, 0.1, 1.28, 1.5, -0.05, 0.05, 'body'),
    box(-0.07, 0.07, 1.33, 1.47, -0.07, 0.07, 'dark'),
    dial(0, 1.4, 0.07, 0.09, 0.03, 'ruby'),
    box(-0.1, 0.1, 1.5, 1.55, -0.03, 0.03, 'body'),
  ]);
};

const hardnessTester = () =>
  merge([
    box(-0.13, 0.13, 0, 0.2, -0.25, 0.2, 'body'),
    box(-0.1, 0.1, 0.2, 0.56, -0.25, -0.08, 'body'),
    box(-0.11, 0.11, 0.55, 0.72, -0.25, 0.15, 'body'),
    box(-0.08, 0.08, 0.6, 0.68, 0.15, 0.16, 'screen'),
    post(0, 0.05, 0.45, 0.55, 0.012, 'metal'),
    post(0, 0.05, 0.2, 0.23, 0.09, 'dark'),
    post(0, 0.05, 0.23, 0.4, 0.03, 'metal'),
    post(0, 0.05, 0.4, 0.42, 0.06, 'metal'),
  ]);

const electricalCalibrator = () =>
  merge([
    box(-0.2, 0.2, 0, 0.02, -0.19, 0.17, 'dark'),
    box(-0.22, 0.22, 0.02, 0.18, -0.21, 0.19, 'body'),
    box(-0.21, 0.21, 0.03, 0.17, 0.19, 0.2, 'dark'),
    box(-0.18, 0.0, 0.07, 0.15, 0.2, 0.21, 'screen'),
    box(0.05, 0.18, 0.05, 0.09, 0.2, 0.21, 'led'),
    box(0.05, 0.18, 0.11, 0.15, 0.2, 0.205, 'metal'),
  ]);

const watchTimer = () =>
  merge([
    box(-0.15, 0.05, 0, 0.09, -0.12, 0.1, 'body'),
    box(-0.13, 0.03, 0.03, 0.08, 0.1, 0.12, 'screen'),
    post(0.1, -0.02, 0, 0.02, 0.045, 'dark'),
    post(0.1, -0.02, 0.02, 0.12, 0.008, 'metal'),
    box(0.06, 0.14, 0.12, 0.15, -0.06, 0.03, 'dark'),
    post(0.1, -0.015, 0.15, 0.165, 0.035, 'metal'),
    post(0.1, -0.015, 0.165, 0.168, 0.03, 'body'),
  ]);

/** Builds the merged model of each generic instrument category. */
export const archetypeBuilders: Record<InstrumentCategoryId, () => BufferGeometry> = {
  cmm,
  'platform-scale': platformScale,
  'precision-balance': precisionBalance,
  'calibration-bench': calibrationBench,
  'signal-rack': signalRack,
  'pressure-calibrator': pressureCalibrator,
  spectrometer,
  'time-frequency-rack': timeFrequencyRack,
  'environmental-chamber': environmentalChamber,
  'laser-tracker': laserTracker,
  'hardness-tester': hardnessTester,
  'electrical-calibrator': electricalCalibrator,
  'watch-timer': watchTimer,
};

/** The merged model of a category (a new geometry; the caller disposes it). */
export function archetypeGeometry(id: InstrumentCategoryId): BufferGeometry {
  return archetypeBuilders[id]();
}
