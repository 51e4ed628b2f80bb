import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { camera, openHall, settle } from './helpers';

/** Saves a review screenshot outside the repository. */
const shot = (page: Page, name: string) => page.screenshot({ path: `/tmp/kiosk/${name}.png` });

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
  test.use({ viewport: { width: 1920, height: 1080 }, hasTouch: true });

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
