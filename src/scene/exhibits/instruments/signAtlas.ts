import { CanvasTexture, SRGBColorSpace } from 'three';
import { fontStack } from '../../labelTexture';

/** One row per category name, each a whole fascia sign, and a last row of booth-number glyphs, pixels. */
export const signAtlas = {
  rowWidthPx: 1024,
  rowHeightPx: 96,
  fontPx: 58,
  padPx: 48,
  glyphFontPx: 62,
} as const;

/** Width over height of one name sign. */
export const signAspect = signAtlas.rowWidthPx / signAtlas.rowHeightPx;

/** Width of one glyph cell in the last row, pixels, for a set of `n` glyphs. */
export function glyphCellPx(n: number): number {
  return Math.min(56, Math.floor(signAtlas.rowWidthPx / Math.max(1, n)));
}

/**
 * Draws every name on its own row of one texture (row i: names[i]) and, on the row after them, each of
 * `glyphs` light on dark in a cell of its own (booth numbers are spelled from them), so all signs share
 * one material.
 */
export function drawSignAtlas(names: readonly string[], glyphs: string): CanvasTexture {
  const { rowWidthPx: w, rowHeightPx: h, fontPx, padPx } = signAtlas;
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h * (names.length + 1);
  const g = c.getContext('2d')!;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  names.forEach((name, i) => {
    const y = i * h;
    g.fillStyle = '#faf8f3';
    g.fillRect(0, y, w, h);
    g.fillStyle = '#1d232b';
    g.fillRect(0, y, w, 4);
    g.fillRect(0, y + h - 4, w, 4);
    let size: number = fontPx;
    g.font = `700 ${size}px ${fontStack}`;
    const width = g.measureText(name).width;
    if (width > w - 2 * padPx) {
      size = Math.floor((size * (w - 2 * padPx)) / width);
      g.font = `700 ${size}px ${fontStack}`;
    }
    g.fillText(name, w / 2, y + h / 2);
  });
  const y = names.length * h;
  const cell = glyphCellPx(glyphs.length);
  g.fillStyle = '#1d232b';
  g.fillRect(0, y, w, h);
  g.fillStyle = '#faf8f3';
  g.font = `700 ${signAtlas.glyphFontPx}px ${fontStack}`;
  [...glyphs].forEach((ch, i) => g.fillText(ch, i * cell + cell / 2, y + h / 2 + 2));
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
