import { describe, expect, it } from 'vitest';
import { median, quantile, round, summarise } from '../../scripts/bench/stats';
import { formatTable } from '../../scripts/bench/table';

describe('bench statistics', () => {
  it('takes the median of odd and even samples, in any order', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates the 95th percentile between ranks', () => {
    const xs = Array.from({ length: 101 }, (_, i) => i); // 0..100
    expect(quantile(xs, 0.95)).toBe(95);
    expect(quantile([10, 20], 0.95)).toBeCloseTo(19.5);
    expect(quantile([7], 0.95)).toBe(7);
  });

  it('summarises a sample and drops non-finite values', () => {
    const s = summarise([16, 17, NaN, 18, 100, Infinity]);
    expect(s).toMatchObject({ n: 4, median: 17.5, min: 16, max: 100 });
    expect(s.mean).toBeCloseTo(37.75);
    expect(s.p95).toBeCloseTo(87.7);
    expect(summarise([]).n).toBe(0);
  });

  it('rounds for reports and keeps NaN as null (valid JSON)', () => {
    expect(round(1.2345, 2)).toBe(1.23);
    expect(round(NaN)).toBeNull();
  });

  it('lays out a table with numbers right-aligned and missing cells as dashes', () => {
    const t = formatTable(
      ['name', 'ms'],
      [
        ['a', 5],
        ['bbb', 12.5],
        ['c', null],
      ],
    );
    expect(t.split('\n')).toEqual(['name    ms', '----  ----', 'a        5', 'bbb   12.5', 'c        –']);
  });
});
