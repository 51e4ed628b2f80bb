/** Rendering quality: 'low' drops shadows, antialiasing and high DPR (slow GPUs, software rendering in tests). */
export type Quality = 'low' | 'high';

/** Quality asked for in the URL (`quality=low`), high by default. */
export function urlQuality(): Quality {
  if (typeof window === 'undefined') return 'high';
  return new URLSearchParams(window.location.search).get('quality') === 'low' ? 'low' : 'high';
}

/**
 * What adaptive quality may do at each setting: the device-pixel-ratio range it moves in, whether shadows
 * may be on at all, and whether the floors get their baked ambient occlusion. Low renders at half
 * resolution or less: software and weak GPUs are bound by pixels shaded.
 */
export const qualityProfiles = {
  low: { dprMin: 0.35, dprMax: 0.5, shadows: false, antialias: false, floorShade: false },
  high: { dprMin: 0.75, dprMax: 2, shadows: true, antialias: true, floorShade: true },
} as const satisfies Record<
  Quality,
  { dprMin: number; dprMax: number; shadows: boolean; antialias: boolean; floorShade: boolean }
>;

/** Adaptive tunables: below this performance factor the sun's shadows go off; DPR steps of this size. */
export const adaptive = { shadowsFromFactor: 0.5, dprStep: 0.05 } as const;

/** What to render with at a performance factor (0: slowest allowed, 1: best the quality setting allows). */
export interface AdaptiveLevel {
  dpr: number;
  shadows: boolean;
}

/**
 * The DPR and effects for a quality setting at a performance factor in [0, 1]; the top DPR never exceeds
 * the device's own pixel ratio (nor goes below the setting's floor).
 */
export function adaptiveLevel(quality: Quality, factor: number, deviceDpr = 1): AdaptiveLevel {
  const p = qualityProfiles[quality];
  const f = Math.max(0, Math.min(1, Number.isFinite(factor) ? factor : 1));
  const top = Math.max(p.dprMin, Math.min(p.dprMax, deviceDpr));
  const raw = p.dprMin + (top - p.dprMin) * f;
  const dpr = Math.round(raw / adaptive.dprStep) * adaptive.dprStep;
  return {
    dpr: Math.round(Math.max(p.dprMin, Math.min(top, dpr)) * 100) / 100,
    shadows: p.shadows && f >= adaptive.shadowsFromFactor,
  };
}

/** Whether adaptive quality runs: on unless the URL says `adaptive=0` (benchmarks compare at a fixed DPR). */
export function urlAdaptive(search?: string): boolean {
  const query = search ?? (typeof window === 'undefined' ? '' : window.location.search);
  const v = new URLSearchParams(query).get('adaptive');
  return v === null || !['0', 'off', 'false'].includes(v);
}

/** Which scene the URL asks for: the hall, the hall with un-instanced instruments (`naive`), or an empty canvas (`empty`). */
export type SceneVariant = 'hall' | 'naive' | 'empty';

/** The scene variant in the URL (`naive` or `empty`; benchmark baselines), the hall by default. */
export function urlSceneVariant(search?: string): SceneVariant {
  const query = search ?? (typeof window === 'undefined' ? '' : window.location.search);
  const q = new URLSearchParams(query);
  if (q.has('empty')) return 'empty';
  if (q.has('naive')) return 'naive';
  return 'hall';
}
