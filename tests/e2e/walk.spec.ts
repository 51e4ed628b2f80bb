import { expect, test } from '@playwright/test';
import { entranceParts } from '../../src/layout/entrance';
import { camera, heldSpeed, imageSpread, keepScreenshot, openHall, settle } from './helpers';

test.describe('walking the hall', () => {
  test('draws a non-blank hall at the main entrance, with the 15,000 m² area stated', async ({ page }) => {
    await openHall(page, '');
    const cam = await camera(page);
    expect(cam.mode).toBe('walk');
    expect(cam.y).toBeCloseTo(1.6, 5);
    const layout = await page.evaluate(() => window.__expo.layout());
    expect(layout.areaM2).toBeGreaterThan(14850);
    expect(layout.areaM2).toBeLessThan(15150);
    // The start is inside hall A, near its south (main-entrance) wall.
    const a = layout.buildings.find((b) => b.id === 'a')!;
    const zs = a.floor.map((p) => p[1]);
    expect(cam.z).toBeGreaterThan(Math.max(...zs) - 8);
    await expect(page.getByTestId('area')).toContainText('15,000');
    const spread = imageSpread(await page.locator('canvas').screenshot());
    expect(spread.distinct).toBeGreaterThan(200);
    expect(spread.stdev).toBeGreaterThan(12);
    await keepScreenshot(page, 'walk-desktop');
    // The entrance's backdrops and desk, which arrive with the 3D view, are solid once it stands.
    const { welcome, directory, desk } = entranceParts;
    for (const p of [welcome, directory, desk])
      expect(await page.evaluate(([x, z]) => window.__expo.blocked(x, z), [p.x, p.z] as const)).toBe(true);
  });

  test('W walks forward at about 1.4 m/s, Shift faster', async ({ page }) => {
    // A small view keeps software-rendered frames well under the 1 s simulation step.
    await page.setViewportSize({ width: 640, height: 360 });
    await openHall(page);
    await page.evaluate(() => window.__expo.teleport(0, 52, 0));
    await settle(page);
    const walk = await heldSpeed(page, ['KeyW']);
    // Facing north (yaw 0) means walking towards -z.
    expect(walk.dz).toBeLessThan(0);
    expect(Math.abs(walk.dx)).toBeLessThan(0.05);
    expect(walk.speed).toBeGreaterThan(1.2);
    expect(walk.speed).toBeLessThan(1.6);
    await page.evaluate(() => window.__expo.teleport(0, 52, 0));
    const run = await heldSpeed(page, ['Shift', 'KeyW']);
    expect(run.speed).toBeGreaterThan(walk.speed * 1.8);
  });

  test('walking into an outside wall stops you inside the building', async ({ page }) => {
    await openHall(page);
    // West side of hall A (x = -60 inside face), a window bay; yaw 90 faces west.
    await page.evaluate(() => window.__expo.teleport(-57, 20, 90));
    await settle(page);
    await page.keyboard.down('ArrowUp');
    await page.waitForTimeout(4000);
    await page.keyboard.up('ArrowUp');
    const after = await camera(page);
    expect(after.x).toBeGreaterThan(-60);
    expect(after.x).toBeLessThan(-59);
    expect(
      await page.evaluate(() => window.__expo.blocked(window.__expo.camera().x, window.__expo.camera().z)),
    ).toBe(false);
  });

  test('dragging looks around and a click on the floor walks there', async ({ page }) => {
    await openHall(page);
    await page.evaluate(() => window.__expo.teleport(0, 50, 0));
    await settle(page);
    const box = (await page.locator('canvas').boundingBox())!;
    const start = await camera(page);
    await page.mouse.move(box.x + 400, box.y + 400);
    await page.mouse.down();
    await page.mouse.move(box.x + 550, box.y + 400, { steps: 5 });
    await page.mouse.up();
    const turned = await camera(page);
    expect(Math.abs(turned.yawDeg - start.yawDeg)).toBeGreaterThan(20);
    await page.evaluate(() => window.__expo.teleport(0, 50, 0));
    await settle(page);
    // A click low in the view lands on the floor a few metres ahead.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height * 0.85);
    await expect.poll(async () => (await camera(page)).z, { timeout: 20_000 }).toBeLessThan(49);
  });

  test('the on-screen pad walks forward (touch and pointer alternative to keys)', async ({ page }) => {
    await openHall(page);
    await page.evaluate(() => window.__expo.teleport(0, 52, 0));
    await settle(page);
    const before = await camera(page);
    const fwd = page.getByRole('button', { name: '前进' });
    await fwd.hover();
    await page.mouse.down();
    await page.waitForTimeout(2500);
    await page.mouse.up();
    expect((await camera(page)).z).toBeLessThan(before.z - 0.5);
  });
});
