/** The C-scan as the 3D screen shows it (rows flipped: row 0 on top). */
import type { DataTexture } from 'three';
import { pixels } from '../../scene/liveTextures';
import type { CscanLive } from '../engine/cscanDemo';
import { cscanPaletteLut, cscanUnscannedRgb, paletteIndex } from '../palette';

/** Writes the C-scan in its palette, unscanned pixels grey, the largest flaw's rim in `rimRgb`. */
export function writeCscan(
  texture: DataTexture,
  live: CscanLive,
  rimRgb: readonly [number, number, number],
): void {
  const { cols: w, rows: h, image, polarity, labels } = live;
  const out = pixels(texture);
  const flaw = (col: number, row: number) =>
    col >= 0 && row >= 0 && col < w && row < h && labels[row * w + col] === 1;
  const isRim = (col: number, row: number) =>
    flaw(col, row) && !(flaw(col - 1, row) && flaw(col + 1, row) && flaw(col, row - 1) && flaw(col, row + 1));
  for (let row = 0; row < h; row++) {
    for (let col = 0; col < w; col++) {
      const i = row * w + col;
      const o = 4 * ((h - 1 - row) * w + col);
      const k = paletteIndex(image[i]!, live.fullScale);
      const rim = isRim(col, row);
      for (let j = 0; j < 3; j++) {
        out[o + j] = rim
          ? rimRgb[j]!
          : polarity[i] === 0
            ? cscanUnscannedRgb[j]!
            : cscanPaletteLut[3 * k + j]!;
      }
      out[o + 3] = 255;
    }
  }
  texture.needsUpdate = true;
}
