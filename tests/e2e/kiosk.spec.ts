import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { camera, openHall, settle } from './helpers';

/** With KIOSK_SHOTS=1: a 1920x1080 touch screen, and review screenshots under /tmp/kiosk (off in CI: they cost frames). */
const review = process.env.KIOSK_SHOTS === '1';
const shot = async (page: Page, name: string) => {
  if (review) await page.screenshot({ path: `/tmp/kiosk/${name}.png` });
};

interface KioskSnapshot {
  on: boolean;
  idleS: number;
  warnS: number;
  phase: 'visit' | 'warning' | 'attract';
  countdown: number;
  resets: number;
}

const kiosk = (page: Page) =>
  page.evaluate(() => (window.__expo.state() as unknown as { kiosk: KioskSnapshot }).kiosk);
const expoState = (page: Page) => page.evaluate(() => window.__expo.state().expo);
const tourState = (page: Page) =>
  page.evaluate(
    () =>
      (
        window.__expo.state() as unknown as {
          tour: { active: boolean; playing: boolean; loop: boolean; index: number };
        }
      ).tour,
  );
/** Test-hook calls this spec adds to the shared ExpoHook type. */
type KioskHook = {
  kioskTimes: (idleS: number, warnS: number) => void;
  tourPace: (pace: number) => void;
};

test.describe('kiosk mode', () => {
  test.use({
    viewport: review ? { width: 1920, height: 1080 } : { width: 1280, height: 720 },
    hasTouch: true,
  });

  test('touch-first kiosk: joystick, taps, no browser gestures; idle prompt, reset, attract loop, fresh visit', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openHall(page, 'quality=low&kiosk&idle=600&warn=2');
    const entrance = await camera(page);
    expect(await kiosk(page)).toMatchObject({ on: true, idleS: 600, warnS: 2, phase: 'visit' });
    const app = page.locator('.app');
    await expect(app).toHaveAttribute('data-kiosk', 'on');
    // Kiosk mode passes axe too (WCAG 2.1 A/AA: no serious or critical violations).
    const axe = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      axe.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
    ).toEqual([]);

    // Touch-first: 48 px targets, no selection, no context menu, no pinch; the joystick instead of the pad.
    for (const name of ['展品索引', '导览', '平面图', /^English/] as (string | RegExp)[]) {
      const box = (await page.getByRole('button', { name, exact: true }).first().boundingBox())!;
      expect(Math.min(box.width, box.height), String(name)).toBeGreaterThanOrEqual(48);
    }
    expect(await app.evaluate((el) => getComputedStyle(el).userSelect)).toBe('none');
    expect(await app.evaluate((el) => getComputedStyle(el).overscrollBehavior)).toBe('none');
    const prevented = await page.evaluate(() =>
      ['contextmenu', 'selectstart', 'gesturestart'].map((type) => {
        const ev = new MouseEvent(type, { bubbles: true, cancelable: true });
        document.querySelector('canvas')!.dispatchEvent(ev);
        return ev.defaultPrevented;
      }),
    );
    expect(prevented).toEqual([true, true, true]);
    const zoom = await page.evaluate(() => {
      const ev = new WheelEvent('wheel', { ctrlKey: true, deltaY: -100, bubbles: true, cancelable: true });
      document.querySelector('canvas')!.dispatchEvent(ev);
      return ev.defaultPrevented;
    });
    expect(zoom).toBe(true);
    await expect(page.locator('.move-pad')).toHaveCount(0);
    const stick = page.getByTestId('joystick');
    await expect(stick).toBeVisible();
    await expect(page.locator('a[href^="http"]:visible')).toHaveCount(0);
    await shot(page, 'kiosk-1920');

    // The joystick walks: push it up, the camera moves forward (north, -z), let go and it stops.
    const s = (await stick.boundingBox())!;
    await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2);
    await page.mouse.down();
    await page.mouse.move(s.x + s.width / 2, s.y + s.height / 2 - 70, { steps: 3 });
    await expect.poll(async () => (await camera(page)).z, { timeout: 20_000 }).toBeLessThan(entrance.z - 0.3);
    await page.mouse.up();
    await expect.poll(() => page.evaluate(() => window.__expo.state().nav.held)).toEqual([]);

    // Tap an exhibit to open it; switch to English.
    await page.getByRole('button', { name: '平面图', exact: true }).tap();
    await page.evaluate(() => window.__expo.teleport(0, 40, 0));
    await settle(page);
    const body = await page.evaluate(() => window.__expo.project('model:industrial-ct'));
    expect(body).not.toBeNull();
    await page.touchscreen.tap(body!.x, body!.y);
    await expect.poll(async () => (await expoState(page)).selected).toMatchObject({ id: 'industrial-ct' });
    await page.getByRole('button', { name: /English/ }).tap();
    await expect.poll(async () => (await expoState(page)).lang).toBe('en');

    // Idle: the prompt counts down; a touch keeps the visit as it was.
    await page.evaluate(() => (window.__expo as unknown as KioskHook).kioskTimes(2, 30));
    const prompt = page.getByRole('alertdialog', { name: /还在吗？.*Still there\?/ });
    await expect(prompt).toBeVisible({ timeout: 10_000 });
    await expect(prompt.getByRole('button', { name: /继续参观.*Keep exploring/ })).toBeFocused();
    const keep = (await prompt.getByRole('button').boundingBox())!;
    expect(keep.height).toBeGreaterThanOrEqual(48);
    await shot(page, 'kiosk-idle-prompt');
    await page.touchscreen.tap(200, 900);
    await expect(prompt).toBeHidden();
    expect(await kiosk(page)).toMatchObject({ phase: 'visit', resets: 0 });
    expect(await expoState(page)).toMatchObject({ lang: 'en', selected: { id: 'industrial-ct' } });

    // Idle again, no touch: the visit resets and the attract loop plays the tour (fast, for the test).
    await page.evaluate(() => {
      (window.__expo as unknown as KioskHook).tourPace(0.05);
      (window.__expo as unknown as KioskHook).kioskTimes(2, 2);
    });
    await expect(prompt).toBeVisible({ timeout: 10_000 });
    const attract = page.getByTestId('kiosk-attract');
    await expect(attract).toBeVisible({ timeout: 10_000 });
    await expect(attract).toContainText('触摸屏幕开始参观');
    await expect(attract).toContainText('Touch to start');
    expect(await kiosk(page)).toMatchObject({ phase: 'attract', resets: 1 });
    const reset = await expoState(page);
    expect(reset).toMatchObject({
      lang: 'zh',
      helpOpen: false,
      indexOpen: false,
      article: null,
      mode: 'walk',
    });
    expect(await tourState(page)).toMatchObject({ active: true, playing: true, loop: true });
    // The tour moves on by itself, and its own moves do not end the attract loop.
    await expect.poll(async () => (await tourState(page)).index, { timeout: 30_000 }).toBeGreaterThan(1);
    await settle(page);
    await shot(page, 'kiosk-attract');
    expect((await kiosk(page)).phase).toBe('attract');

    // A touch ends it: a fresh visit at the entrance, in Chinese, nothing open.
    await page.evaluate(() => (window.__expo as unknown as KioskHook).tourPace(1));
    await attract.tap();
    await expect(attract).toBeHidden();
    expect(await kiosk(page)).toMatchObject({ phase: 'visit', resets: 2 });
    expect(await tourState(page)).toMatchObject({ active: false, playing: false, loop: false, index: 0 });
    expect(await expoState(page)).toMatchObject({ lang: 'zh', selected: null, categoryCard: null });
    await settle(page);
    const at = await camera(page);
    expect(Math.hypot(at.x - entrance.x, at.z - entrance.z)).toBeLessThan(0.5);
    expect(Math.abs(at.yawDeg - entrance.yawDeg)).toBeLessThan(1);
    await expect(page.getByRole('button', { name: /^English/ })).toBeVisible();
  });
});

test('offline start: once loaded, the service worker starts the hall with the network gone', async ({
  page,
  context,
  baseURL,
}) => {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  await openHall(page);
  // The worker installs (precaching the app, models and fonts) and takes control of the page.
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state ?? null))
    .toBe('activated');
  const origin = new URL(baseURL!).origin;
  const foreign = urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(urls.some((u) => u.endsWith('.glb'))).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 });
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText('两会一展 · 虚拟展厅');
  expect(await page.evaluate(() => window.__expo.stats().frames)).toBeGreaterThan(0);
  // Really offline: what the worker did not precache cannot be fetched.
  const probe = await page.evaluate(() =>
    fetch(`/not-precached-${Date.now()}.txt`).then(
      (r) => `http ${r.status}`,
      () => 'network error',
    ),
  );
  expect(probe).toBe('network error');
  await context.setOffline(false);
});

/**
 * Bytes of the heap that a snapshot types as code: machine code, bytecode and function metadata. V8 compiles
 * optimised code for more and more functions as they turn hot, over hundreds of repeated visits, so this grows
 * towards a bound; it is not a leak, and the soak counts it apart from the heap's objects.
 */
async function codeBytes(cdp: CDPSession): Promise<number> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => void chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
    nodes: number[];
  };
  const fields = snapshot.meta.node_fields;
  const [typeAt, sizeAt] = [fields.indexOf('type'), fields.indexOf('self_size')];
  const code = snapshot.meta.node_types[0].indexOf('code');
  let bytes = 0;
  for (let i = 0; i < nodes.length; i += fields.length)
    if (nodes[i + typeAt] === code) bytes += nodes[i + sizeAt]!;
  return bytes;
}

/**
 * Visits in the soak. A visit costs about 2 s of main thread in software rendering on a 2-core machine, so CI runs
 * 20; `SOAK_VISITS=200` runs the full soak (about 8 minutes here).
 */
const soakVisits = Number(process.env.SOAK_VISITS ?? 20);

test('soak: repeated visits in accelerated time leave geometries, textures and the objects on the JS heap at their baseline', async ({
  page,
}) => {
  test.setTimeout(120_000 + soakVisits * 3_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  // A small view keeps software-rendered frames short; the soak is about what is created and freed, not pixels.
  await page.setViewportSize({ width: 480, height: 320 });
  await openHall(page, 'quality=low&kiosk&idle=3600');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');

  /** Runs n simulated visits in the page: search, panels, demo, tour steps, article, overview, then an idle reset. */
  const visits = (n: number, renderEvery: number) =>
    page.evaluate(
      async ({ n, renderEvery }) => {
        const h = window.__expo as unknown as {
          stores: () => Record<
            'expo' | 'tour' | 'demos' | 'kiosk',
            Record<string, (...a: unknown[]) => unknown>
          >;
          tourPace: (p: number) => void;
        };
        h.tourPace(0.01);
        const tick = () => new Promise((r) => setTimeout(r, 0));
        // Accelerated time: animation frames run only when the soak asks for one (a software-rendered frame
        // costs about a second), so React commits every step at full speed and the scene renders now and then.
        const pending = new Map<number, FrameRequestCallback>();
        let nextId = 1;
        const realRaf = window.requestAnimationFrame;
        const realCancel = window.cancelAnimationFrame;
        window.requestAnimationFrame = (cb) => (pending.set(nextId, cb), nextId++);
        window.cancelAnimationFrame = (id) => void pending.delete(id);
        const frame = async () => {
          const due = [...pending.values()];
          pending.clear();
          const now = performance.now();
          for (const cb of due) cb(now);
          await tick();
        };
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const queries = ['CT', '重力', 'gravimeter', '时间', 'scale', '衡器', 'oscillo', '铜'];
        const heroes = ['quantum-gravimeter', 'industrial-ct', 'ultrasonic-microscope'];
        for (let i = 0; i < n; i++) {
          const s = h.stores;
          s().expo.setLang!(i % 2 ? 'en' : 'zh');
          s().expo.setIndexOpen!(true);
          await tick();
          const input = document.querySelector<HTMLInputElement>('#index-search')!;
          setValue.call(input, queries[i % queries.length]);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await tick();
          document.querySelector<HTMLButtonElement>('.index-item')?.click();
          await tick();
          const hero = heroes[i % heroes.length]!;
          s().expo.focusExhibit!(hero);
          s().demos.startDemo!(hero);
          await tick();
          s().tour.start!(i % 10);
          s().tour.next!();
          await tick();
          s().expo.openArticle!('strategy');
          await tick();
          s().expo.setHelpOpen!(true);
          s().expo.setMode!('overview');
          await tick();
          if (i % renderEvery === 0) {
            await frame();
            await frame();
          }
          s().kiosk.resetVisit!();
          await tick();
        }
        window.requestAnimationFrame = realRaf;
        window.cancelAnimationFrame = realCancel;
        for (const cb of pending.values()) realRaf(cb);
        h.tourPace(1);
      },
      { n, renderEvery },
    );

  /**
   * Geometries, textures and the JS heap after a full frame at the entrance and a garbage collection; `objects` is
   * the heap less its compiled code (see codeBytes), which is what a leak would grow.
   */
  const measure = async () => {
    await settle(page);
    for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const code = await codeBytes(cdp);
    const { geometries, textures } = await page.evaluate(() => window.__expo.stats());
    return { geometries, textures, heap, code, objects: heap - code };
  };

  // Warm-up: one visit of every tour stop, exhibit and query, so lazily built caches, shaders and demo meshes
  // exist from here on.
  await visits(10, 5);
  const before = await measure();
  const t0 = Date.now();
  await visits(soakVisits, 20);
  const after = await measure();
  console.log(`soak: ${soakVisits} visits in ${((Date.now() - t0) / 1000).toFixed(1)} s`, { before, after });
  expect((await kiosk(page)).resets).toBe(soakVisits + 10);
  for (const key of ['geometries', 'textures', 'objects'] as const) {
    expect(after[key], key).toBeLessThanOrEqual(before[key] * 1.05);
    expect(after[key], key).toBeGreaterThanOrEqual(before[key] * 0.95);
  }
});
