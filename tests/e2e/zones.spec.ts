import { expect, test } from '@playwright/test';
import { keepScreenshot, openHall, settle } from './helpers';

const zoneExhibits = [
  'smart-weighing-park',
  'chuanshan-time-valley',
  'changning-nonferrous',
  'strategy-wall',
  'innovation-results',
  'two-conferences',
];

test('each zone exhibit deep link opens its panel, tied to the article', async ({ page }) => {
  await openHall(page);
  const dialog = page.getByRole('dialog');
  for (const id of zoneExhibits) {
    await page.evaluate((x) => (window.location.hash = `#/exhibit/${x}`), id);
    await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => (window.__expo.state().expo.selected as { id: string } | null)?.id))
      .toBe(id);
    await expect(dialog).toContainText('衡阳日报');
  }
  await settle(page);
  await keepScreenshot(page, 'zone-exhibit-panel');
});

test('clicking a zone display board opens its panel', async ({ page }) => {
  await openHall(page);
  await page.getByRole('button', { name: '平面图', exact: true }).click();
  const entry = (await page.evaluate(() => window.__expo.layout())).zones.find(
    (z) => z.id === 'smart-weighing-park',
  )!.entry;
  await page.evaluate((e) => window.__expo.teleport(e.x, e.z, e.yawDeg), entry);
  await settle(page);
  const board = await page.evaluate(() => window.__expo.project('model:smart-weighing-park'));
  expect(board).not.toBeNull();
  await page.mouse.click(board!.x, board!.y);
  await expect
    .poll(() => page.evaluate(() => (window.__expo.state().expo.selected as { id: string } | null)?.id))
    .toBe('smart-weighing-park');
});
