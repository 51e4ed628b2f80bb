import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { keepScreenshot, openHall, settle } from './helpers';

/** The tour's stops as the app states them: exhibit ids (null for the entrance), in order. */
const stops: (string | null)[] = [
  null,
  'strategy-wall',
  'chuanshan-time-valley',
  'changning-nonferrous',
  'innovation-results',
  'two-conferences',
  'smart-weighing-park',
  'quantum-gravimeter',
  'industrial-ct',
  'ultrasonic-microscope',
];

const selectedId = (page: Page) =>
  page.evaluate(() => (window.__expo.state().expo.selected as { id: string } | null)?.id ?? null);

test('the guided tour visits every stop in order, by keyboard alone, and each stop opens its panel', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHall(page);
  await page.keyboard.press('t');
  const bar = page.getByRole('region', { name: /语音导览/ });
  await expect(bar).toBeVisible();
  // Focus lands on "next"; Shift+Tab reaches pause, Enter pauses, Tab goes back to "next".
  await expect(bar.getByRole('button', { name: /下一站/ })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(bar.getByRole('button', { name: /继续/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(bar.getByRole('button', { name: /下一站/ })).toBeFocused();
  // Read aloud is off until asked for (and disabled where the browser has no voice).
  await expect(bar.getByRole('button', { name: /朗读/ })).not.toHaveAttribute('aria-pressed', 'true');

  for (let i = 0; i < stops.length; i++) {
    await expect(page.getByTestId('tour-progress')).toHaveText(`第 ${i + 1} / ${stops.length} 站`);
    await expect(page).toHaveURL(new RegExp(`#/tour/${i + 1}$`));
    const id = stops[i]!;
    await expect.poll(() => selectedId(page)).toBe(id);
    if (id) {
      const panel = page.getByRole('dialog');
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
        (await page.getByTestId('tour-title').textContent())!,
      );
      await settle(page);
      // The camera went there: the exhibit is on screen.
      expect(await page.evaluate((x) => window.__expo.project(`model:${x}`), id)).not.toBeNull();
    }
    if (i === 4) await keepScreenshot(page, 'tour-stop-5');
    // Focus stays on the tour's controls, so Enter keeps stepping through.
    await page.keyboard.press('Enter');
  }
  // Enter on the last stop's "finish" ends the tour; the last panel stays open and focus returns.
  await expect(page.getByRole('region', { name: /语音导览/ })).toHaveCount(0);
  await expect(page).toHaveURL(/#\/exhibit\/ultrasonic-microscope$/);
  await expect(page.locator('#tour-button')).toBeFocused();
});

test('#/tour/<n> opens that stop, a stop that does not exist says so, and the article view maps both ways', async ({
  page,
}) => {
  await openHall(page, 'quality=low#/tour/7');
  await expect(page.getByTestId('tour-progress')).toHaveText('第 7 / 10 站');
  await expect.poll(() => selectedId(page)).toBe('smart-weighing-park');
  await page.evaluate(() => (window.location.hash = '#/tour/99'));
  await expect(page.getByRole('alert')).toContainText('导览没有“99”这一站');
  await page.getByRole('button', { name: '知道了' }).click();
  await page.getByRole('button', { name: '退出导览' }).click();

  // Panel → its section in the article view.
  await page.evaluate(() => (window.location.hash = '#/exhibit/strategy-wall'));
  await page.getByRole('button', { name: '在报道导读中查看这一节' }).click();
  const article = page.getByRole('dialog', { name: /报道导读/ });
  await expect(article).toBeVisible();
  await expect(page).toHaveURL(/#\/article\/strategy$/);
  await expect(page.locator('#article-strategy')).toBeFocused();
  await keepScreenshot(page, 'article-view');
  // Section → its exhibits: every section lists the exhibits tied to it; choosing one opens its panel.
  const strategy = article.locator('[data-section="strategy"]');
  await expect(strategy.getByRole('button', { name: /^船山时间谷/ })).toBeVisible();
  await strategy.getByRole('button', { name: /^船山时间谷/ }).click();
  await expect(article).toHaveCount(0);
  await expect.poll(() => selectedId(page)).toBe('chuanshan-time-valley');
  await expect(page).toHaveURL(/#\/exhibit\/chuanshan-time-valley$/);
  // Back returns to the article view.
  await page.goBack();
  await expect(page.getByRole('dialog', { name: /报道导读/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /报道导读/ })).toHaveCount(0);
});
