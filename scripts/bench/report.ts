import type { FrameSample, ViewStats, Viewpoint } from './drive';
import { viewpoints, viewport } from './drive';
import { median, round } from './stats';
import { formatTable } from './table';

/** The parts of bench/results.json the printed report shows. */
export type Results = {
  machine: {
    webglRenderer: string;
    cpus: number;
    cpuModel: string;
    browser: string;
    gpu: boolean;
    loadAverage1m: number | null;
  };
  config: { quality: string };
  load: {
    firstFrameMs: { median: number };
    readyMs: { median: number };
    runs: { fcpMs: number | null; codeMs: number | null }[];
    transferredBytes: Record<string, number>;
  };
  bundle: { initialJsGzipBytes: number; allJsGzipBytes: number; modelBytes: number };
  scaling: Record<string, { views: Record<Viewpoint, ViewStats>; entranceFrames: FrameSample | null }>;
  naive: { views: Record<Viewpoint, ViewStats>; entranceFrames: FrameSample | null };
  empty: { frames: FrameSample };
  walk: FrameSample & { maxCalls: number; durationMs: number };
  pick: {
    toPanelMs: { n: number; median: number; p95: number };
    toNextFrameMs: { median: number };
    missed: number;
  };
  adaptive: { t: number; dpr: number; factor: number; shadows: boolean }[];
  budgets: { label: string; limit: string; actual: string; pass: boolean }[];
};

/** The printed report: context, then one table per scenario, then the budgets. */
export function report(r: Results): string {
  const kB = (b: number) => round(b / 1000, 1);
  const ms = (x: number | null | undefined) => (x === null || x === undefined ? null : round(x, 1));
  const out: string[] = [];
  out.push(
    `Renderer: ${r.machine.webglRenderer} (${r.machine.gpu ? 'GPU' : 'software'}), ${r.machine.cpus} × ${r.machine.cpuModel}, Chromium ${r.machine.browser}, load average ${r.machine.loadAverage1m}, ${viewport.width}×${viewport.height}, quality=${r.config.quality}`,
  );
  const fcp = median(r.load.runs.map((x) => x.fcpMs ?? NaN));
  const code = median(r.load.runs.map((x) => x.codeMs ?? NaN));
  out.push(
    '',
    formatTable(
      ['Cold load', 'value'],
      [
        ['first contentful paint (2D shell), ms', ms(fcp)],
        ['3D code arrived, ms', ms(code)],
        ['first frame, ms', ms(r.load.firstFrameMs.median)],
        ['__expo.ready, ms', ms(r.load.readyMs.median)],
        ['transferred JS, kB', kB(r.load.transferredBytes.js ?? 0)],
        ['transferred models, kB', kB(r.load.transferredBytes.models ?? 0)],
        ['transferred fonts, kB', kB(r.load.transferredBytes.fonts ?? 0)],
        ['transferred other, kB', kB(r.load.transferredBytes.other ?? 0)],
        ['built JS initial (gzip), kB', kB(r.bundle.initialJsGzipBytes)],
        ['built JS all (gzip), kB', kB(r.bundle.allJsGzipBytes)],
        ['built models, kB', kB(r.bundle.modelBytes)],
      ],
    ),
  );
  const rows: (string | number | null)[][] = [];
  const addRows = (
    label: string,
    v: { views: Record<Viewpoint, ViewStats>; entranceFrames: FrameSample | null },
  ) => {
    for (const k of viewpoints) {
      const s = v.views[k].stats;
      const f = k === 'entrance' ? v.entranceFrames : null;
      rows.push([
        label,
        k,
        s.calls,
        s.triangles,
        s.programs,
        s.geometries,
        s.textures,
        s.instances,
        ms(f?.intervalMs.median),
        ms(f?.intervalMs.p95),
        ms(v.views[k].raycast.ms),
      ]);
    }
  };
  for (const n of Object.keys(r.scaling)) addRows(`${Number(n).toLocaleString('en')}`, r.scaling[n]!);
  addRows('naive 1,000', r.naive);
  rows.push([
    'empty canvas',
    '–',
    null,
    null,
    null,
    null,
    null,
    null,
    ms(r.empty.frames.intervalMs.median),
    ms(r.empty.frames.intervalMs.p95),
    null,
  ]);
  out.push(
    '',
    formatTable(
      [
        'Build / instruments',
        'view',
        'calls',
        'triangles',
        'programs',
        'geoms',
        'textures',
        'instr.',
        'frame p50',
        'frame p95',
        'raycast ms',
      ],
      rows,
    ),
  );
  out.push(
    '',
    formatTable(
      ['Walk / pick', 'value'],
      [
        [`walk ${r.walk.durationMs / 1000} s: frames rendered`, r.walk.frames],
        ['walk frame interval p50, ms', ms(r.walk.intervalMs.median)],
        ['walk frame interval p95, ms', ms(r.walk.intervalMs.p95)],
        ['walk main-thread per frame p50, ms', ms(r.walk.workMs.median)],
        ['walk most draw calls seen', r.walk.maxCalls],
        [
          `pick: click → panel p50, ms (n=${r.pick.toPanelMs.n}, missed ${r.pick.missed})`,
          ms(r.pick.toPanelMs.median),
        ],
        ['pick: click → panel p95, ms', ms(r.pick.toPanelMs.p95)],
        ['pick: click → next frame p50, ms', ms(r.pick.toNextFrameMs.median)],
        [
          'adaptive DPR first → last (factor)',
          `${r.adaptive[0]?.dpr} → ${r.adaptive.at(-1)?.dpr} (${r.adaptive[0]?.factor} → ${r.adaptive.at(-1)?.factor})`,
        ],
      ],
    ),
  );
  out.push(
    '',
    formatTable(
      ['Budget', 'limit', 'measured', 'verdict'],
      r.budgets.map((b) => [b.label, b.limit, b.actual, b.pass ? 'PASS' : 'FAIL']),
    ),
  );
  return out.join('\n');
}
