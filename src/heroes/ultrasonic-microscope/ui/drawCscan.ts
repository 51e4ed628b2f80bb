/** Canvas drawing of the C-scan: the image building line by line, then the flaws outlined. */
import type { Language } from '../../../content/languages';
import { blitImage, chartFont, chartStyle } from '../../ui/chartStyle';
import { cscanEngine } from '../engine/cscanDemo';
import { cscanPaletteLut, cscanUnscannedRgb, paletteIndex } from '../palette';
import { cscanText as say } from './strings';

/** Display settings of the C-scan image. */
export const cscanChart = {
  scaleBarMm: 2,
} as const;

let rgba = new Uint8ClampedArray(0);

/** The C-scan image so far, the probe position while scanning, and the flaw outlines when done. */
export function drawCscan(g: CanvasRenderingContext2D, w: number, h: number, lang: Language): void {
  const c = cscanEngine.live;
  const n = c.cols * c.rows;
  if (rgba.length !== n * 4) rgba = new Uint8ClampedArray(n * 4);
  for (let i = 0; i < n; i++) {
    const scanned = c.polarity[i] !== 0;
    const k = paletteIndex(c.image[i]!, c.fullScale);
    for (let j = 0; j < 3; j++)
      rgba[4 * i + j] = scanned ? cscanPaletteLut[3 * k + j]! : cscanUnscannedRgb[j]!;
    rgba[4 * i + 3] = 255;
  }
  const side = Math.min(w, h);
  const rect = { x: (w - side) / 2, y: (h - side) / 2, w: side, h: side };
  blitImage(g, rgba, c.cols, c.rows, rect);
  const px = side / c.cols;
  const py = side / c.rows;
  if (c.stage === 'scanning') {
    g.strokeStyle = chartStyle.marker;
    g.lineWidth = 2;
    g.beginPath();
    g.arc(rect.x + c.sweep * side, rect.y + (c.row + 0.5) * py, Math.max(3, px), 0, 2 * Math.PI);
    g.stroke();
  }
  if (c.stage === 'done') {
    for (const flawLabel of [1, 2]) {
      g.strokeStyle = flawLabel === 1 ? chartStyle.flaw : chartStyle.otherFlaw;
      g.lineWidth = 2;
      g.beginPath();
      for (let i = 0; i < n; i++) {
        const label = c.labels[i]!;
        if (label === 0 || (flawLabel === 1) !== (label === 1)) continue;
        const [col, row] = [i % c.cols, Math.floor(i / c.cols)];
        const [x0, y0] = [rect.x + col * px, rect.y + row * py];
        const other = (dc: number, dr: number) => c.labels[(row + dr) * c.cols + col + dc];
        const edges: [boolean, number, number, number, number][] = [
          [row === 0 || other(0, -1) !== label, x0, y0, x0 + px, y0],
          [row === c.rows - 1 || other(0, 1) !== label, x0, y0 + py, x0 + px, y0 + py],
          [col === 0 || other(-1, 0) !== label, x0, y0, x0, y0 + py],
          [col === c.cols - 1 || other(1, 0) !== label, x0 + px, y0, x0 + px, y0 + py],
        ];
        for (const [open, ax, ay, bx, by] of edges) {
          if (!open) continue;
          g.moveTo(ax, ay);
          g.lineTo(bx, by);
        }
      }
      g.stroke();
    }
  }
  // Scale bar, bottom left.
  const bar = (cscanChart.scaleBarMm / c.spanMm) * side;
  const [bx, by] = [rect.x + 8, rect.y + side - 10];
  g.fillStyle = '#ffffff';
  g.fillRect(bx, by, bar, 3);
  g.font = chartFont(chartStyle.fontPx, 600);
  g.textAlign = 'left';
  g.textBaseline = 'bottom';
  g.fillText(say(lang, 'scaleBar', { mm: cscanChart.scaleBarMm }), bx, by - 2);
}
