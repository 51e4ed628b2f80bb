/** The budgets, in the units the bench measures (kB = 1,000 bytes, as Vite reports sizes). */
export const budgets = {
  maxDrawCallsAt1000: 150,
  maxDrawCallGrowth10kOver1k: 1.1,
  minNaiveOverOptimisedDrawCalls: 10,
  maxInitialJsGzipBytes: 120_000,
  maxAllJsGzipBytes: 450_000,
  maxModelBytes: 1_500_000,
  maxFirstFrameMs: 3000,
  maxPickMedianMs: 100,
  maxEntranceFrameOverEmpty: 2,
} as const;

/** Draw calls at each named viewpoint. */
export type CallsByView = Record<string, number | null>;

/** The measured figures the budgets are judged on (null: not measured, which fails). */
export interface BudgetInput {
  calls1000: CallsByView;
  calls10000: CallsByView;
  callsNaive1000: CallsByView;
  initialJsGzipBytes: number | null;
  allJsGzipBytes: number | null;
  modelBytes: number | null;
  firstFrameMs: number | null;
  pickMedianMs: number | null;
  entranceFrameMs: number | null;
  emptyFrameMs: number | null;
}

/** One budget's verdict. */
export interface BudgetVerdict {
  id: string;
  label: string;
  limit: string;
  actual: string;
  pass: boolean;
}

const num = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
const kb = (b: number) => `${(b / 1000).toFixed(1)} kB`;
const fixed = (x: number, d = 2) => x.toFixed(d);

/** Worst per-viewpoint value of f(a[v], b[v]) over the viewpoints of a; null if any is missing. */
function perView(
  a: CallsByView,
  b: CallsByView | null,
  f: (x: number, y: number) => number,
  worst: (xs: number[]) => number,
): { value: number; view: string } | null {
  const views = Object.keys(a);
  if (views.length === 0) return null;
  let best: { value: number; view: string } | null = null;
  for (const v of views) {
    const x = a[v];
    const y = b ? b[v] : 0;
    if (!num(x) || !num(y)) return null;
    const value = f(x, y);
    if (!best || worst([best.value, value]) === value) best = { value, view: v };
  }
  return best;
}

/** Judges every budget; anything not measured fails rather than passing by default. */
export function evaluateBudgets(m: BudgetInput): BudgetVerdict[] {
  const out: BudgetVerdict[] = [];
  const add = (id: string, label: string, limit: string, actual: string, pass: boolean) =>
    out.push({ id, label, limit, actual, pass });
  const missing = 'not measured';

  const maxCalls = perView(
    m.calls1000,
    null,
    (x) => x,
    (xs) => Math.max(...xs),
  );
  add(
    'draw-calls-1000',
    'Draw calls, every viewpoint, 1,000 instruments',
    `≤ ${budgets.maxDrawCallsAt1000}`,
    maxCalls ? `${maxCalls.value} (${maxCalls.view})` : missing,
    !!maxCalls && maxCalls.value <= budgets.maxDrawCallsAt1000,
  );

  const growth = perView(
    m.calls10000,
    m.calls1000,
    (x, y) => (y > 0 ? x / y : Infinity),
    (xs) => Math.max(...xs),
  );
  add(
    'draw-calls-10k-growth',
    'Draw calls 10,000 / 1,000 instruments',
    `≤ ${budgets.maxDrawCallGrowth10kOver1k}×`,
    growth ? `${fixed(growth.value)}× (${growth.view})` : missing,
    !!growth && growth.value <= budgets.maxDrawCallGrowth10kOver1k,
  );

  const naive = perView(
    m.callsNaive1000,
    m.calls1000,
    (x, y) => (y > 0 ? x / y : 0),
    (xs) => Math.min(...xs),
  );
  add(
    'naive-ratio',
    'Draw calls naive / optimised (1,000)',
    `≥ ${budgets.minNaiveOverOptimisedDrawCalls}×`,
    naive ? `${fixed(naive.value, 1)}× (${naive.view})` : missing,
    !!naive && naive.value >= budgets.minNaiveOverOptimisedDrawCalls,
  );

  const bytes = [
    ['initial-js', 'Initial JS (gzip)', m.initialJsGzipBytes, budgets.maxInitialJsGzipBytes],
    ['all-js', 'All JS (gzip)', m.allJsGzipBytes, budgets.maxAllJsGzipBytes],
    ['models', 'All models', m.modelBytes, budgets.maxModelBytes],
  ] as const;
  for (const [id, label, value, limit] of bytes)
    add(id, label, `≤ ${kb(limit)}`, num(value) ? kb(value) : missing, num(value) && value <= limit);

  add(
    'first-frame',
    'Time to first frame (loopback)',
    `≤ ${budgets.maxFirstFrameMs} ms`,
    num(m.firstFrameMs) ? `${Math.round(m.firstFrameMs)} ms` : missing,
    num(m.firstFrameMs) && m.firstFrameMs <= budgets.maxFirstFrameMs,
  );
  add(
    'pick-latency',
    'Pick latency, median of clicks on hero instruments',
    `≤ ${budgets.maxPickMedianMs} ms`,
    num(m.pickMedianMs) ? `${m.pickMedianMs.toFixed(1)} ms` : missing,
    num(m.pickMedianMs) && m.pickMedianMs <= budgets.maxPickMedianMs,
  );

  const ratio =
    num(m.entranceFrameMs) && num(m.emptyFrameMs) && m.emptyFrameMs > 0
      ? m.entranceFrameMs / m.emptyFrameMs
      : null;
  add(
    'entrance-frame',
    'Frame time at the entrance / empty canvas',
    `≤ ${budgets.maxEntranceFrameOverEmpty}×`,
    ratio !== null
      ? `${fixed(ratio)}× (${m.entranceFrameMs!.toFixed(1)} / ${m.emptyFrameMs!.toFixed(1)} ms)`
      : missing,
    ratio !== null && ratio <= budgets.maxEntranceFrameOverEmpty,
  );
  return out;
}
