import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { SceneStats } from '../../src/platform/testProbes';
import { startPose, zonePlacements } from '../../src/layout/hall';
import { benchWalk } from '../../src/layout/path';
import '../../tests/e2e/helpers';
import { median, summarise } from './stats';
import type { Summary } from './stats';

/** The viewport every scenario renders at. */
export const viewport = { width: 1280, height: 720 } as const;

/** The fixed viewpoints, in order: where a visitor arrives, the frontier showcase, the bird's-eye view. */
export const viewpoints = ['entrance', 'frontier', 'overview'] as const;
/** A viewpoint name. */
export type Viewpoint = (typeof viewpoints)[number];

const frontier = zonePlacements['frontier-showcase']!.entry;

/**
 * A fresh browser context (empty cache) at the bench viewport. Service workers are blocked: the offline
 * worker would download its whole precache alongside the page and then answer the page's model fetches
 * from it, so the page's own transfers would hide the models (offline start is an e2e test instead).
 */
export function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    viewport,
    reducedMotion: 'reduce',
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
}

/** Waits until no camera flight runs and `n` more frames have been drawn. */
export async function settle(page: Page, n = 3): Promise<void> {
  await page.waitForFunction(() => !window.__expo.camera().flying, null, { timeout: 60_000, polling: 100 });
  const f0 = await page.evaluate(() => window.__expo.stats().frames);
  await page.waitForFunction((f) => window.__expo.stats().frames >= f, f0 + n, {
    timeout: 60_000,
    polling: 50,
  });
}

/** Puts the camera at a viewpoint and lets it settle. */
export async function goToView(page: Page, view: Viewpoint): Promise<void> {
  if (view === 'overview') await page.evaluate(() => window.__expo.overview());
  else {
    const p = view === 'entrance' ? startPose : frontier;
    await page.evaluate(([x, z, yaw]) => window.__expo.teleport(x, z, yaw), [p.x, p.z, p.yawDeg] as const);
  }
  await settle(page);
}

/** Frame intervals and per-frame main-thread time over `ms` of rendering. */
export interface FrameSample {
  frames: number;
  intervalMs: Summary;
  workMs: Summary;
}

/** Records frames for `ms` and summarises them. */
export async function sampleFrames(page: Page, ms: number): Promise<FrameSample> {
  await page.evaluate(() => window.__expo.startFrames());
  await page.waitForTimeout(ms);
  const log = await page.evaluate(() => window.__expo.stopFrames());
  return { frames: log.workMs.length, intervalMs: summarise(log.intervalsMs), workMs: summarise(log.workMs) };
}

/** Median time of `n` ray casts of what a click at the centre of the canvas would hit, ms. */
export async function raycastMs(page: Page, n = 15): Promise<{ ms: number; hit: string | null }> {
  const r = await page.evaluate(
    ([x, y, k]) => {
      const out: { ms: number; object: string | null }[] = [];
      for (let i = 0; i < k; i++) out.push(window.__expo.pick(x, y)!);
      return out;
    },
    [viewport.width / 2, viewport.height / 2, n] as const,
  );
  return { ms: median(r.map((p) => p.ms)), hit: r[0]?.object ?? null };
}

/** Renderer figures at one viewpoint, with the cost of ray casting a click there. */
export interface ViewStats {
  stats: SceneStats;
  raycast: { ms: number; hit: string | null };
}

/** Visits every viewpoint; at the entrance also samples frame times for `frameMs` after a warm-up. */
export async function measureViews(
  page: Page,
  frameMs: number,
): Promise<{ views: Record<Viewpoint, ViewStats>; entranceFrames: FrameSample | null }> {
  const views = {} as Record<Viewpoint, ViewStats>;
  let entranceFrames: FrameSample | null = null;
  for (const v of viewpoints) {
    await goToView(page, v);
    const stats = await page.evaluate(() => window.__expo.stats());
    views[v] = { stats, raycast: await raycastMs(page) };
    if (v === 'entrance' && frameMs > 0) {
      await page.waitForTimeout(1500);
      entranceFrames = await sampleFrames(page, frameMs);
    }
  }
  return { views, entranceFrames };
}

/** The walk: the fixed path through building A in `ms`, with frame times and the most draw calls seen. */
export async function walk(
  page: Page,
  ms: number,
): Promise<FrameSample & { maxCalls: number; maxTriangles: number; statsSamples: number }> {
  await goToView(page, 'entrance');
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.__expo.startFrames());
  await page.evaluate(({ pts, d }) => window.__expo.walkPath(pts, d), { pts: [...benchWalk], d: ms });
  let maxCalls = 0;
  let maxTriangles = 0;
  let statsSamples = 0;
  while (await page.evaluate(() => window.__expo.walking())) {
    const s = await page.evaluate(() => window.__expo.stats());
    maxCalls = Math.max(maxCalls, s.calls);
    maxTriangles = Math.max(maxTriangles, s.triangles);
    statsSamples++;
    await page.waitForTimeout(1000);
  }
  const log = await page.evaluate(() => window.__expo.stopFrames());
  return {
    frames: log.workMs.length,
    intervalMs: summarise(log.intervalsMs),
    workMs: summarise(log.workMs),
    maxCalls,
    maxTriangles,
    statsSamples,
  };
}

/** The frontier instruments clicked in the pick test, in turn. */
const heroes = ['quantum-gravimeter', 'industrial-ct', 'ultrasonic-microscope'] as const;

/** One click on a hero model: input to panel shown (in the DOM and visible), and to the next frame after it. */
export interface PickTiming {
  id: string;
  toPanelMs: number;
  toNextFrameMs: number;
}

/**
 * Clicks the body of each hero model in turn (`n` clicks), from the frontier viewpoint, and times each
 * click from the input event's timestamp to the info panel being visible.
 */
export async function pickLatency(page: Page, n: number): Promise<{ clicks: PickTiming[]; missed: number }> {
  // Fold the floor plan away: it covers the microscope on the right of the view (as the e2e test does).
  const plan = page.getByRole('button', { name: '平面图', exact: true });
  if ((await plan.getAttribute('aria-expanded')) !== 'false') await plan.click();
  const clicks: PickTiming[] = [];
  let missed = 0;
  for (let i = 0; i < n; i++) {
    const id = heroes[i % heroes.length]!;
    await page.evaluate(([x, z, yaw]) => window.__expo.teleport(x, z, yaw), [0, 40, 0] as const);
    // One drawn frame puts the camera there; frames are slow under SwiftShader, so no more than that.
    await settle(page, 1);
    const at = await page.evaluate((h) => window.__expo.project(`model:${h}`), id);
    if (!at) {
      missed++;
      continue;
    }
    await page.evaluate(() => {
      const probe = { downAt: NaN, shownAt: NaN, frameAt: NaN, done: false };
      (window as unknown as { __pick: typeof probe }).__pick = probe;
      addEventListener('pointerdown', (e) => (probe.downAt = e.timeStamp), { capture: true, once: true });
      const observer = new MutationObserver(() => {
        const el = document.querySelector('.info-panel');
        if (!el || !el.checkVisibility({ visibilityProperty: true })) return;
        probe.shownAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          probe.frameAt = performance.now();
          probe.done = true;
        });
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await page.mouse.click(at.x, at.y);
    const probe = await page
      .waitForFunction(
        () => {
          const p = (
            window as unknown as {
              __pick: { done: boolean; downAt: number; shownAt: number; frameAt: number };
            }
          ).__pick;
          return p.done ? p : null;
        },
        null,
        { timeout: 30_000, polling: 50 },
      )
      .then((h) => h.jsonValue())
      .catch(() => null);
    if (!probe) {
      missed++;
      continue;
    }
    clicks.push({ id, toPanelMs: probe.shownAt - probe.downAt, toNextFrameMs: probe.frameAt - probe.downAt });
    await page.keyboard.press('Escape');
    await page.locator('.info-panel').waitFor({ state: 'hidden', timeout: 30_000 });
  }
  return { clicks, missed };
}

/** Adaptive quality watched at the entrance: DPR, shadows and factor once a second for `ms`. */
export async function watchAdaptive(
  page: Page,
  ms: number,
): Promise<{ t: number; dpr: number; factor: number; shadows: boolean }[]> {
  await goToView(page, 'entrance');
  const out: { t: number; dpr: number; factor: number; shadows: boolean }[] = [];
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    const s = await page.evaluate(() => window.__expo.stats());
    out.push({
      t: Math.round((Date.now() - t0) / 100) / 10,
      dpr: s.dpr,
      factor: s.perfFactor,
      shadows: s.shadows,
    });
    await page.waitForTimeout(1000);
  }
  return out;
}

/** The WebGL renderer and vendor the browser reports (unmasked), and the browser version. */
export async function rendererInfo(
  browser: Browser,
): Promise<{ renderer: string; vendor: string; version: string }> {
  const page = await browser.newPage();
  const info = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return { renderer: 'no WebGL2', vendor: '' };
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    return {
      renderer: String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER)),
      vendor: String(gl.getParameter(ext ? ext.UNMASKED_VENDOR_WEBGL : gl.VENDOR)),
    };
  });
  await page.close();
  return { ...info, version: browser.version() };
}
