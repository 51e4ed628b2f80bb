import { expect, test } from '@playwright/test';

// That nothing leaves the origin is checked over a whole guided tour in hardening.spec.ts.

test('the test hook exists only with ?test', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => 'tester' in window || '__expo' in window)).toBe(false);
});
