/** The C-scan's settings (see cscan.ts): the materials and build-up of the package, the raster, water path, probe, noise. */

/** Acoustic properties: impedance Z (MRayl), longitudinal speed (m/s), attenuation at 50 MHz (dB/mm). */
export type AcousticMaterial = { impedanceMRayl: number; speedMs: number; attenuationDbPerMm: number };

/**
 * Approximate handbook values. Water at 20 °C (0.0022 dB/mm/MHz²); silica-filled epoxy moulding
 * compound (ρ ≈ 1.95 g/cm³, scattering filler → lossy); ⟨100⟩ silicon; SAC solder die attach
 * (ρ ≈ 7.4 g/cm³); copper lead frame; air. Solder (Z above Si) makes the bonded interface reflect
 * weakly with positive polarity, so a delamination (Si→air, R ≈ −1) is both bright and inverted.
 */
export const acousticMaterials = {
  water: { impedanceMRayl: 1.48, speedMs: 1480, attenuationDbPerMm: 0.55 },
  mould: { impedanceMRayl: 6.6, speedMs: 3400, attenuationDbPerMm: 5 },
  silicon: { impedanceMRayl: 19.7, speedMs: 8433, attenuationDbPerMm: 0.05 },
  solder: { impedanceMRayl: 24.4, speedMs: 3300, attenuationDbPerMm: 1 },
  copper: { impedanceMRayl: 41.6, speedMs: 4660, attenuationDbPerMm: 0.3 },
  air: { impedanceMRayl: 0.0004, speedMs: 343, attenuationDbPerMm: 0 },
} as const satisfies Record<string, AcousticMaterial>;

/** Name of a material in acousticMaterials. */
export type MaterialName = keyof typeof acousticMaterials;
/** Package build-up (half-widths and thicknesses, mm): QFN-like, die on a copper pad. */
export const packageLayout = {
  packageHalfMm: 6,
  dieHalfMm: 3,
  padHalfMm: 4,
  mouldOverDieMm: 0.5,
  dieMm: 0.3,
  dieAttachMm: 0.05,
  padMm: 0.2,
  mouldUnderPadMm: 0.35,
  delaminationGapMm: 0.002,
} as const;

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
