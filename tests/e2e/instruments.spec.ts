import { expect, test } from '@playwright/test';
import { keepScreenshot, openHall, settle } from './helpers';

test('about a thousand instruments fill the booths; hover names a category and a click opens its card', async ({
  page,
}) => {
  await openHall(page);
  const stats = await page.evaluate(() => window.__expo.stats());
  expect(stats.instances).toBeGreaterThanOrEqual(900);
  expect(stats.instances).toBeLessThanOrEqual(1100);
  // Stand 2.5 m in front of the first precision balance (on a counter), looking at it.
  const target = await page.evaluate(() => {
    const p = window.__expo.layout().instruments.find((i) => i.category === 'precision-balance')!;
    const r = (p.yawDeg * Math.PI) / 180;
    window.__expo.teleport(p.x + Math.sin(r) * 2.5, p.z + Math.cos(r) * 2.5, p.yawDeg);
    return p;
  });
  await settle(page);
  // Look down a little at the counter top.
  await page.keyboard.down('KeyF');
  await page.waitForTimeout(400);
  await page.keyboard.up('KeyF');
  await settle(page);
  const box = (await page.locator('canvas').boundingBox())!;
  // Find the instrument on screen by probing a small grid around the view's centre with the scene's own ray
  // cast (what a click there would hit), then hover it: the tooltip names its category.
  const tooltip = page.locator('.category-tooltip');
  let hit: { x: number; y: number } | null = null;
  for (const dy of [0.5, 0.55, 0.6, 0.45, 0.65, 0.4]) {
    for (const dx of [0.5, 0.45, 0.55, 0.4, 0.6]) {
      const pt = { x: box.x + box.width * dx, y: box.y + box.height * dy };
      const object = await page.evaluate(([x, y]) => window.__expo.pick(x, y)?.object, [pt.x, pt.y] as const);
      if (object === 'instruments-precision-balance') {
        hit = pt;
        break;
      }
    }
    if (hit) break;
  }
  expect(hit, `no precision balance found near ${target.x}, ${target.z}`).not.toBeNull();
  await page.mouse.move(hit!.x, hit!.y);
  await expect(tooltip).toContainText('精密天平');
  await page.mouse.click(hit!.x, hit!.y);
  const card = page.getByRole('dialog');
  await expect(card).toContainText('精密天平');
  await expect(card).toContainText('Precision balance');
  await keepScreenshot(page, 'instrument-card');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
});
