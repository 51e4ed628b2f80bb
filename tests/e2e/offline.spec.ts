import { expect, test } from '@playwright/test';
import { openHall, settle } from './helpers';

test('no request leaves 127.0.0.1 while loading, walking and flying', async ({ page, baseURL }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await openHall(page);
  await page.getByRole('button', { name: '俯瞰' }).click();
  await settle(page);
  await page.getByRole('button', { name: '漫步' }).click();
  await settle(page);
  expect(urls.length).toBeGreaterThan(2);
  const origin = new URL(baseURL ?? '').origin;
  const foreign = urls.filter(
    (u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin,
  );
  expect(foreign).toEqual([]);
});

test('the test hook exists only with ?test', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => 'tester' in window || '__expo' in window)).toBe(false);
});
