/**
 * Physics of a Mach–Zehnder light-pulse atom interferometer gravimeter (cold ⁸⁷Rb, vertical Raman
 * beams): constants, the phase/population formulas and the cloud kinematics used by the animation.
 * The cloud is dropped from rest at the top of the tube (no fountain launch: simpler to animate,
 * same phase physics). π/2–π–π/2 pulses separated by T split, mirror and recombine the wave packet;
 * the output phase is Δφ = (k_eff·g − α)·T², α being the chirp rate (rad/s²) of the Raman frequency
 * difference that keeps the beams resonant with the falling atoms.
 */

/** Mass of one ⁸⁷Rb atom (86.909180527 u), kg. */
export const rubidium87MassKg = 1.443160648e-25 as const;
/** Reduced Planck constant ħ, J·s. */
export const reducedPlanckJs = 1.054571817e-34 as const;
/** Raman laser wavelength (Rb D2 line), m. */
export const ramanWavelengthM = 780.24e-9 as const;
/** Effective two-photon wave vector k_eff = 2·2π/λ (counter-propagating beams), rad/m. */
export const effectiveWavevectorRadPerM = (2 * 2 * Math.PI) / ramanWavelengthM;
/** Two-photon recoil velocity ħ·k_eff/m ≈ 11.8 mm/s, m/s. */
export const recoilVelocityMs = (reducedPlanckJs * effectiveWavevectorRadPerM) / rubidium87MassKg;
/** Default pulse separation T, s. */
export const defaultPulseSeparationS = 0.1 as const;
/** Pulse separations of the coarse-to-fine fringe scan, s (see measureGravityByScan). */
export const defaultScanPulseSeparationsS = [0.002, 0.01, 0.03, 0.1] as const;
/** Delay from release to the first π/2 pulse (lets the cloud clear the trap region), s. */
export const defaultFirstPulseDelayS = 0.02 as const;

/** Default fringe contrast C (typical of a thermal cold-atom cloud). */
export const defaultContrast = 0.5 as const;

/** Interferometer phase Δφ = (k_eff·g − α)·T², rad. */
export function interferometerPhase(gMs2: number, chirpRadPerS2: number, pulseSeparationS: number): number {
  return (effectiveWavevectorRadPerM * gMs2 - chirpRadPerS2) * pulseSeparationS ** 2;
}

/** Fraction of atoms in the upper hyperfine state, P = (1 − C·cos Δφ)/2. */
export function upperStateFraction(phaseRad: number, contrast: number = defaultContrast): number {
  return (1 - contrast * Math.cos(phaseRad)) / 2;
}

/** One Raman pulse: time since release (s); 'beamsplitter' = π/2, 'mirror' = π. */
export interface RamanPulse {
  timeS: number;
  kind: 'beamsplitter' | 'mirror';
}

/** Times of the three Raman pulses, measured from the release of the cloud. */
export function pulseTimes(
  pulseSeparationS: number = defaultPulseSeparationS,
  firstPulseS: number = defaultFirstPulseDelayS,
): RamanPulse[] {
  return [
    { timeS: firstPulseS, kind: 'beamsplitter' },
    { timeS: firstPulseS + pulseSeparationS, kind: 'mirror' },
    { timeS: firstPulseS + 2 * pulseSeparationS, kind: 'beamsplitter' },
  ];
}

/** Depths (m, below the release point) of the free-fall reference and the two arms at one instant. */
export interface CloudPositions {
  /** Before the first pulse, between splitting and recombination, or after the last pulse. */
  stage: 'falling' | 'split' | 'recombined';
  /** Depth without any recoil, m. */ freeFallDepthM: number;
  /** Arm kicked by the π pulse; after recombination the upper-state output port, m. */ armADepthM: number;
  /** Arm kicked by the first π/2 pulse; after recombination the lower-state port, m. */ armBDepthM: number;
}

/** Pulse timing (s) and the display-only exaggeration factor of the recoil separation. */
export interface CloudOptions {
  pulseSeparationS?: number;
  firstPulseS?: number;
  visualScale?: number;
}

/**
 * Arm depths t seconds after release. Only the recoil offsets are multiplied by visualScale (the
 * real separation is at most v_r·T ≈ 1.2 mm, invisible next to a ~0.2 m fall); physics uses 1.
 */
export function cloudPositions(
  tS: number,
  gMs2: number,
  {
    pulseSeparationS = defaultPulseSeparationS,
    firstPulseS = defaultFirstPulseDelayS,
    visualScale = 1,
  }: CloudOptions = {},
): CloudPositions {
  const t1 = firstPulseS;
  const t2 = t1 + pulseSeparationS;
  const freeFallDepthM = 0.5 * gMs2 * tS * tS;
  // Kicks are along k_eff (down): B is faster from t1 to t2, A from t2 on; they meet again at t3.
  const kickA = recoilVelocityMs * Math.max(0, tS - t2);
  const kickB = recoilVelocityMs * (Math.min(Math.max(tS, t1), t2) - t1);
  return {
    stage: tS < t1 ? 'falling' : tS < t2 + pulseSeparationS ? 'split' : 'recombined',
    freeFallDepthM,
    armADepthM: freeFallDepthM + visualScale * kickA,
    armBDepthM: freeFallDepthM + visualScale * kickB,
  };
}
