import { describe, expect, it } from 'vitest';
import { fitText, font, wrapText } from '../../src/scene/canvasText';
import { fakeMeasure } from './fakeMeasure';

describe('canvas text fitting', () => {
  it('wraps English by word and Chinese by character, keeping a short quoted name whole', () => {
    const f = font(400, 10);
    expect(wrapText(fakeMeasure, 'one two three four', f, 60)).toEqual(['one two', 'three four']);
    expect(wrapText(fakeMeasure, '“稳五进三布二”战略墙', f, 85)).toEqual(['“稳五进三布二”', '战略墙']);
    // Closing punctuation never starts a line.
    for (const line of wrapText(fakeMeasure, '衡阳，计量。衡器，钟表。', f, 30))
      expect(line).not.toMatch(/^[，。]/);
  });

  it('picks the largest size that fits the box, in lines of even length', () => {
    const t = fitText(fakeMeasure, '前沿计量仪器展区', 440, 200, {
      weight: 800,
      maxPx: 80,
      minPx: 14,
      maxLines: 3,
    });
    expect(t.lines).toEqual(['前沿计量', '仪器展区']);
    expect(t.px).toBeLessThanOrEqual(80);
    expect(t.widthPx).toBeLessThanOrEqual(440);
    expect(t.heightPx).toBeLessThanOrEqual(200);
  });

  it('prefers one line at a slightly smaller size to two lines', () => {
    const t = fitText(fakeMeasure, '创新成果展区', 440, 200, {
      weight: 800,
      maxPx: 80,
      minPx: 14,
      maxLines: 3,
    });
    expect(t.lines).toEqual(['创新成果展区']);
    expect(t.px).toBeGreaterThanOrEqual(70);
  });

  it('never overflows: text too long even at the smallest size is cut with an ellipsis', () => {
    const long = 'a very long sentence that cannot possibly fit into such a small box at all';
    const t = fitText(fakeMeasure, long, 120, 30, { weight: 400, maxPx: 20, minPx: 10, maxLines: 2 });
    expect(t.lines.length).toBeLessThanOrEqual(2);
    expect(t.lines.at(-1)).toMatch(/…$/);
    expect(t.heightPx).toBeLessThanOrEqual(30);
    for (const l of t.lines) expect(fakeMeasure(l, t.font)).toBeLessThanOrEqual(120);
  });
});
