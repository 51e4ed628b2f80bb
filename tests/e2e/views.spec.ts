import { expect, test } from '@playwright/test';
import { camera, frames, keepScreenshot, openHall, settle } from './helpers';

test.describe('overview, floor plan, language, help', () => {
  test('overview shows the block from above and a zone click flies down into it', async ({ page }) => {
    await openHall(page);
    await page.getByRole('button', { name: '俯瞰' }).click();
    await settle(page);
    const above = await camera(page);
    expect(above.mode).toBe('overview');
    expect(above.y).toBeGreaterThan(60);
    await keepScreenshot(page, 'overview-desktop');
    // Buttons do what dragging and the wheel do: orbit and zoom.
    await page.getByRole('button', { name: '向右环绕' }).click();
    await settle(page);
    const turned = await camera(page);
    expect(Math.abs(turned.yawDeg - above.yawDeg)).toBeGreaterThan(5);
    await page.getByRole('button', { name: '拉近' }).click();
    await settle(page);
    const closer = await camera(page);
    expect(closer.y).toBeLessThan(turned.y - 5);
    await page.getByRole('button', { name: '拉远' }).click();
    await page.getByRole('button', { name: '向左环绕' }).click();
    await settle(page);
    // The zone's name sign (its display board's hotspot may be hidden behind the workshop's wall from up here).
    const p = await page.evaluate(() => window.__expo.project('zone:chuanshan-time-valley'));
    expect(p).not.toBeNull();
    await page.mouse.click(p!.x, p!.y);
    await settle(page);
    const down = await camera(page);
    const entry = (await page.evaluate(() => window.__expo.layout())).zones.find(
      (z) => z.id === 'chuanshan-time-valley',
    )!.entry;
    expect(down.mode).toBe('walk');
    expect(down.y).toBeCloseTo(1.6, 3);
    expect(Math.hypot(down.x - entry.x, down.z - entry.z)).toBeLessThan(1);
  });

  test('a click on the floor plan takes you there', async ({ page }) => {
    await openHall(page);
    const svg = page.getByTestId('floor-plan-svg');
    const target = { x: 40, z: 50 };
    const pt = await svg.evaluate((el, t) => {
      const m = (el as SVGSVGElement).getScreenCTM()!;
      const p = new DOMPoint(t.x, t.z).matrixTransform(m);
      return { x: p.x, y: p.y };
    }, target);
    await page.mouse.click(pt.x, pt.y);
    await settle(page);
    const cam = await camera(page);
    expect(Math.hypot(cam.x - target.x, cam.z - target.z)).toBeLessThan(1.5);
    expect(cam.mode).toBe('walk');
  });

  test('with reduced motion, moves are instant', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openHall(page);
    await page.getByText('前往展区与前沿仪器').click();
    await page.getByRole('button', { name: '前往船山时间谷' }).click();
    await frames(page, 2);
    const cam = await camera(page);
    const entry = (await page.evaluate(() => window.__expo.layout())).zones.find(
      (z) => z.id === 'chuanshan-time-valley',
    )!.entry;
    expect(Math.hypot(cam.x - entry.x, cam.z - entry.z)).toBeLessThan(0.5);
  });

  test('the language switch changes every visible string', async ({ page }) => {
    await openHall(page);
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(
      '两会一展 · 虚拟展厅',
    );
    await page.getByRole('button', { name: /切换到英文/ }).click();
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(
      'Metrology Expo · Virtual Hall',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('area')).toHaveText('Exhibition area 15,000 m²');
    await page.getByText('Go to a zone or instrument').click();
    await expect(page.getByRole('button', { name: 'Go to Chuanshan Time Valley' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Overview' })).toBeVisible();
    // No Chinese left in the toolbar and plan (the language button itself names the other language).
    const text = await page
      .locator('.toolbar, .floor-plan')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText).join(' '));
    expect(text.replace('中文', '')).not.toMatch(/[\u4e00-\u9fff]/);
    await page.getByRole('button', { name: /Switch to Chinese/ }).click();
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toHaveText(
      '两会一展 · 虚拟展厅',
    );
  });

  test('the help overlay lists mouse, keyboard and touch controls and returns focus', async ({ page }) => {
    // DOM only: no need to wait for the 3D hall.
    await page.goto('/?test&quality=low');
    await page.getByRole('button', { name: '操作说明' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    for (const h of ['鼠标', '键盘', '触屏'])
      await expect(dialog.getByRole('heading', { name: h })).toBeVisible();
    await expect(dialog.getByRole('button', { name: '关闭' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('button', { name: '操作说明' })).toBeFocused();
  });

  test('the floor plan collapses and opens again', async ({ page }) => {
    await page.goto('/?test&quality=low');
    const toggle = page.getByRole('button', { name: '平面图', exact: true });
    await expect(page.getByTestId('floor-plan-svg')).toBeVisible();
    await toggle.click();
    await expect(page.getByTestId('floor-plan-svg')).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await page.keyboard.press('m');
    await expect(page.getByTestId('floor-plan-svg')).toBeVisible();
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });

  test('works on a phone without horizontal scrolling', async ({ page }) => {
    await openHall(page);
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      inner: window.innerWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
    await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible();
    const plan = page.getByTestId('floor-plan-svg');
    if (!(await plan.isVisible())) await page.getByRole('button', { name: '平面图', exact: true }).tap();
    await expect(plan).toBeVisible();
    const box = (await plan.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await keepScreenshot(page, 'phone-plan');
    await page.getByRole('button', { name: '收起平面图' }).tap();
    // Tap the floor ahead: the visitor walks there.
    await page.evaluate(() => window.__expo.teleport(0, 50, 0));
    await settle(page);
    await page.touchscreen.tap(195, 700);
    await expect.poll(async () => (await camera(page)).z, { timeout: 20_000 }).toBeLessThan(49.5);
    await keepScreenshot(page, 'phone-walk');
  });
});
