import { expect, test } from '@playwright/test';
import { keepScreenshot } from './helpers';

// Chromium with WebGL turned off: the app must fall back to its 2D guide.
test.use({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--disable-webgl', '--disable-3d-apis', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  },
});

test('the 2D guide shows every exhibit’s panel, the tour as a list, the plan and the article view', async ({
  page,
}) => {
  await page.goto('/');
  const guide = page.getByTestId('guide-2d');
  await expect(guide.getByRole('note')).toContainText('WebGL2');
  await expect(page.locator('canvas')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: '平面图' })).toBeVisible();
  const buttons = guide.locator('.guide-exhibits button');
  await expect(buttons).toHaveCount(9);
  for (let i = 0; i < 9; i++) {
    const title = (await buttons.nth(i).locator('.index-item-title').textContent())!;
    await buttons.nth(i).click();
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(title);
    await page.keyboard.press('Escape');
  }
  await expect(guide.locator('.guide-tour > li')).toHaveCount(10);
  await guide.getByRole('button', { name: '从第 3 站开始导览' }).click();
  await expect(page.getByTestId('tour-progress')).toHaveText('第 3 / 10 站');
  await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('船山时间谷');
  await page.getByRole('button', { name: '退出导览' }).click();
  await page.keyboard.press('Escape');
  await guide.getByRole('button', { name: '报道导读' }).click();
  await expect(page.getByRole('dialog', { name: /报道导读/ })).toBeVisible();
  await keepScreenshot(page, 'no-webgl-guide');
});
