/** The C-scan's settings (see cscan.ts): raster, water path, probe, noise. */

/** Scan settings: raster size, water path, transducer centre frequency and pulse width, noise. */
export type CscanModel = {
  cols: number;
  rows: number;
  waterPathMm: number;
  frequencyMHz: number;
  pulseSigmaNs: number;
  noiseRms: number;
  seed: number;
  gateHalfWidthNs: number;
};

/** Default 96×96 raster (125 µm pitch), 50 MHz probe, 3 mm water path, 0.3 % rms receiver noise. */
export function createCscanModel(overrides: Partial<CscanModel> = {}): CscanModel {
  const defaults = { cols: 96, rows: 96, waterPathMm: 3, frequencyMHz: 50, pulseSigmaNs: 8, noiseRms: 0.003 };
  return { ...defaults, seed: 1, gateHalfWidthNs: 10, ...overrides };
}
