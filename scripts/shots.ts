/**
 * `npm run shots`: the screenshot sheet. Builds the app (unless --no-build), serves dist/ with
 * `vite preview` on 127.0.0.1 and has Debian's Chromium photograph the hall's eight fixed viewpoints
 * (src/layout/viewpoints.ts: the entrance, six zone entries, the overview) at 1280×720 and 390×844, in
 * Chinese and English, into shots/ (git-ignored) with an index.html that lays them out as a sheet.
 *
 * Deterministic: a fixed DPR (adaptive=0), reduced motion (no pulsing), a fixed clock (the expo's first
 * day, 10:00 in Hengyang) and a seeded hall; each picture waits for the app to be ready, the camera to stop
 * and a few more frames. Flags: --no-build, --quality=low|high (default high), --lang=zh|en|both (default
 * both), --screen=desktop|phone|both (default both), --only=entrance,frontier (viewpoint ids), --boards (also each zone board seen from 6 m),
 * --out=<dir> (default shots), --port=<n> (default 4415 or a free one; SHOTS_PORT too).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { zoneExhibitStands } from '../src/layout/booths';
import type { ZoneExhibitId } from '../src/layout/booths';
import { boardViewpoint, sheetViewpoints } from '../src/layout/viewpoints';
import type { Viewpoint } from '../src/layout/viewpoints';
import { buildApp, choosePort, serve } from './bench/build';
import { chromiumPath, swiftShaderArgs, withSandboxFlag } from './chromium';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Sheet tunables: screen sizes, how far the board views stand off, the frozen clock, frames to settle. */
export const sheet = {
  screens: [
    { id: 'desktop', width: 1280, height: 720, mobile: false },
    { id: 'phone', width: 390, height: 844, mobile: true },
  ],
  boardDistanceM: 6,
  /** The expo's first day (国际在线, 2025-11-14: 11–13 November 2025), 10:00 in Hengyang. */
  clockIso: '2025-11-11T10:00:00+08:00',
  timezone: 'Asia/Shanghai',
  settleFrames: 4,
  /** Software rendering at high quality on a busy machine can take minutes a frame: wait long. */
  waitMs: 600_000,
} as const;

type Lang = 'zh' | 'en';

/** Options from the command line. */
interface Options {
  build: boolean;
  quality: 'low' | 'high';
  langs: Lang[];
  screens: (typeof sheet.screens)[number][];
  only: Set<string> | null;
  boards: boolean;
  out: string;
  port: number;
}

function parseArgs(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const lang = value('lang') ?? 'both';
  if (!['zh', 'en', 'both'].includes(lang)) throw new Error(`--lang must be zh, en or both, not ${lang}`);
  const quality = value('quality') ?? 'high';
  if (quality !== 'low' && quality !== 'high') throw new Error(`--quality must be low or high`);
  const only = value('only');
  const screen = value('screen') ?? 'both';
  const screens = sheet.screens.filter((s) => screen === 'both' || s.id === screen);
  if (!screens.length) throw new Error(`--screen must be desktop, phone or both, not ${screen}`);
  return {
    build: !argv.includes('--no-build'),
    quality,
    langs: lang === 'both' ? ['zh', 'en'] : [lang as Lang],
    screens,
    only: only ? new Set(only.split(',')) : null,
    boards: argv.includes('--boards'),
    out: resolve(root, value('out') ?? 'shots'),
    port: Number(value('port') ?? process.env.SHOTS_PORT ?? 4415),
  };
}

/** The viewpoints to photograph, numbered in sheet order: the eight (or those named), then the boards if asked. */
function viewsFor(o: Options): (Viewpoint & { n: number })[] {
  const boards = (Object.keys(zoneExhibitStands) as ZoneExhibitId[]).map((id) =>
    boardViewpoint(id, sheet.boardDistanceM),
  );
  return [...sheetViewpoints(), ...boards]
    .map((v, i) => ({ ...v, n: i + 1 }))
    .filter((v) => (o.only ? o.only.has(v.id) : o.boards || !v.id.startsWith('board-')));
}

/**
 * Puts the camera at a viewpoint, waits for any flight to end, then has `n` more frames drawn (rendering is
 * on demand, so each poll asks for one) so that the picture shows the settled view.
 */
async function goTo(page: Page, v: Viewpoint, n: number = sheet.settleFrames): Promise<void> {
  if (v.kind === 'overview') await page.evaluate(() => window.__expo.overview());
  else await page.evaluate((p) => window.__expo.teleport(p.x, p.z, p.yawDeg), v.pose);
  await page.waitForFunction(() => !window.__expo.camera().flying, null, {
    timeout: sheet.waitMs,
    polling: 100,
  });
  const f0 = await page.evaluate(() => window.__expo.stats().frames);
  await page.waitForFunction(
    (target) => {
      window.__expo.frame();
      return window.__expo.stats().frames >= target;
    },
    f0 + n,
    { timeout: sheet.waitMs, polling: 100 },
  );
}

/** Photographs every viewpoint on one screen size in one language; returns the files written. */
async function shootScreen(
  browser: Browser,
  url: string,
  screen: (typeof sheet.screens)[number],
  lang: Lang,
  views: readonly (Viewpoint & { n: number })[],
  out: string,
): Promise<string[]> {
  const ctx = await browser.newContext({
    viewport: { width: screen.width, height: screen.height },
    deviceScaleFactor: 1,
    isMobile: screen.mobile,
    hasTouch: screen.mobile,
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
    timezoneId: sheet.timezone,
    locale: lang === 'zh' ? 'zh-CN' : 'en-GB',
  });
  const page = await ctx.newPage();
  await page.clock.setFixedTime(new Date(sheet.clockIso));
  await page.goto(url);
  await page.waitForFunction(() => window.__expo?.ready === true, null, {
    timeout: sheet.waitMs,
    polling: 100,
  });
  if (lang !== 'zh')
    await page.evaluate((l) => (window.__expo as unknown as ShotHook).stores().expo.setLang(l), lang);
  const files: string[] = [];
  for (const v of views) {
    await goTo(page, v);
    const file = `${String(v.n).padStart(2, '0')}-${v.id}-${screen.id}-${lang}.png`;
    await page.screenshot({ path: join(out, file), timeout: sheet.waitMs });
    files.push(file);
    console.log(`[shots] ${file}`);
  }
  await ctx.close();
  return files;
}

/** The test hook's store access (see src/platform/testHookApi.ts), which the shared typings leave out. */
interface ShotHook {
  stores: () => { expo: { setLang: (l: Lang) => void } };
}

/** A plain HTML page laying the pictures out in rows, one row per viewpoint. */
function indexHtml(files: readonly string[], o: Options): string {
  const rows = new Map<string, string[]>();
  for (const f of files) {
    const key = f.replace(/-(desktop|phone)-(zh|en)\.png$/, '');
    rows.set(key, [...(rows.get(key) ?? []), f]);
  }
  const body = [...rows]
    .map(
      ([key, list]) =>
        `<section><h2>${key}</h2>${list.map((f) => `<figure><img src="${f}" alt="${f}"><figcaption>${f}</figcaption></figure>`).join('')}</section>`,
    )
    .join('\n');
  return `<!doctype html><meta charset="utf-8"><title>Screenshot sheet</title>
<style>body{font:14px system-ui;margin:16px}section{display:flex;gap:12px;align-items:flex-start;flex-wrap:wrap}
img{max-height:360px;border:1px solid #ccc}figure{margin:0}</style>
<h1>Screenshot sheet · quality=${o.quality}</h1>\n${body}\n`;
}

async function main() {
  const o = parseArgs(process.argv.slice(2));
  if (o.build) buildApp(root);
  await mkdir(o.out, { recursive: true });
  const port = await choosePort(o.port);
  const server = await serve(root, port);
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: withSandboxFlag(swiftShaderArgs),
  });
  const url = `${server.url}/?test&quality=${o.quality}&adaptive=0`;
  const views = viewsFor(o);
  const files: string[] = [];
  // Ctrl+C or a kill stops the server and the browser too.
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.once(sig, () => {
      server.stop();
      void browser.close().finally(() => process.exit(130));
    });
  try {
    for (const screen of o.screens)
      for (const lang of o.langs)
        files.push(...(await shootScreen(browser, url, screen, lang, views, o.out)));
    await writeFile(join(o.out, 'index.html'), indexHtml(files.sort(), o));
    console.log(`[shots] ${files.length} pictures in ${o.out} (index.html lays them out)`);
  } finally {
    await browser.close();
    server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
