/** The C-scan amplitude palette shared by the panel chart and the 3D screen (pure data, no DOM). */

/** Colour stops (fraction of full scale → sRGB bytes), black through blue and amber to white. */
export const cscanPaletteStops = [
  [0, [0, 0, 0]],
  [0.12, [20, 36, 110]],
  [0.35, [30, 130, 190]],
  [0.6, [242, 193, 78]],
  [1, [255, 255, 255]],
] as const;

/** sRGB bytes of pixels not scanned yet. */
export const cscanUnscannedRgb = [38, 42, 48] as const;

/** 256-entry lookup of the palette, RGB triplets (index = round(fraction × 255)). */
export const cscanPaletteLut: Uint8ClampedArray = (() => {
  const out = new Uint8ClampedArray(256 * 3);
  const stops = cscanPaletteStops;
  for (let i = 0; i < 256; i++) {
    const f = i / 255;
    const k = Math.max(0, stops.findIndex(([at]) => at >= f) - 1);
    const [a0, c0] = stops[k]!;
    const [a1, c1] = stops[Math.min(k + 1, stops.length - 1)]!;
    const t = a1 === a0 ? 0 : (f - a0) / (a1 - a0);
    for (let j = 0; j < 3; j++) out[3 * i + j] = c0[j]! + (c1[j]! - c0[j]!) * t;
  }
  return out;
})();

/** Display gamma: a bonded die echoes ~10 % of full scale, which gamma 0.5 lifts to a readable blue. */
export const cscanDisplayGamma = 0.5 as const;

/** Palette index of an amplitude given the full scale (after the display gamma). */
export function paletteIndex(amplitude: number, fullScale: number): number {
  return Math.round(Math.max(0, Math.min(1, amplitude / fullScale)) ** cscanDisplayGamma * 255);
}
