/**
 * `npm run bench`: builds the app, serves it on 127.0.0.1 and drives Debian's Chromium through fixed
 * scenarios (cold load, viewpoints at 100 / 1,000 / 10,000 instruments, a naive build and an empty canvas,
 * a 30 s walk, pick latency, adaptive quality), prints a table and writes bench/results.json.
 * Not part of `npm test`. Flags: --no-build (measure the dist/ there is), --quick (short runs, for
 * checking the script itself; its results are marked quick). Env: BENCH_PORT (default 4174),
 * BENCH_QUALITY (low|high; default low under SwiftShader, high on a GPU), BENCH_GPU=0 to force SwiftShader.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { chromiumPath, gpuArgs, swiftShaderArgs, withSandboxFlag } from './chromium';
import { buildApp, choosePort, measureBundle, serve } from './bench/build';
import { evaluateBudgets } from './bench/budgets';
import type { CallsByView } from './bench/budgets';
import { bytesByKind } from './bench/bytes';
import {
  measureViews,
  newContext,
  pickLatency,
  rendererInfo,
  sampleFrames,
  viewpoints,
  viewport,
  walk,
  watchAdaptive,
} from './bench/drive';
import type { FrameSample, ViewStats, Viewpoint } from './bench/drive';
import { median, round, summarise } from './bench/stats';
import { report } from './bench/report';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

/** Scenario lengths, full and --quick. */
const plan = quick
  ? { coldLoads: 1, walkMs: 8_000, entranceFrameMs: 3_000, picks: 4, adaptiveMs: 6_000 }
  : { coldLoads: 3, walkMs: 30_000, entranceFrameMs: 8_000, picks: 20, adaptiveMs: 20_000 };

/** Instrument counts of the scaling scenario. */
const counts = [100, 1000, 10_000] as const;

function gpuPresent(): boolean {
  if (process.env.BENCH_GPU === '0') return false;
  return ['/dev/nvidia0', '/dev/dri/renderD128'].some((p) => existsSync(p)) || process.env.BENCH_GPU === '1';
}

/** Launches Chromium on the GPU when there is one that WebGL can use, else with SwiftShader. */
async function launch(): Promise<{ browser: Browser; gpu: boolean; flags: string[] }> {
  if (gpuPresent()) {
    const flags = withSandboxFlag(gpuArgs);
    const browser = await chromium.launch({ executablePath: chromiumPath, args: flags });
    const info = await rendererInfo(browser);
    if (!/swiftshader|llvmpipe|no webgl/i.test(info.renderer)) return { browser, gpu: true, flags };
    await browser.close();
  }
  const flags = withSandboxFlag(swiftShaderArgs);
  return { browser: await chromium.launch({ executablePath: chromiumPath, args: flags }), gpu: false, flags };
}

/** Bytes received per request (CDP Network), with the resource type and MIME type. */
function recordTransfers(cdp: CDPSession) {
  const reqs = new Map<string, { url: string; type?: string; mimeType?: string; bytes: number }>();
  cdp.on('Network.requestWillBeSent', (e) =>
    reqs.set(e.requestId, { url: e.request.url, type: e.type, bytes: 0 }),
  );
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r) Object.assign(r, { type: e.type, mimeType: e.response.mimeType });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId);
    if (r) r.bytes = e.encodedDataLength;
  });
  // data: and blob: URLs (the model loaders' decoded textures) are read from memory, not transferred.
  return () => [...reqs.values()].filter((r) => !/^(data|blob):/.test(r.url));
}

async function waitReady(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 180_000, polling: 50 });
}

async function main() {
  const started = Date.now();
  if (!args.has('--no-build')) buildApp(root);
  const bundle = await measureBundle(join(root, 'dist'));
  const port = await choosePort(Number(process.env.BENCH_PORT ?? 4174));
  const server = await serve(root, port);
  const { browser, gpu, flags } = await launch();
  const quality =
    process.env.BENCH_QUALITY === 'high' || process.env.BENCH_QUALITY === 'low'
      ? process.env.BENCH_QUALITY
      : gpu
        ? 'high'
        : 'low';
  const base = `${server.url}/?test&quality=${quality}&adaptive=0`;
  const log = (s: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0)} s] ${s}`);
  try {
    const renderer = await rendererInfo(browser);
    log(`renderer: ${renderer.renderer}`);

    // Cold loads: a fresh context (empty cache) each; the last page stays open for the 1,000 scenarios.
    const loads: {
      firstFrameMs: number | null;
      readyMs: number | null;
      fcpMs: number | null;
      codeMs: number | null;
    }[] = [];
    let transfers: ReturnType<ReturnType<typeof recordTransfers>> = [];
    let main: Page | null = null;
    for (let i = 0; i < plan.coldLoads; i++) {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      const cdp = await ctx.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      const transferred = recordTransfers(cdp);
      await page.goto(base);
      await waitReady(page);
      const t = await page.evaluate(() => window.__expo.timing());
      loads.push({
        firstFrameMs: t.firstFrameMs,
        readyMs: t.readyMs,
        fcpMs: t.firstContentfulPaintMs,
        codeMs: t.codeMs,
      });
      transfers = transferred();
      log(
        `cold load ${i + 1}: first frame ${Math.round(t.firstFrameMs ?? NaN)} ms, ready ${Math.round(t.readyMs ?? NaN)} ms`,
      );
      if (i < plan.coldLoads - 1) await ctx.close();
      else main = page;
    }

    // 1,000 instruments (the default): viewpoints, the walk, pick latency.
    const scale: Record<number, { views: Record<Viewpoint, ViewStats>; entranceFrames: FrameSample | null }> =
      {};
    scale[1000] = await measureViews(main!, plan.entranceFrameMs);
    log('viewpoints at 1,000 done');
    const walked = await walk(main!, plan.walkMs);
    log(`walk: ${walked.frames} frames in ${plan.walkMs / 1000} s`);
    const picks = await pickLatency(main!, plan.picks);
    log(`picks: ${picks.clicks.length} clicks, ${picks.missed} missed`);
    await main!.context().close();

    const openAt = async (query: string, ready = true) => {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      await page.goto(`${base}${query}`);
      if (ready) await waitReady(page);
      return page;
    };
    for (const n of counts.filter((c) => c !== 1000)) {
      const page = await openAt(`&instruments=${n}`);
      scale[n] = await measureViews(page, plan.entranceFrameMs);
      await page.context().close();
      log(`viewpoints at ${n} done`);
    }
    const naivePage = await openAt('&naive');
    const naive = await measureViews(naivePage, plan.entranceFrameMs);
    await naivePage.context().close();
    log('naive build done');

    const emptyPage = await openAt('&empty', false);
    await emptyPage.waitForFunction(() => (window.__expo?.stats()?.frames ?? 0) > 30, null, {
      timeout: 120_000,
    });
    await emptyPage.waitForTimeout(1500);
    const emptyFrames = await sampleFrames(emptyPage, plan.entranceFrameMs);
    const emptyStats = await emptyPage.evaluate(() => window.__expo.stats());
    await emptyPage.context().close();
    log('empty canvas done');

    const adaptivePage = await (async () => {
      const ctx = await newContext(browser);
      const page = await ctx.newPage();
      await page.goto(`${server.url}/?test&quality=${quality}`);
      await waitReady(page);
      return page;
    })();
    const adaptive = await watchAdaptive(adaptivePage, plan.adaptiveMs);
    await adaptivePage.context().close();
    log('adaptive quality done');

    // Figures and verdicts.
    const callsAt = (v: Record<Viewpoint, ViewStats>): CallsByView =>
      Object.fromEntries(viewpoints.map((k) => [k, v[k].stats.calls]));
    const pickMs = picks.clicks.map((c) => c.toPanelMs);
    const firstFrameMs = median(loads.map((l) => l.firstFrameMs ?? NaN));
    const entranceMs = scale[1000]!.entranceFrames?.intervalMs.median ?? NaN;
    const emptyMs = emptyFrames.intervalMs.median;
    const verdicts = evaluateBudgets({
      calls1000: callsAt(scale[1000]!.views),
      calls10000: callsAt(scale[10_000]!.views),
      callsNaive1000: callsAt(naive.views),
      initialJsGzipBytes: bundle.initialJsGzipBytes,
      allJsGzipBytes: bundle.allJsGzipBytes,
      modelBytes: bundle.modelBytes,
      firstFrameMs: Number.isFinite(firstFrameMs) ? firstFrameMs : null,
      pickMedianMs: pickMs.length ? median(pickMs) : null,
      entranceFrameMs: Number.isFinite(entranceMs) ? entranceMs : null,
      emptyFrameMs: Number.isFinite(emptyMs) ? emptyMs : null,
    });

    const commit = execSync('git rev-parse --short HEAD', { cwd: root }).toString().trim();
    const dirty = execSync('git status --porcelain', { cwd: root }).toString().trim() !== '';
    const results = {
      date: new Date().toISOString(),
      commit: dirty ? `${commit}+dirty` : commit,
      quick,
      durationS: Math.round((Date.now() - started) / 1000),
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGiB: Math.round(os.totalmem() / 2 ** 30),
        os: `${os.type()} ${os.release()}`,
        loadAverage1m: round(os.loadavg()[0] ?? NaN, 2),
        node: process.version,
        browser: renderer.version,
        webglRenderer: renderer.renderer,
        webglVendor: renderer.vendor,
        gpu,
        chromiumFlags: flags,
      },
      config: {
        viewport,
        quality,
        adaptive: 'off (fixed DPR) except the adaptive scenario',
        reducedMotion: true,
        plan,
      },
      load: {
        runs: loads,
        firstFrameMs: summarise(loads.map((l) => l.firstFrameMs ?? NaN)),
        readyMs: summarise(loads.map((l) => l.readyMs ?? NaN)),
        transferredBytes: bytesByKind(transfers),
        requests: transfers.map((r) => ({
          url: r.url.replace(server.url, ''),
          type: r.type,
          bytes: r.bytes,
        })),
      },
      bundle,
      scaling: Object.fromEntries(counts.map((n) => [n, scale[n]!])),
      naive,
      empty: { frames: emptyFrames, stats: emptyStats },
      walk: { path: 'layout/path.ts benchWalk', durationMs: plan.walkMs, ...walked },
      pick: {
        ...picks,
        toPanelMs: summarise(pickMs),
        toNextFrameMs: summarise(picks.clicks.map((c) => c.toNextFrameMs)),
      },
      adaptive,
      ratios: {
        naiveOverOptimisedCalls: Object.fromEntries(
          viewpoints.map((v) => [
            v,
            round(naive.views[v].stats.calls / scale[1000]!.views[v].stats.calls, 2),
          ]),
        ),
        naiveOverOptimisedFrameMs: round((naive.entranceFrames?.intervalMs.median ?? NaN) / entranceMs, 2),
        entranceOverEmptyFrameMs: round(entranceMs / emptyMs, 2),
        calls10kOver1k: Object.fromEntries(
          viewpoints.map((v) => [
            v,
            round(scale[10_000]!.views[v].stats.calls / scale[1000]!.views[v].stats.calls, 2),
          ]),
        ),
      },
      budgets: verdicts,
    };
    const outDir = join(root, 'bench');
    await mkdir(outDir, { recursive: true });
    const outFile = join(outDir, quick ? 'results.quick.json' : 'results.json');
    await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\n${report(results)}\n\nwrote ${outFile.slice(root.length + 1)}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
