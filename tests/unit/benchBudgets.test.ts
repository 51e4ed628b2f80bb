import { describe, expect, it } from 'vitest';
import { evaluateBudgets } from '../../scripts/bench/budgets';
import type { BudgetInput } from '../../scripts/bench/budgets';

const good: BudgetInput = {
  calls1000: { entrance: 60, frontier: 80, overview: 100 },
  calls10000: { entrance: 60, frontier: 81, overview: 105 },
  callsNaive1000: { entrance: 900, frontier: 1000, overview: 1100 },
  initialJsGzipBytes: 110_000,
  allJsGzipBytes: 440_000,
  modelBytes: 400_000,
  firstFrameMs: 900,
  pickMedianMs: 40,
  entranceFrameMs: 20,
  emptyFrameMs: 16.7,
};

const verdict = (m: BudgetInput, id: string) => evaluateBudgets(m).find((v) => v.id === id)!;

describe('bench budgets', () => {
  it('passes every budget when every figure is within it', () => {
    const all = evaluateBudgets(good);
    expect(all).toHaveLength(9);
    expect(all.filter((v) => !v.pass)).toEqual([]);
  });

  it('fails draw calls on the worst viewpoint and names it', () => {
    const v = verdict({ ...good, calls1000: { ...good.calls1000, overview: 151 } }, 'draw-calls-1000');
    expect(v.pass).toBe(false);
    expect(v.actual).toBe('151 (overview)');
  });

  it('judges growth to 10,000 and the naive ratio per viewpoint', () => {
    expect(
      verdict({ ...good, calls10000: { ...good.calls10000, entrance: 67 } }, 'draw-calls-10k-growth').pass,
    ).toBe(false);
    const naive = verdict(
      { ...good, callsNaive1000: { ...good.callsNaive1000, overview: 999 } },
      'naive-ratio',
    );
    expect(naive.pass).toBe(false);
    expect(naive.actual).toContain('overview');
  });

  it('checks byte, latency and frame-time limits at their edges', () => {
    expect(verdict({ ...good, initialJsGzipBytes: 120_000 }, 'initial-js').pass).toBe(true);
    expect(verdict({ ...good, initialJsGzipBytes: 120_001 }, 'initial-js').pass).toBe(false);
    expect(verdict({ ...good, allJsGzipBytes: 450_001 }, 'all-js').pass).toBe(false);
    expect(verdict({ ...good, modelBytes: 1_500_001 }, 'models').pass).toBe(false);
    expect(verdict({ ...good, firstFrameMs: 3001 }, 'first-frame').pass).toBe(false);
    expect(verdict({ ...good, pickMedianMs: 100 }, 'pick-latency').pass).toBe(true);
    expect(verdict({ ...good, entranceFrameMs: 33.5 }, 'entrance-frame').pass).toBe(false);
    expect(verdict({ ...good, entranceFrameMs: 33.4 }, 'entrance-frame').pass).toBe(true);
  });

  it('fails what was not measured instead of passing it', () => {
    const none = evaluateBudgets({
      ...good,
      calls1000: { entrance: null, frontier: 80, overview: 100 },
      pickMedianMs: null,
      emptyFrameMs: null,
    });
    for (const id of [
      'draw-calls-1000',
      'draw-calls-10k-growth',
      'naive-ratio',
      'pick-latency',
      'entrance-frame',
    ])
      expect(none.find((v) => v.id === id)).toMatchObject({ pass: false });
    expect(none.find((v) => v.id === 'pick-latency')!.actual).toBe('not measured');
  });
});
