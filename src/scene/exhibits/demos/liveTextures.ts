/** DataTextures that show the demos' live images on floating screens (rows flipped: row 0 on top). */
import { DataTexture, LinearFilter, RGBAFormat, SRGBColorSpace, UnsignedByteType } from 'three';
import { cscanPaletteLut, cscanUnscannedRgb, paletteIndex } from '../../../ui/demos/cscanPalette';
import type { CscanLive } from '../../../state/demos';

/** An RGBA8 sRGB texture of w×h pixels, black. */
export function createImageTexture(w: number, h: number): DataTexture {
  const texture = new DataTexture(new Uint8Array(w * h * 4), w, h, RGBAFormat, UnsignedByteType);
  texture.colorSpace = SRGBColorSpace;
  texture.magFilter = LinearFilter;
  texture.minFilter = LinearFilter;
  texture.generateMipmaps = false;
  texture.needsUpdate = true;
  return texture;
}

const pixels = (texture: DataTexture) => texture.image.data as Uint8Array;

/** Writes values × gain as grey (0..1 → black..white) into a w-wide texture, image row 0 at the top. */
export function writeGrey(texture: DataTexture, values: Float32Array, gain: number): void {
  const { width: w, height: h } = texture.image;
  const out = pixels(texture);
  for (let row = 0; row < h; row++) {
    const dst = (h - 1 - row) * w;
    for (let col = 0; col < w; col++) {
      const v = Math.max(0, Math.min(255, values[row * w + col]! * gain * 255));
      const o = 4 * (dst + col);
      out[o] = out[o + 1] = out[o + 2] = v;
      out[o + 3] = 255;
    }
  }
  texture.needsUpdate = true;
}

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
