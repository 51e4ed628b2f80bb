import { CanvasTexture, SRGBColorSpace } from 'three';
import { fontStack } from '../../labelTexture';

/** One row per category name, each a whole fascia sign, pixels. */
export const signAtlas = { rowWidthPx: 1024, rowHeightPx: 96, fontPx: 58, padPx: 48 } as const;

/** Width over height of one sign. */
export const signAspect = signAtlas.rowWidthPx / signAtlas.rowHeightPx;

/** Draws every name on its own row of one texture (row i: names[i]), so all signs share one material. */
export function drawSignAtlas(names: readonly string[]): CanvasTexture {
  const { rowWidthPx: w, rowHeightPx: h, fontPx, padPx } = signAtlas;
  const c = document.createElement('canvas');
  c.width = w;
  c.height = h * names.length;
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
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}
