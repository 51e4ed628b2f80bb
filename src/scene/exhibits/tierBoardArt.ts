/**
 * A tiered board's face (the strategy wall, 5 | 3 | 2): the title on the zone's band, then one column
 * per tier with its count, its name, a bar of one block per industry (the tiers' counts are comparable,
 * so the bars compare them), the industries it lists, and the article's figures for that tier.
 * Pure functions of a 2D context and data (no DOM, no three).
 */
import { tierBoard, tierColumns } from '../../layout/tierBoard';
import type { Ctx2D, FittedText, Measure } from '../canvasText';
import { drawFitted, fitText, font } from '../canvasText';
import type { PxRect } from '../entrance/atlas';
import type { BoardFigure, BoardFrame, SetValue } from './boardArt';
import { boardFrame, boardInk, drawBoardFrame, drawValue, setValue } from './boardArt';
import { drawGlyph } from './pictograms';

/** One tier: its name, the industries it lists and the figures the article gives for it. */
export interface TierData {
  id: string;
  name: string;
  items: readonly string[];
  figures: readonly BoardFigure[];
}

/** What a tiered board shows, in one language. */
export interface TierBoardData {
  title: string;
  tiers: readonly TierData[];
  source: string;
  color: string;
}

/** A figure on a tier column: its box, value and label. */
export interface TierChip {
  figure: BoardFigure;
  box: PxRect;
  /** Where a share's ring chart goes, if the figure is a share of a whole. */
  ring: PxRect | null;
  value: SetValue;
  valueBox: PxRect;
  label: FittedText;
}

/** One column's plan. */
export interface TierColumnPlan {
  tier: TierData;
  box: PxRect;
  count: string;
  countPx: number;
  name: FittedText;
  bar: { x: number; y: number; block: number; n: number };
  items: FittedText[];
  itemsY: number;
  itemPx: number;
  chips: TierChip[];
}

/** The tiered board's drawing plan, px of its texture. */
export interface TierBoardPlan extends BoardFrame {
  columns: TierColumnPlan[];
}

/** Item sizes to try, as shares of the texture's height, largest first. */
const itemSizes = [0.05, 0.046, 0.042, 0.038, 0.034, 0.03, 0.027, 0.024] as const;

/** Lays out a tiered board in a w × h texture; columns follow tierColumns so hotspots and clicks match. */
export function tierBoardPlan(measure: Measure, w: number, h: number, d: TierBoardData): TierBoardPlan {
  const frame = boardFrame(measure, w, h, d, 0.125, 0.55);
  const { pad, sourceY } = frame;
  const cols = tierColumns(d.tiers.length);
  const top = tierBoard.columnsTopFrac * h;
  const bottom = sourceY - pad * 0.4;
  const maxCount = Math.max(1, ...d.tiers.map((t) => t.items.length));
  const chipH = h * 0.078;
  const columns = d.tiers.map((tier, i): TierColumnPlan => {
    const col = cols[i]!;
    const cp = w * 0.018;
    const box: PxRect = {
      x: col.left * w + cp,
      y: top,
      w: (col.right - col.left) * w - 2 * cp,
      h: bottom - top,
    };
    const count = String(tier.items.length);
    const countPx = h * 0.13;
    const countW = measure(count, font(800, countPx));
    const name = fitText(measure, tier.name, box.w - countW - 12, countPx, {
      weight: 800,
      maxPx: h * 0.075,
      minPx: 14,
      maxLines: 2,
      lineHeight: 1.05,
    });
    const block = Math.min(box.w / maxCount, h * 0.05);
    const bar = { x: box.x, y: top + countPx * 1.02, block, n: tier.items.length };
    const itemsY = bar.y + block * 0.7 + h * 0.025;
    const chipsTop = bottom - tier.figures.length * chipH;
    const chips = tier.figures.map((figure, k): TierChip => {
      const cb: PxRect = { x: box.x, y: chipsTop + k * chipH, w: box.w, h: chipH - 6 };
      // A share of a whole gets its ring chart in front of the value.
      const ring: PxRect | null =
        figure.glyph.kind === 'share' ? { x: cb.x + 10, y: cb.y + 6, w: cb.h - 12, h: cb.h - 12 } : null;
      const vx = ring ? ring.x + ring.w + 8 : cb.x + 12;
      const valueBox: PxRect = { x: vx, y: cb.y + 4, w: cb.x + cb.w * 0.45 - vx, h: cb.h - 8 };
      const value = setValue(measure, { ...figure.parts, note: '' }, valueBox.w, valueBox.h, valueBox.h);
      const lx = valueBox.x + valueBox.w + 8;
      const label = fitText(measure, figure.label, cb.x + cb.w - 8 - lx, cb.h - 8, {
        weight: 600,
        maxPx: h * 0.03,
        minPx: 9,
        maxLines: 2,
        lineHeight: 1.1,
      });
      return { figure, box: cb, ring, value, valueBox, label };
    });
    const room = chipsTop - h * 0.015 - itemsY;
    let items: FittedText[] = [];
    let itemPx = 0;
    for (const share of itemSizes) {
      const px = share * h;
      items = tier.items.map((it) =>
        fitText(measure, it, box.w - px * 0.9, px * 3.6, {
          weight: 600,
          maxPx: px,
          minPx: px,
          maxLines: 3,
          lineHeight: 1.15,
        }),
      );
      itemPx = px;
      if (!items.some((t) => t.cut) && items.reduce((s, t) => s + t.heightPx + px * 0.35, 0) <= room) break;
    }
    return { tier, box, count, countPx, name, bar, items, itemsY, itemPx, chips };
  });
  return { ...frame, columns };
}

/** Draws a tiered board from its plan. */
export function drawTierBoard(
  g: Ctx2D,
  plan: TierBoardPlan,
  w: number,
  h: number,
  d: TierBoardData,
  pale: string,
): void {
  drawBoardFrame(g, plan, w, h, d.color);
  plan.columns.forEach((c, i) => {
    if (i > 0) {
      g.fillStyle = pale;
      g.fillRect(c.box.x - w * 0.018 - 2, c.box.y, 4, c.box.h);
    }
    g.save();
    g.textBaseline = 'top';
    g.fillStyle = d.color;
    g.font = font(800, c.countPx);
    g.fillText(c.count, c.box.x, c.box.y - c.countPx * 0.08);
    const countW = g.measureText(c.count).width;
    g.restore();
    drawFitted(
      g,
      c.name,
      c.box.x + countW + 12,
      c.box.y + (c.countPx - c.name.heightPx) / 2,
      boardInk.ink,
      'left',
      1.05,
    );
    for (let k = 0; k < c.bar.n; k++) {
      g.fillStyle = d.color;
      g.fillRect(c.bar.x + k * c.bar.block, c.bar.y, c.bar.block * 0.86, c.bar.block * 0.7);
    }
    let y = c.itemsY;
    for (const it of c.items) {
      g.fillStyle = d.color;
      g.fillRect(c.box.x, y + c.itemPx * 0.4, c.itemPx * 0.32, c.itemPx * 0.32);
      drawFitted(g, it, c.box.x + c.itemPx * 0.7, y, boardInk.ink, 'left', 1.15);
      y += it.heightPx + c.itemPx * 0.35;
    }
    for (const chip of c.chips) {
      g.fillStyle = pale;
      g.beginPath();
      g.roundRect(chip.box.x, chip.box.y, chip.box.w, chip.box.h, 10);
      g.fill();
      if (chip.ring)
        drawGlyph(
          g,
          chip.figure.glyph,
          chip.ring.x,
          chip.ring.y,
          chip.ring.w,
          { accent: d.color, pale: boardInk.white, white: boardInk.white },
          [],
        );
      drawValue(g, chip.value, chip.figure.parts, chip.valueBox, d.color, boardInk.ink);
      const lx = chip.valueBox.x + chip.valueBox.w + 8;
      drawFitted(
        g,
        chip.label,
        lx,
        chip.box.y + (chip.box.h - chip.label.heightPx) / 2,
        boardInk.inkSoft,
        'left',
        1.1,
      );
    }
  });
}
