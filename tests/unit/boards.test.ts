import { describe, expect, it } from 'vitest';
import { exhibits } from '../../src/content/exhibits';
import type { ExhibitFigure } from '../../src/content/schema';
import { zones } from '../../src/content/zones';
import { tierColumns } from '../../src/layout/tierBoard';
import type { PxRect } from '../../src/scene/entrance/atlas';
import { boardPlan, tileColumns } from '../../src/scene/exhibits/boardArt';
import { boardData, tierBoardData } from '../../src/scene/exhibits/boardData';
import { figureGlyph, splitValue } from '../../src/scene/exhibits/figureGlyph';
import { tierBoardPlan } from '../../src/scene/exhibits/tierBoardArt';
import { fakeMeasure } from './fakeMeasure';

const W = 1024;
const H = 768;
const langs = ['zh', 'en'] as const;
const color = (zone: string) => zones.find((z) => z.id === zone)!.color;
const isTiered = (e: (typeof exhibits)[number]) => e.parts.length > 0 && e.parts.every((p) => p.items);
const plain = exhibits.filter((e) => e.kind === 'zone' && !isTiered(e));
const tiered = exhibits.filter((e) => e.kind === 'zone' && isTiered(e));

const within = (a: PxRect, b: PxRect) =>
  a.x >= b.x - 0.5 && a.y >= b.y - 0.5 && a.x + a.w <= b.x + b.w + 0.5 && a.y + a.h <= b.y + b.h + 0.5;
const overlaps = (a: PxRect, b: PxRect) =>
  a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6 && b.y < a.y + a.h - 1e-6;
const face: PxRect = { x: 0, y: 0, w: W, h: H };

const figure = (zh: string, label = '数量', en = zh): ExhibitFigure => ({
  label: { zh: label, en: label },
  value: { zh, en },
  source: 'article',
});

describe('figure pictograms', () => {
  it('reads the pictogram from the figure: dates, money, counts, shares, power, growth, honours', () => {
    expect(figureGlyph(figure('2025年12月20日'))).toEqual({
      kind: 'calendar',
      year: 2025,
      month: 12,
      day: 20,
    });
    expect(figureGlyph(figure('2025年11月'))).toEqual({ kind: 'calendar', year: 2025, month: 11, day: null });
    expect(figureGlyph(figure('突破200亿元')).kind).toBe('money');
    expect(figureGlyph(figure('20家'))).toEqual({ kind: 'count', count: 20, highlight: false });
    expect(figureGlyph(figure('5个（含衡阳县钟表）'))).toEqual({ kind: 'count', count: 5, highlight: true });
    expect(figureGlyph(figure('约一半'))).toEqual({ kind: 'share', fraction: 0.5 });
    expect(figureGlyph(figure('100千瓦')).kind).toBe('power');
    expect(figureGlyph(figure('9.0%')).kind).toBe('growth');
    expect(figureGlyph(figure('中国钟表产业基地', '获评称号')).kind).toBe('honour');
    // A growth rate is no share of a whole: no ring for it, nor for a count too big for an isotype.
    expect(figureGlyph(figure('9.0%')).kind).not.toBe('share');
    expect(figureGlyph(figure('979070家')).kind).toBe('text');
  });

  it('splits a value into the words before, its number, the words after and a note, losing nothing', () => {
    for (const v of [
      '突破200亿元',
      'Over 20 billion yuan',
      '9.0%',
      '100 kW',
      '5个（含衡阳县钟表）',
      '“一区两基地”',
    ]) {
      const p = splitValue(v);
      expect(`${p.before}${p.number}${p.after}${p.note}`.replace(/\s/g, '')).toBe(v.replace(/\s/g, ''));
    }
    expect(splitValue('突破200亿元')).toEqual({ before: '突破', number: '200', after: '亿元', note: '' });
    expect(splitValue('5个（含衡阳县钟表）').note).toBe('（含衡阳县钟表）');
    expect(splitValue('2025年12月20日').number).toBe('');
  });
});

describe('zone board infographics', () => {
  for (const e of plain)
    for (const lang of langs)
      it(`${e.id} (${lang}): a tile for every figure, inside the face, none overlapping, text in its tile`, () => {
        const data = boardData(e, lang, color(e.zone));
        const plan = boardPlan(fakeMeasure, W, H, data);
        expect(plan.tiles.map((t) => t.figure.value)).toEqual(e.figures.map((f) => f.value[lang]));
        expect(plan.title.lines.join(lang === 'en' ? ' ' : '')).toBe(e.title[lang]);
        for (const [i, t] of plan.tiles.entries()) {
          expect(within(t.box, face)).toBe(true);
          expect(t.box.y).toBeGreaterThanOrEqual(plan.ledeY + plan.lede.heightPx);
          expect(t.box.y + t.box.h).toBeLessThanOrEqual(plan.sourceY);
          for (const other of plan.tiles.slice(i + 1)) expect(overlaps(t.box, other.box)).toBe(false);
          expect(within(t.glyph, t.box)).toBe(true);
          expect(within(t.valueBox, t.box)).toBe(true);
          expect(t.value.heightPx).toBeLessThanOrEqual(t.valueBox.h + 0.5);
          const valueW = t.value.text
            ? t.value.text.widthPx
            : t.value.widths.before + t.value.widths.number + t.value.widths.after;
          expect(valueW).toBeLessThanOrEqual(t.valueBox.w + 0.5);
          expect(t.labelY + t.label.heightPx).toBeLessThanOrEqual(t.box.y + t.box.h);
          expect(t.label.widthPx).toBeLessThanOrEqual(t.box.w);
          expect(t.label.lines.join('')).not.toContain('…');
        }
        // The tiles and the band fill most of the face.
        const used = plan.band.h * W + plan.tiles.reduce((a, t) => a + t.box.w * t.box.h, 0);
        expect(used / (W * H)).toBeGreaterThan(0.6);
        expect(
          tileColumns(e.figures.length) * Math.ceil(e.figures.length / tileColumns(e.figures.length)),
        ).toBeGreaterThanOrEqual(e.figures.length);
      });
});

describe('the strategy wall board', () => {
  for (const e of tiered)
    for (const lang of langs)
      it(`${e.id} (${lang}): one column per tier, its count, a bar of one block per industry, its figures`, () => {
        const data = tierBoardData(e, lang, color(e.zone));
        const plan = tierBoardPlan(fakeMeasure, W, H, data);
        const cols = tierColumns(e.parts.length);
        expect(plan.columns).toHaveLength(e.parts.length);
        const blocks = new Set(plan.columns.map((c) => c.bar.block));
        expect(blocks.size).toBe(1);
        for (const [i, c] of plan.columns.entries()) {
          const part = e.parts[i]!;
          expect(c.count).toBe(String(part.items!.length));
          expect(c.bar.n).toBe(part.items!.length);
          expect(c.bar.n * c.bar.block).toBeLessThanOrEqual(c.box.w + 0.5);
          // Within the column the hotspots and clicks use.
          expect(c.box.x).toBeGreaterThanOrEqual(cols[i]!.left * W);
          expect(c.box.x + c.box.w).toBeLessThanOrEqual(cols[i]!.right * W);
          expect(c.chips.map((ch) => ch.figure.value)).toEqual(
            e.figures.filter((f) => f.part === part.id).map((f) => f.value[lang]),
          );
          const itemsEnd = c.items.reduce((y, t) => y + t.heightPx + c.itemPx * 0.35, c.itemsY);
          const chipsTop = c.chips[0]?.box.y ?? c.box.y + c.box.h;
          expect(itemsEnd).toBeLessThanOrEqual(chipsTop + 0.5);
          for (const [k, t] of c.items.entries()) {
            expect(t.lines.join(lang === 'en' ? ' ' : '')).toBe(part.items![k]![lang]);
            expect(t.widthPx).toBeLessThanOrEqual(c.box.w);
          }
          for (const ch of c.chips) {
            expect(within(ch.box, c.box)).toBe(true);
            expect(ch.ring !== null).toBe(ch.figure.glyph.kind === 'share');
          }
        }
      });
});
