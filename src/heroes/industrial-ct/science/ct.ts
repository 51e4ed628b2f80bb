/**
 * Industrial X-ray CT of a cast aluminium flange: a procedural 2D phantom, parallel-beam forward
 * projection (sinogram), ramp filtering and filtered back-projection (FBP). Attenuation is in cm⁻¹,
 * projections are dimensionless line integrals ∫μ·dl = −ln(I/I₀), so the reconstruction comes back in
 * cm⁻¹ too. Images are row-major size×size; x grows with the column, y with the row (screen-down),
 * both measured from the image centre. The reconstructable field is the inscribed circle.
 */

import { aluminiumAttenuationPerCm, ctDefaultAngleCount, ctDefaultSizePx, ctFieldOfViewMm } from './ctSetup';

export * from './ctSetup';

/** Ray-marching step along each ray, pixels (half a pixel: finer than the bilinear footprint). */
const marchStepPx = 0.5 as const;
/** Sub-samples per pixel side when rasterising the phantom (anti-aliased edges). */
const supersample = 4 as const;

/** A circle in millimetres from the image centre (x right, y down). */
export type CircleMm = { xMm: number; yMm: number; radiusMm: number };

/** Flange geometry, mm: outer rim, central bore, bolt circle with holes, and the hidden void. */
export const flangeGeometry = {
  outerRadiusMm: 42.5,
  boreRadiusMm: 12.5,
  boltCircleRadiusMm: 30,
  boltHoleRadiusMm: 3.5,
  boltHoleCount: 6,
} as const;

/** The hidden casting void (gas porosity) the demo "discovers": true position and radius, mm. */
export const ctVoid: Readonly<CircleMm> = Object.freeze({ xMm: 19, yMm: -11, radiusMm: 3 });

/** A square attenuation image: μ per pixel in cm⁻¹ (row-major), with its pixel pitch. */
export type CtImage = { size: number; pixelSizeCm: number; mu: Float32Array };

/** Converts a position in mm (from the centre) to continuous pixel indices (column, row) for size. */
export function mmToPixel(size: number, xMm: number, yMm: number): { col: number; row: number } {
  const perMm = size / ctFieldOfViewMm;
  return { col: xMm * perMm + size / 2 - 0.5, row: yMm * perMm + size / 2 - 0.5 };
}

/** True when (xMm, yMm) is inside the flange's metal, ignoring the hidden void (the part as designed). */
export function isDesignedSolid(xMm: number, yMm: number): boolean {
  const g = flangeGeometry;
  const r = Math.hypot(xMm, yMm);
  if (r > g.outerRadiusMm || r < g.boreRadiusMm) return false;
  for (let k = 0; k < g.boltHoleCount; k++) {
    const a = (2 * Math.PI * k) / g.boltHoleCount;
    const dx = xMm - g.boltCircleRadiusMm * Math.cos(a);
    const dy = yMm - g.boltCircleRadiusMm * Math.sin(a);
    if (dx * dx + dy * dy < g.boltHoleRadiusMm ** 2) return false;
  }
  return true;
}

/** Rasterises the flange (with its void) at size×size, anti-aliased by 4×4 supersampling. */
export function createFlangePhantom(size: number = ctDefaultSizePx): CtImage {
  const mu = new Float32Array(size * size);
  const pitchMm = ctFieldOfViewMm / size;
  const inVoid = (x: number, y: number) => Math.hypot(x - ctVoid.xMm, y - ctVoid.yMm) < ctVoid.radiusMm;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      let hits = 0;
      for (let sy = 0; sy < supersample; sy++) {
        for (let sx = 0; sx < supersample; sx++) {
          const x = (col - size / 2 + (sx + 0.5) / supersample) * pitchMm;
          const y = (row - size / 2 + (sy + 0.5) / supersample) * pitchMm;
          if (isDesignedSolid(x, y) && !inVoid(x, y)) hits++;
        }
      }
      mu[row * size + col] = (aluminiumAttenuationPerCm * hits) / supersample ** 2;
    }
  }
  return { size, pixelSizeCm: pitchMm / 10, mu };
}

/** Projection angle θ_m = m·π/M of angle index m of M, radians. */
export function projectionAngle(angleIndex: number, angleCount: number): number {
  return (angleIndex * Math.PI) / angleCount;
}

/** Bilinear sample of μ at continuous pixel indices (0 outside the image). */
function sample(mu: Float32Array, n: number, col: number, row: number): number {
  const c0 = Math.floor(col);
  const r0 = Math.floor(row);
  // Outside the image, and on its 1-pixel rim, is air: the field of view is the inscribed circle.
  if (c0 < 0 || r0 < 0 || c0 >= n - 1 || r0 >= n - 1) return 0;
  const fc = col - c0;
  const i = r0 * n + c0;
  const top = mu[i]! * (1 - fc) + mu[i + 1]! * fc;
  const bottom = mu[i + n]! * (1 - fc) + mu[i + n + 1]! * fc;
  return top + (bottom - top) * (row - r0);
}

/**
 * Sinogram row m of M (θ = m·π/M): for each of `size` detector bins at offset s (pixels from the
 * centre) the line integral of μ along the ray {s·(cos θ, sin θ) + t·(−sin θ, cos θ)}, ray-marched
 * with bilinear interpolation across the inscribed circle.
 */
export function projectAngle(img: CtImage, angleIndex: number, angleCount: number = ctDefaultAngleCount) {
  const n = img.size;
  const half = n / 2;
  const angle = projectionAngle(angleIndex, angleCount);
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const out = new Float32Array(n);
  for (let d = 0; d < n; d++) {
    const s = d + 0.5 - half;
    const reach = Math.sqrt(Math.max(0, (half + 1) ** 2 - s * s));
    let sum = 0;
    for (let t = -reach; t <= reach; t += marchStepPx) {
      sum += sample(img.mu, n, s * cos - t * sin + half - 0.5, s * sin + t * cos + half - 0.5);
    }
    out[d] = sum * marchStepPx * img.pixelSizeCm;
  }
  return out;
}

/** Ramp-filter window: plain Ram-Lak, or Shepp-Logan (sinc-windowed ramp, less ringing and noise). */
export type RampWindow = 'ram-lak' | 'shepp-logan';

/**
 * Ramp-filters one projection by direct convolution with the band-limited spatial kernel (Kak &
 * Slaney eq. 3.61 / Shepp–Logan). The spatial kernel, unlike sampling |ω| on an FFT grid, gets the
 * DC term right, so no cupping; at 128 bins the O(n²) convolution costs ~16k multiply-adds.
 */
export function filterProjection(row: Float32Array, pixelSizeCm: number, window: RampWindow = 'ram-lak') {
  const n = row.length;
  const kernel = new Float64Array(2 * n - 1);
  for (let k = -(n - 1); k < n; k++) {
    const ramLak = k === 0 ? 0.25 : k % 2 === 0 ? 0 : -1 / (Math.PI * Math.PI * k * k);
    kernel[k + n - 1] = window === 'ram-lak' ? ramLak : -2 / (Math.PI * Math.PI * (4 * k * k - 1));
  }
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let acc = 0;
    for (let j = 0; j < n; j++) acc += kernel[i - j + n - 1]! * row[j]!;
    out[i] = acc / pixelSizeCm; // τ·h with h ∝ 1/τ² leaves 1/τ.
  }
  return out;
}

/** Reconstruction in progress: the image being accumulated and the sinogram rows acquired so far. */
export type ReconstructionState = CtImage & {
  angleCount: number;
  sinogram: Float32Array;
  anglesDone: number;
};

/** Starts an empty reconstruction for a size×size image and angleCount projections. */
export function createReconstruction(
  size: number,
  angles: number,
  pixelSizeCm = ctFieldOfViewMm / size / 10,
) {
  const [mu, sinogram] = [new Float32Array(size * size), new Float32Array(angles * size)];
  return { size, pixelSizeCm, mu, angleCount: angles, sinogram, anglesDone: 0 };
}

/** Smears one filtered projection back across the image (weight π/M), inside the inscribed circle. */
export function backprojectIncremental(state: ReconstructionState, filtered: Float32Array, angleRad: number) {
  const n = state.size;
  const half = n / 2;
  const [cos, sin] = [Math.cos(angleRad), Math.sin(angleRad)];
  const weight = Math.PI / state.angleCount;
  const at = (b: number) => (b >= 0 && b < n ? filtered[b]! : 0);
  for (let row = 0; row < n; row++) {
    const y = row + 0.5 - half;
    for (let col = 0; col < n; col++) {
      const x = col + 0.5 - half;
      if (x * x + y * y > half * half) continue;
      const bin = x * cos + y * sin + half - 0.5;
      const b0 = Math.floor(bin);
      const f = bin - b0;
      state.mu[row * n + col]! += weight * (at(b0) * (1 - f) + at(b0 + 1) * f);
    }
  }
}

/** Acquires, filters and back-projects the next angle (one animation step); returns the raw row. */
export function reconstructStep(state: ReconstructionState, object: CtImage, window?: RampWindow) {
  const m = state.anglesDone;
  const row = projectAngle(object, m, state.angleCount);
  const filtered = filterProjection(row, state.pixelSizeCm, window);
  state.sinogram.set(row, m * state.size);
  backprojectIncremental(state, filtered, projectionAngle(m, state.angleCount));
  state.anglesDone++;
  return row;
}

/** Full scan and FBP reconstruction of an image: the returned state holds sinogram and image (mu). */
export function reconstruct(object: CtImage, angleCount: number = ctDefaultAngleCount, window?: RampWindow) {
  const state = createReconstruction(object.size, angleCount, object.pixelSizeCm);
  while (state.anglesDone < state.angleCount) reconstructStep(state, object, window);
  return state;
}
