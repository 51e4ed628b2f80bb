/**
 * A zone board's face as an infographic: the exhibit's title on a band of the zone's colour, its role as
 * a lede, then one tile per figure (a pictogram, the value set large with its unit, the label), and the
 * source. Pure functions of a 2D context and data (no DOM, no three), drawn once per language.
 */
import type { Ctx2D, FittedText, Measure } from '../canvasText';
import { drawFitted, fitText, font } from '../canvasText';
import type { PxRect } from '../entrance/atlas';
import type { FigureGlyph, ValueParts } from './figureGlyph';
import type { GlyphInk } from './pictograms';
import { drawGlyph } from './pictograms';

/** One figure as the board shows it. */
export interface BoardFigure {
  label: string;
  value: string;
  parts: ValueParts;
  glyph: FigureGlyph;
}

/** What a board shows, in one language. */
export interface BoardData {
  title: string;
  lede: string;
  figures: readonly BoardFigure[];
  source: string;
  color: string;
  /** Month names 1–12 for calendar pictograms. */
  months: readonly string[];
}

/** A pale tint of a #rrggbb colour: `share` of it over white. */
export function paleOf(hex: string, share = 0.16): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(255 - (255 - c) * share);
  return `rgb(${mix((n >> 16) & 255)}, ${mix((n >> 8) & 255)}, ${mix(n & 255)})`;
}

/** The board's colours besides the zone's. */
export const boardInk = { paper: '#faf8f3', ink: '#1d232b', inkSoft: '#4a5561', white: '#ffffff' } as const;

/** A figure's value typeset: the number large, the words before and after at `smallPx`, an optional note. */
export interface SetValue {
  /** The whole value as fitted text, when it has no number (or is a date). */
  text: FittedText | null;
  numberPx: number;
  smallPx: number;
  widths: { before: number; number: number; after: number };
  note: FittedText | null;
  heightPx: number;
}

/** One figure's tile: its box, the pictogram's square, the value's box and setting, and the label. */
export interface FigureTile {
  figure: BoardFigure;
  box: PxRect;
  glyph: PxRect;
  valueBox: PxRect;
  value: SetValue;
  label: FittedText;
  labelY: number;
}

/** What every board face has: the zone-coloured band with the title, and the source line at its foot. */
export interface BoardFrame {
  pad: number;
  band: PxRect;
  title: FittedText;
  source: FittedText;
  sourceY: number;
}

/** Lays out a board's band (bandFrac of the height, the title at most titleFrac of it) and source line. */
export function boardFrame(
  measure: Measure,
  w: number,
  h: number,
  text: { title: string; source: string },
  bandFrac: number,
  titleFrac: number,
): BoardFrame {
  const pad = Math.round(w * 0.035);
  const band: PxRect = { x: 0, y: 0, w, h: Math.round(h * bandFrac) };
  const title = fitText(measure, text.title, w - 2 * pad, band.h * 0.84, {
    weight: 800,
    maxPx: band.h * titleFrac,
    minPx: 16,
    maxLines: 2,
    lineHeight: 1.08,
  });
  const source = fitText(measure, text.source, w - 2 * pad, h * 0.04, {
    weight: 500,
    maxPx: h * 0.026,
    minPx: 9,
    maxLines: 1,
  });
  return { pad, band, title, source, sourceY: h - pad * 0.5 - source.heightPx };
}

/** Draws a board's paper, its band and title in the zone's colour, and its source line. */
export function drawBoardFrame(g: Ctx2D, f: BoardFrame, w: number, h: number, color: string): void {
  g.fillStyle = boardInk.paper;
  g.fillRect(0, 0, w, h);
  g.fillStyle = color;
  g.fillRect(f.band.x, f.band.y, f.band.w, f.band.h);
  drawFitted(g, f.title, f.pad, (f.band.h - f.title.heightPx) / 2, boardInk.white, 'left', 1.08);
  drawFitted(g, f.source, f.pad, f.sourceY, boardInk.inkSoft);
}

/** The board's drawing plan, px of its texture. */
export interface BoardPlan extends BoardFrame {
  lede: FittedText;
  ledeY: number;
  tiles: FigureTile[];
}

/** Tiles per row for n figures: side by side up to three, then two rows. */
export function tileColumns(n: number): number {
  return n <= 3 ? Math.max(1, n) : Math.ceil(n / 2);
}

/** A value set as plain text (it has no number, or its number cannot be set apart), with its note. */
function asText(text: FittedText, note: FittedText | null): SetValue {
  const none = { before: 0, number: 0, after: 0 };
  return {
    text,
    numberPx: 0,
    smallPx: 0,
    widths: none,
    note,
    heightPx: text.heightPx + (note?.heightPx ?? 0),
  };
}

/** Sets a value in a w × h box: its number as large as fits (up to maxPx), the rest at half that size. */
export function setValue(measure: Measure, p: ValueParts, w: number, h: number, maxPx: number): SetValue {
  const noteH = p.note ? h * 0.3 : 0;
  const note = p.note
    ? fitText(measure, p.note, w, noteH, { weight: 500, maxPx: noteH / 1.2, minPx: 10, maxLines: 2 })
    : null;
  const mainH = h - (note?.heightPx ?? 0);
  if (!p.number) {
    const text = fitText(measure, p.before, w, mainH, {
      weight: 800,
      maxPx: Math.min(maxPx * 0.6, mainH / 1.15),
      minPx: 12,
      maxLines: 2,
      lineHeight: 1.1,
    });
    return asText(text, note);
  }
  for (let px = Math.min(maxPx, mainH / 1.05); px >= 12; px = Math.floor(px * 0.94)) {
    const small = px * 0.45;
    const widths = {
      before: p.before ? measure(p.before, font(600, small)) : 0,
      number: measure(p.number, font(800, px)),
      after: p.after ? measure(p.after, font(600, small)) : 0,
    };
    if (widths.before + widths.number + widths.after <= w)
      return {
        text: null,
        numberPx: px,
        smallPx: small,
        widths,
        note,
        heightPx: px * 1.05 + (note?.heightPx ?? 0),
      };
  }
  const text = fitText(measure, `${p.before}${p.number}${p.after}`, w, mainH, {
    weight: 800,
    maxPx: mainH / 1.15,
    minPx: 10,
    maxLines: 2,
  });
  return asText(text, note);
}

/** Lays the board out in a w × h texture: band and title, lede, a grid of figure tiles, source line. */
export function boardPlan(measure: Measure, w: number, h: number, d: BoardData): BoardPlan {
  const frame = boardFrame(measure, w, h, d, 0.17, 0.62);
  const { pad, band, sourceY } = frame;
  const ledeY = band.h + pad * 0.6;
  const lede = fitText(measure, d.lede, w - 2 * pad, h * 0.13, {
    weight: 600,
    maxPx: h * 0.052,
    minPx: 14,
    maxLines: 2,
    lineHeight: 1.2,
  });
  const top = ledeY + lede.heightPx + pad * 0.6;
  const bottom = sourceY - pad * 0.5;
  const cols = tileColumns(d.figures.length);
  const rows = Math.max(1, Math.ceil(d.figures.length / cols));
  const gap = pad * 0.6;
  const tw = (w - 2 * pad - (cols - 1) * gap) / cols;
  const th = (bottom - top - (rows - 1) * gap) / rows;
  // Tiles taller than wide stack pictogram, value and label; wide ones put the value beside the pictogram.
  const stacked = th > tw * 0.62;
  const tiles = d.figures.map((figure, i): FigureTile => {
    const box: PxRect = {
      x: pad + (i % cols) * (tw + gap),
      y: top + Math.floor(i / cols) * (th + gap),
      w: tw,
      h: th,
    };
    const ip = Math.round(Math.min(tw, th) * 0.07);
    const inner = tw - 2 * ip - 8;
    const gs = stacked ? Math.min(inner * 0.42, th * 0.34) : Math.min(th * 0.5, tw * 0.3);
    const glyph: PxRect = { x: box.x + ip + 8, y: box.y + ip, w: gs, h: gs };
    const valueBox: PxRect = stacked
      ? { x: glyph.x, y: glyph.y + gs + ip * 0.5, w: inner, h: th * 0.25 }
      : { x: glyph.x + gs + ip, y: box.y + ip, w: box.x + tw - ip - (glyph.x + gs + ip), h: gs };
    const value = setValue(measure, figure.parts, valueBox.w, valueBox.h, stacked ? valueBox.h : gs * 0.9);
    const labelY = (stacked ? valueBox.y + valueBox.h : glyph.y + gs) + ip * 0.6;
    const label = fitText(measure, figure.label, inner, box.y + th - ip * 0.6 - labelY, {
      weight: 600,
      maxPx: h * 0.047,
      minPx: 12,
      maxLines: 3,
      lineHeight: 1.15,
    });
    return { figure, box, glyph, valueBox, value, label, labelY };
  });
  return { ...frame, lede, ledeY, tiles };
}

/** Draws a set value at the left of its box, centred vertically: the number in the accent colour. */
export function drawValue(
  g: Ctx2D,
  v: SetValue,
  p: ValueParts,
  box: PxRect,
  accent: string,
  ink: string,
): void {
  let y = box.y + (box.h - v.heightPx) / 2;
  if (v.text) {
    drawFitted(g, v.text, box.x, y, accent, 'left', 1.1);
    y += v.text.heightPx;
  } else {
    g.save();
    g.textBaseline = 'alphabetic';
    const base = y + v.numberPx * 0.88;
    let x = box.x;
    g.fillStyle = ink;
    g.font = font(600, v.smallPx);
    if (p.before) g.fillText(p.before, x, base);
    x += v.widths.before;
    g.fillStyle = accent;
    g.font = font(800, v.numberPx);
    g.fillText(p.number, x, base);
    x += v.widths.number;
    g.fillStyle = ink;
    g.font = font(600, v.smallPx);
    if (p.after) g.fillText(p.after, x, base);
    g.restore();
    y += v.numberPx * 1.05;
  }
  if (v.note) drawFitted(g, v.note, box.x, y, boardInk.inkSoft);
}

/** Draws the board from its plan. */
export function drawBoard(
  g: Ctx2D,
  plan: BoardPlan,
  w: number,
  h: number,
  d: BoardData,
  ink: GlyphInk,
): void {
  drawBoardFrame(g, plan, w, h, d.color);
  drawFitted(g, plan.lede, plan.pad, plan.ledeY, boardInk.ink);
  for (const t of plan.tiles) {
    g.fillStyle = ink.pale;
    g.beginPath();
    g.roundRect(t.box.x, t.box.y, t.box.w, t.box.h, 14);
    g.fill();
    g.fillStyle = d.color;
    g.fillRect(t.box.x, t.box.y + 10, 8, t.box.h - 20);
    drawGlyph(g, t.figure.glyph, t.glyph.x, t.glyph.y, t.glyph.w, { ...ink, pale: boardInk.white }, d.months);
    drawValue(g, t.value, t.figure.parts, t.valueBox, d.color, boardInk.ink);
    drawFitted(g, t.label, t.glyph.x, t.labelY, boardInk.ink, 'left', 1.15);
  }
}
