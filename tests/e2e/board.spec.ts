import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { keepScreenshot, openHall, settle } from './helpers';

/** What the test hook says the Time Valley clock's hands show (see src/platform/testHook.ts). */
interface ClockReading {
  hours12: number;
  minutes: number;
  seconds: number;
}

/** The clock's reading and the page's own time as seconds past 12 o'clock, taken in the same task. */
function readClock(page: Page) {
  return page.evaluate(() => {
    const hook = window.__expo as unknown as { clock: () => ClockReading | null };
    const shown = hook.clock();
    const d = new Date();
    return {
      shown: shown && shown.hours12 * 3600 + shown.minutes * 60 + shown.seconds,
      page: (d.getHours() % 12) * 3600 + d.getMinutes() * 60 + d.getSeconds(),
    };
  });
}

/** Seconds between two times on a 12-hour dial, either way round. */
const dialGap = (a: number, b: number) => Math.min(Math.abs(a - b), 43_200 - Math.abs(a - b));

test('the Time Valley clock and its panel show the visitor’s local time', async ({ page }) => {
  await openHall(page);
  const first = await readClock(page);
  expect(first.shown).not.toBeNull();
  expect(dialGap(first.shown!, first.page)).toBeLessThanOrEqual(2);
  // It ticks: a few seconds later it still agrees with the page, and has moved on.
  await page.waitForTimeout(2500);
  const later = await readClock(page);
  expect(dialGap(later.shown!, later.page)).toBeLessThanOrEqual(2);
  expect(later.shown).not.toBe(first.shown);

  // Seen from the zone entry, the dial is in view.
  const entry = (await page.evaluate(() => window.__expo.layout())).zones.find(
    (z) => z.id === 'chuanshan-time-valley',
  )!.entry;
  await page.evaluate((e) => window.__expo.teleport(e.x, e.z, e.yawDeg), entry);
  await settle(page);
  expect(await page.evaluate(() => window.__expo.project('clock-tower'))).not.toBeNull();

  await page.evaluate(() => (window.location.hash = '#/exhibit/chuanshan-time-valley'));
  const now = page.getByRole('dialog').locator('.info-now');
  await expect(now).toContainText('您的本地时间');
  expect(await now.getAttribute('aria-live')).toBeNull();
  const gap = await now.locator('time').evaluate((el) => {
    const [h, m, s] = (el.textContent ?? '').split(':').map(Number);
    const d = new Date();
    const shown = h! * 3600 + m! * 60 + s!;
    const page = d.getHours() * 3600 + d.getMinutes() * 60 + d.getSeconds();
    return Math.min(Math.abs(shown - page), 86_400 - Math.abs(shown - page));
  });
  expect(gap).toBeLessThanOrEqual(2);
});

test('the strategy wall’s tiers show their industries and the URL follows the chosen tier', async ({
  page,
}) => {
  await openHall(page);
  await page.evaluate(() => (window.location.hash = '#/exhibit/strategy-wall'));
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('tablist')).toBeVisible();
  for (const part of ['stabilise-five', 'advance-three', 'plant-two'])
    await expect(page.locator(`[data-hotspot="strategy-wall/${part}"]`)).toHaveCount(1);

  const tiers = [
    {
      id: 'stabilise-five',
      tab: /稳五/,
      items: ['输变电装备', '钢管及有色金属', '盐卤化工', '电子信息', '食品加工'],
    },
    { id: 'advance-three', tab: /进三/, items: ['智能衡器计量', '数字经济', '资源循环利用'] },
    { id: 'plant-two', tab: /布二/, items: ['具身智能', '核技术应用'] },
  ];
  for (const tier of tiers) {
    const tab = dialog.getByRole('tab', { name: tier.tab });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    const panel = dialog.getByRole('tabpanel');
    await expect(panel.getByRole('listitem')).toHaveText(tier.items);
    await expect
      .poll(() => page.evaluate(() => window.location.hash))
      .toBe(`#/exhibit/strategy-wall/${tier.id}`);
  }
  await settle(page);
  await keepScreenshot(page, 'strategy-wall-tiers');

  // The keyboard moves between tiers too, and wraps round.
  await page.keyboard.press('ArrowRight');
  await expect(dialog.getByRole('tab', { name: /稳五/ })).toBeFocused();
  await expect
    .poll(() => page.evaluate(() => window.location.hash))
    .toBe('#/exhibit/strategy-wall/stabilise-five');
});
