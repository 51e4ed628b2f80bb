import { CanvasTexture, SRGBColorSpace } from 'three';
import { fontStack } from './canvasText';

/** The UI font stack (kept here too for the signs that import it from this module). */
export { fontStack };

/** Draws a sign: a coloured bar and one or two lines of text; returns the texture and its aspect ratio. */
export function labelTexture(
  lines: readonly string[],
  color: string,
): { texture: CanvasTexture; aspect: number } {
  const h = 256;
  const pad = 48;
  const c = document.createElement('canvas');
  const g = c.getContext('2d')!;
  const sizes = [92, 52];
  const fonts = lines.map((_, i) => `${i === 0 ? 700 : 500} ${sizes[Math.min(i, 1)]}px ${fontStack}`);
  let w = 0;
  lines.forEach((line, i) => {
    g.font = fonts[i]!;
    w = Math.max(w, g.measureText(line).width);
  });
  c.width = Math.min(4096, Math.ceil(w + pad * 2 + 24));
  c.height = h;
  g.fillStyle = 'rgba(250,248,243,0.94)';
  g.beginPath();
  g.roundRect(0, 0, c.width, h, 28);
  g.fill();
  g.fillStyle = color;
  g.fillRect(0, 0, 24, h);
  g.textBaseline = 'middle';
  lines.forEach((line, i) => {
    g.font = fonts[i]!;
    g.fillStyle = i === 0 ? '#1d232b' : '#4a5561';
    g.fillText(line, pad, lines.length === 1 ? h / 2 : i === 0 ? 92 : 190);
  });
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return { texture, aspect: c.width / h };
}
