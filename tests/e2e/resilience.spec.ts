import { expect, test } from '@playwright/test';
import { camera, frames, imageSpread, openHall, settle } from './helpers';

test('rendering stops when nothing moves and resumes on input; a lost GPU context comes back or the page reloads; a crash in the 3D view reloads', async ({
  page,
}) => {
  // Two reloads to a ready hall under software rendering.
  test.setTimeout(240_000);
  await openHall(page);
  // Facing out of the entrance: nothing in view moves by itself (the Time Valley clock is behind).
  const start = await camera(page);
  await page.evaluate(([x, z]) => window.__expo.teleport(x, z, 180), [start.x, start.z] as const);
  await settle(page);
  const idle0 = (await page.evaluate(() => window.__expo.stats())).frames;
  await page.waitForTimeout(3000);
  const idle1 = (await page.evaluate(() => window.__expo.stats())).frames;
  expect(idle1 - idle0).toBeLessThanOrEqual(1);

  // Input wakes it: holding W walks, frame after frame.
  await page.keyboard.down('w');
  await page.waitForTimeout(2500);
  await page.keyboard.up('w');
  const walked = await page.evaluate(() => window.__expo.stats());
  expect(walked.frames - idle1).toBeGreaterThanOrEqual(2);
  expect(Math.hypot((await camera(page)).x - start.x, (await camera(page)).z - start.z)).toBeGreaterThan(0.5);

  // The GPU context is lost: the visitor is told; when it is restored the hall draws again.
  await page.evaluate(() => {
    const gl = document.querySelector('canvas')!.getContext('webgl2')!;
    const ext = gl.getExtension('WEBGL_lose_context')!;
    (window as unknown as { __lose: WEBGL_lose_context }).__lose = ext;
    ext.loseContext();
  });
  await expect(page.getByRole('alert')).toContainText('图形设备暂时中断');
  const restoring = Date.now();
  await page.evaluate(() => (window as unknown as { __lose: WEBGL_lose_context }).__lose.restoreContext());
  await expect(page.locator('[data-health]')).toHaveCount(0);
  await frames(page, 2);
  // Restored and drawing again well within the kiosk's 10 s.
  expect(Date.now() - restoring).toBeLessThan(10_000);
  const shot = await page.locator('canvas').screenshot();
  expect(imageSpread(shot).distinct).toBeGreaterThan(40);

  // An uncaught error in the 3D view: a friendly notice, then the page reloads itself to a ready state.
  await page.evaluate(() => ((window as unknown as { __before: boolean }).__before = true));
  await page.evaluate(() => window.__expo.crash());
  await expect(page.getByRole('alert')).toContainText('三维展厅出现问题');
  await page.waitForFunction(() => !('__before' in window) && window.__expo?.ready === true, null, {
    timeout: 90_000,
  });

  // A context that is lost and never comes back: the page reloads itself (after 5 s) to a ready state.
  await page.evaluate(() => {
    (window as unknown as { __before: boolean }).__before = true;
    document.querySelector('canvas')!.getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
  });
  await expect(page.getByRole('alert')).toContainText('图形设备暂时中断');
  await page.waitForFunction(() => !('__before' in window) && window.__expo?.ready === true, null, {
    timeout: 90_000,
  });
});
