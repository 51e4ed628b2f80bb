/** Rendering quality: 'low' drops shadows, antialiasing and high DPR (slow GPUs, software rendering in tests). */
export type Quality = 'low' | 'high';

/** Quality asked for in the URL (`quality=low`), high by default. */
export function urlQuality(): Quality {
  if (typeof window === 'undefined') return 'high';
  return new URLSearchParams(window.location.search).get('quality') === 'low' ? 'low' : 'high';
}
