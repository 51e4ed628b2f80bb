/**
 * The industrial-CT demo: one parallel-beam projection per step over 180°, each filtered and
 * back-projected at once, so sinogram and slice build up together. When the last angle is in, the
 * slice is compared with the flange as designed (the CAD check real CT software does) and the darkest
 * spot well inside the metal is reported as the void, sized from the pixels below half of aluminium's μ.
 */
import { steppedEngine } from '../../engine/demoEngine';
import type { DemoEngine } from '../../engine/demoEngine';
import {
  aluminiumAttenuationPerCm,
  createFlangePhantom,
  createReconstruction,
  ctFieldOfViewMm,
  flangeGeometry,
  isDesignedSolid,
  projectionAngle,
  reconstructStep,
} from '../science/ct';
import type { CtImage, ReconstructionState } from '../science/ct';

/** Tunables of the CT demo. */
export const ctDemoSettings = {
  sizePx: 128,
  angleCount: 180,
  /** Display time per projection: 180 × 0.1 s = 18 s. */
  projectionS: 0.1,
  /** A candidate must have designed metal all around it this far out (skips edge ringing), mm. */
  interiorMarginMm: 2.5,
  /** Largest distance from the darkest pixel searched when sizing the void, mm. */
  sizingRadiusMm: 8,
} as const;

/** A void found in the reconstruction: centre and equivalent diameter in mm, μ at its centre in cm⁻¹. */
export interface CtFinding {
  xMm: number;
  yMm: number;
  diameterMm: number;
  muPerCm: number;
}

/** Live state of the CT demo (images are row-major size×size; sinogram rows are angles). */
export interface CtLive {
  version: number;
  stage: 'idle' | 'scanning' | 'done';
  size: number;
  angleCount: number;
  anglesDone: number;
  /** Current stage angle, rad (continuous, for the animation). */
  angleRad: number;
  /** Line integrals ∫μ dl per angle and detector bin. */
  sinogram: Float32Array;
  /** Filtered back-projection so far, cm⁻¹. */
  recon: Float32Array;
  /** Longest chord through the flange × μ of aluminium: a fixed full scale for the sinogram. */
  sinogramScale: number;
  /** μ of aluminium, cm⁻¹ (full scale of the slice). */
  muScalePerCm: number;
  finding: CtFinding | null;
}

const s = ctDemoSettings;

/** Pixel (col, row) centre in mm from the image centre. */
const pixelMm = (size: number, i: number) => ((i + 0.5) / size - 0.5) * ctFieldOfViewMm;

/** True when the designed part is solid at (x, y) and on a circle of radius r around it. */
function wellInside(x: number, y: number, r: number): boolean {
  if (!isDesignedSolid(x, y)) return false;
  for (let k = 0; k < 8; k++) {
    const a = (k * Math.PI) / 4;
    if (!isDesignedSolid(x + r * Math.cos(a), y + r * Math.sin(a))) return false;
  }
  return true;
}

/** Finds the darkest 3×3 neighbourhood well inside the designed metal and sizes the void around it. */
export function findCtVoid(recon: Float32Array, size: number): CtFinding | null {
  const mean3 = (c: number, r: number) => {
    let sum = 0;
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) sum += recon[(r + dr) * size + c + dc]!;
    return sum / 9;
  };
  let best: { col: number; row: number; mu: number } | null = null;
  for (let row = 1; row < size - 1; row++) {
    for (let col = 1; col < size - 1; col++) {
      if (!wellInside(pixelMm(size, col), pixelMm(size, row), s.interiorMarginMm)) continue;
      const mu = mean3(col, row);
      if (!best || mu < best.mu) best = { col, row, mu };
    }
  }
  if (!best) return null;
  // Equivalent diameter of the pixels below half of aluminium's μ near the darkest spot.
  const pitchMm = ctFieldOfViewMm / size;
  const reach = Math.ceil(s.sizingRadiusMm / pitchMm);
  let [count, sx, sy] = [0, 0, 0];
  for (let row = best.row - reach; row <= best.row + reach; row++) {
    for (let col = best.col - reach; col <= best.col + reach; col++) {
      if (row < 0 || col < 0 || row >= size || col >= size) continue;
      if (Math.hypot(col - best.col, row - best.row) > reach) continue;
      if (!isDesignedSolid(pixelMm(size, col), pixelMm(size, row))) continue;
      if (recon[row * size + col]! >= aluminiumAttenuationPerCm / 2) continue;
      [count, sx, sy] = [count + 1, sx + col, sy + row];
    }
  }
  const [col, row] = count > 0 ? [sx / count, sy / count] : [best.col, best.row];
  return {
    xMm: pixelMm(size, col),
    yMm: pixelMm(size, row),
    diameterMm: 2 * Math.sqrt((count * pitchMm * pitchMm) / Math.PI),
    muPerCm: best.mu,
  };
}

/** Creates the CT demo engine; its `live` object and image arrays keep their identity across runs. */
export function createCtEngine(): DemoEngine<CtLive> {
  const state: ReconstructionState = createReconstruction(s.sizePx, s.angleCount);
  let phantom: CtImage | null = null;
  const live: CtLive = {
    version: 0,
    stage: 'idle',
    size: s.sizePx,
    angleCount: s.angleCount,
    anglesDone: 0,
    angleRad: 0,
    sinogram: state.sinogram,
    recon: state.mu,
    sinogramScale: (2 * flangeGeometry.outerRadiusMm * aluminiumAttenuationPerCm) / 10,
    muScalePerCm: aluminiumAttenuationPerCm,
    finding: null,
  };
  return steppedEngine(live, {
    periodS: s.projectionS,
    total: s.angleCount,
    taken: () => state.anglesDone,
    clear: () => {
      state.mu.fill(0);
      state.sinogram.fill(0);
      state.anglesDone = 0;
      Object.assign(live, { anglesDone: 0, angleRad: 0, finding: null });
    },
    begin: () => void (phantom ??= createFlangePhantom(s.sizePx)),
    advance: () => {
      reconstructStep(state, phantom!);
      live.anglesDone = state.anglesDone;
    },
    finish: () => {
      live.angleRad = projectionAngle(s.angleCount, s.angleCount);
      live.finding = findCtVoid(state.mu, s.sizePx);
    },
    progress: (fraction) => void (live.angleRad = projectionAngle(state.anglesDone + fraction, s.angleCount)),
  });
}

/** The CT scanner's demo engine: the one the demo store runs and the views read. */
export const ctEngine = createCtEngine();
