/** The boards' pictograms, drawn as flat shapes in a square box on a 2D context (no DOM, no three). */
import type { Ctx2D } from '../canvasText';
import { font } from '../canvasText';
import type { FigureGlyph } from './figureGlyph';

/** Colours a pictogram is drawn in: the zone's colour, a pale tint of it, and white. */
export interface GlyphInk {
  accent: string;
  pale: string;
  white: string;
}

/** The grid an isotype of n marks uses: columns and rows, as square as the box allows. */
export function isotypeGrid(n: number): { cols: number; rows: number } {
  const cols = Math.ceil(Math.sqrt(n));
  return { cols, rows: Math.ceil(n / cols) };
}

function roundRect(g: Ctx2D, x: number, y: number, w: number, h: number, r: number, fill: string): void {
  g.fillStyle = fill;
  g.beginPath();
  g.roundRect(x, y, w, h, r);
  g.fill();
}

/** A small factory with a saw-tooth roof, like the hall's own, in a box of size s at (x, y). */
function factory(g: Ctx2D, x: number, y: number, s: number, fill: string): void {
  g.fillStyle = fill;
  g.beginPath();
  g.moveTo(x, y + s);
  g.lineTo(x, y + s * 0.45);
  for (let i = 0; i < 3; i++) {
    g.lineTo(x + (s / 3) * i, y + s * 0.25);
    g.lineTo(x + (s / 3) * (i + 1), y + s * 0.45);
  }
  g.lineTo(x + s, y + s);
  g.closePath();
  g.fill();
}

/**
 * Draws a figure's pictogram in the s × s box at (x, y): a calendar, an isotype of marks, a ring chart,
 * coins, a bolt, rising bars, a medal, a map pin, a shield or a factory. `months` names the months 1–12.
 */
export function drawGlyph(
  g: Ctx2D,
  glyph: FigureGlyph,
  x: number,
  y: number,
  s: number,
  ink: GlyphInk,
  months: readonly string[],
): void {
  const cx = x + s / 2;
  const cy = y + s / 2;
  g.save();
  g.lineCap = 'round';
  g.lineJoin = 'round';
  switch (glyph.kind) {
    case 'calendar': {
      roundRect(g, x + s * 0.06, y + s * 0.1, s * 0.88, s * 0.84, s * 0.08, ink.white);
      g.strokeStyle = ink.accent;
      g.lineWidth = s * 0.04;
      g.beginPath();
      g.roundRect(x + s * 0.06, y + s * 0.1, s * 0.88, s * 0.84, s * 0.08);
      g.stroke();
      roundRect(g, x + s * 0.06, y + s * 0.1, s * 0.88, s * 0.26, s * 0.08, ink.accent);
      g.fillStyle = ink.white;
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.font = font(800, s * 0.17);
      g.fillText(months[glyph.month - 1] ?? String(glyph.month), cx, y + s * 0.235);
      g.fillStyle = ink.accent;
      g.font = font(800, s * (glyph.day === null ? 0.28 : 0.42));
      g.fillText(String(glyph.day ?? glyph.year), cx, y + s * 0.66);
      break;
    }
    case 'count': {
      const { cols, rows } = isotypeGrid(glyph.count);
      const cell = Math.min(s / cols, s / rows);
      const ox = x + (s - cell * cols) / 2;
      const oy = y + (s - cell * rows) / 2;
      for (let i = 0; i < glyph.count; i++) {
        const mx = ox + (i % cols) * cell + cell * 0.1;
        const my = oy + Math.floor(i / cols) * cell + cell * 0.1;
        factory(g, mx, my, cell * 0.8, glyph.highlight && i > 0 ? ink.pale : ink.accent);
      }
      if (glyph.highlight) {
        g.strokeStyle = ink.accent;
        g.lineWidth = Math.max(2, cell * 0.06);
        g.strokeRect(ox + cell * 0.03, oy + cell * 0.03, cell * 0.94, cell * 0.94);
      }
      break;
    }
    case 'share': {
      const r = s * 0.4;
      g.lineWidth = s * 0.16;
      g.strokeStyle = ink.pale;
      g.beginPath();
      g.arc(cx, cy, r, 0, Math.PI * 2);
      g.stroke();
      g.strokeStyle = ink.accent;
      g.lineCap = 'butt';
      g.beginPath();
      g.arc(cx, cy, r, -Math.PI / 2, -Math.PI / 2 + Math.PI * 2 * glyph.fraction);
      g.stroke();
      break;
    }
    case 'money': {
      for (let i = 0; i < 4; i++) {
        const ey = y + s * (0.78 - i * 0.15);
        g.fillStyle = i % 2 ? ink.accent : ink.pale;
        g.beginPath();
        g.ellipse(cx - s * 0.08, ey, s * 0.3, s * 0.1, 0, 0, Math.PI * 2);
        g.fill();
      }
      g.fillStyle = ink.accent;
      g.beginPath();
      g.arc(x + s * 0.7, y + s * 0.3, s * 0.22, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = ink.white;
      g.font = font(800, s * 0.3);
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText('¥', x + s * 0.7, y + s * 0.31);
      break;
    }
    case 'power': {
      g.fillStyle = ink.pale;
      g.beginPath();
      g.arc(cx, cy, s * 0.46, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = ink.accent;
      g.beginPath();
      g.moveTo(x + s * 0.56, y + s * 0.1);
      g.lineTo(x + s * 0.28, y + s * 0.56);
      g.lineTo(x + s * 0.48, y + s * 0.56);
      g.lineTo(x + s * 0.42, y + s * 0.9);
      g.lineTo(x + s * 0.72, y + s * 0.42);
      g.lineTo(x + s * 0.52, y + s * 0.42);
      g.closePath();
      g.fill();
      break;
    }
    case 'growth': {
      [0.3, 0.5, 0.75].forEach((hf, i) =>
        roundRect(
          g,
          x + s * (0.1 + i * 0.28),
          y + s * (0.95 - hf),
          s * 0.2,
          s * hf,
          s * 0.03,
          i === 2 ? ink.accent : ink.pale,
        ),
      );
      g.strokeStyle = ink.accent;
      g.lineWidth = s * 0.06;
      g.beginPath();
      g.moveTo(x + s * 0.1, y + s * 0.55);
      g.lineTo(x + s * 0.45, y + s * 0.35);
      g.lineTo(x + s * 0.82, y + s * 0.1);
      g.moveTo(x + s * 0.62, y + s * 0.1);
      g.lineTo(x + s * 0.82, y + s * 0.1);
      g.lineTo(x + s * 0.82, y + s * 0.3);
      g.stroke();
      break;
    }
    case 'honour': {
      g.fillStyle = ink.pale;
      for (const side of [-1, 1]) {
        g.beginPath();
        g.moveTo(cx + side * s * 0.05, cy);
        g.lineTo(cx + side * s * 0.32, y + s * 0.98);
        g.lineTo(cx + side * s * 0.18, y + s * 0.88);
        g.lineTo(cx + side * s * 0.06, y + s * 0.98);
        g.closePath();
        g.fill();
      }
      g.fillStyle = ink.accent;
      g.beginPath();
      g.arc(cx, y + s * 0.38, s * 0.33, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = ink.white;
      g.beginPath();
      for (let i = 0; i < 10; i++) {
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        const rr = i % 2 ? s * 0.08 : s * 0.19;
        g.lineTo(cx + Math.cos(a) * rr, y + s * 0.38 + Math.sin(a) * rr);
      }
      g.closePath();
      g.fill();
      break;
    }
    case 'place': {
      g.fillStyle = ink.pale;
      g.beginPath();
      g.ellipse(cx, y + s * 0.88, s * 0.36, s * 0.09, 0, 0, Math.PI * 2);
      g.fill();
      g.fillStyle = ink.accent;
      g.beginPath();
      g.arc(cx, y + s * 0.36, s * 0.27, Math.PI * 0.85, Math.PI * 2.15);
      g.lineTo(cx, y + s * 0.86);
      g.closePath();
      g.fill();
      g.fillStyle = ink.white;
      g.beginPath();
      g.arc(cx, y + s * 0.36, s * 0.1, 0, Math.PI * 2);
      g.fill();
      break;
    }
    case 'shield': {
      g.fillStyle = ink.accent;
      g.beginPath();
      g.moveTo(cx, y + s * 0.05);
      g.lineTo(x + s * 0.88, y + s * 0.2);
      g.quadraticCurveTo(x + s * 0.86, y + s * 0.75, cx, y + s * 0.97);
      g.quadraticCurveTo(x + s * 0.14, y + s * 0.75, x + s * 0.12, y + s * 0.2);
      g.closePath();
      g.fill();
      g.strokeStyle = ink.white;
      g.lineWidth = s * 0.08;
      g.beginPath();
      g.moveTo(x + s * 0.32, y + s * 0.5);
      g.lineTo(x + s * 0.46, y + s * 0.64);
      g.lineTo(x + s * 0.7, y + s * 0.36);
      g.stroke();
      break;
    }
    case 'industry':
      factory(g, x + s * 0.05, y + s * 0.1, s * 0.9, ink.accent);
      break;
    case 'text':
      g.fillStyle = ink.accent;
      g.font = font(800, s * 0.9);
      g.textAlign = 'center';
      g.textBaseline = 'middle';
      g.fillText('“', cx, cy + s * 0.2);
      break;
  }
  g.restore();
}
