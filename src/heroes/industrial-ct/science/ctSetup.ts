/** The CT scan's settings: image size, angles, field of view, and the flange's material (see ct.ts). */

/** Default image size, pixels per side. */
export const ctDefaultSizePx = 128 as const;
/** Default number of projection angles over 180°. */
export const ctDefaultAngleCount = 180 as const;
/** Width of the square field of view, mm. */
export const ctFieldOfViewMm = 100 as const;
/** Linear attenuation of aluminium at ~100 keV (μ/ρ ≈ 0.170 cm²/g × 2.70 g/cm³), cm⁻¹. */
export const aluminiumAttenuationPerCm = 0.46 as const;
