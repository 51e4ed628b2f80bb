import { expect, test } from '@playwright/test';
import { keepScreenshot, openHall, settle } from './helpers';

const heroes = [
  { id: 'quantum-gravimeter', zh: '量子绝对重力仪' },
  { id: 'industrial-ct', zh: '工业CT' },
  { id: 'ultrasonic-microscope', zh: '超声显微镜' },
] as const;

test.describe('frontier instruments', () => {
  test('clicking each model on the canvas, its marker, and its deep link open the right panel', async ({
    page,
  }) => {
    await openHall(page);
    // Fold the floor plan away so it does not cover the microscope on the right of the view.
    await page.getByRole('button', { name: '平面图', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const title = dialog.getByRole('heading', { level: 2 });
    for (const hero of heroes) {
      await page.evaluate(() => window.__expo.teleport(0, 40, 0));
      await settle(page);
      // The model body itself (a point on its surface, away from the hotspot buttons).
      const body = await page.evaluate((id) => window.__expo.project(`model:${id}`), hero.id);
      expect(body, hero.id).not.toBeNull();
      await page.mouse.click(body!.x, body!.y);
      await expect(title).toHaveText(hero.zh);
      await expect(page).toHaveURL(new RegExp(`#/exhibit/${hero.id}$`));
      await expect(dialog).toContainText('衡阳日报');
      await expect(dialog).toContainText('邓小山');
      await settle(page);
      // The panel must not cover the exhibit it frames.
      const framed = await page.evaluate((id) => window.__expo.project(id), hero.id);
      const panel = (await dialog.boundingBox())!;
      expect(framed, hero.id).not.toBeNull();
      expect(framed!.x).toBeLessThan(panel.x);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      // Its hotspot marker: a DOM button at the projected anchor.
      const marker = await page.evaluate((id) => window.__expo.project(id), hero.id);
      await page.mouse.click(marker!.x, marker!.y);
      await expect(title).toHaveText(hero.zh);
      await page.getByRole('button', { name: '关闭展品介绍' }).click();
      await expect(dialog).toBeHidden();
      // Its deep link, followed within the page.
      await page.evaluate((id) => (window.location.hash = `#/exhibit/${id}`), hero.id);
      await expect(title).toHaveText(hero.zh);
      await page.getByRole('button', { name: '关闭展品介绍' }).click();
      // The link flies the camera to the exhibit: let it land, or it carries on past the next teleport.
      await settle(page);
    }
  });

  test('Tab reaches the hotspots in hall order and Enter opens the panel; Esc returns focus', async ({
    page,
  }) => {
    await openHall(page);
    await page.evaluate(() => window.__expo.teleport(0, 40, 0));
    await settle(page);
    const order = await page
      .locator('[data-hotspot]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-hotspot')));
    // The frontier instruments come in hall order, left to right (zone boards have hotspots too).
    const heroIds: string[] = heroes.map((h) => h.id);
    expect(order.filter((h) => heroIds.includes(h!))).toEqual(heroIds);
    // A focused hotspot is never hidden under the overlay (hidden ones leave the Tab order).
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el?.hasAttribute('data-hotspot')) return null;
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return { id: el.getAttribute('data-hotspot'), visible: !!top && el.contains(top) };
      });
      if (focus) expect(focus.visible, `${focus.id} is focused but hidden`).toBe(true);
      found = focus?.id === 'industrial-ct';
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('工业CT');
    await expect(dialog.getByRole('heading', { level: 2 })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.locator('[data-hotspot="industrial-ct"]')).toBeFocused();
    // Every frontier instrument opens by keyboard alone, wherever the visitor stands: I, type, Enter.
    for (const hero of heroes) {
      await page.keyboard.press('i');
      await page.keyboard.type(hero.zh);
      await page.keyboard.press('Enter');
      await expect(dialog.getByRole('heading', { level: 2 })).toHaveText(hero.zh);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
    }
  });

  test('a part hotspot opens the panel at that part, and back/forward follow the panels', async ({
    page,
  }) => {
    await openHall(page);
    // Part hotspots show near their instrument, where they stand clear of each other: step up to the CT.
    await page.evaluate(() => window.__expo.teleport(0, 31, 0));
    await settle(page);
    await page.locator('[data-hotspot="industrial-ct/xray-source"]').click();
    await expect(page).toHaveURL(/#\/exhibit\/industrial-ct\/xray-source$/);
    await expect(page.locator('#part-xray-source')).toHaveAttribute('data-active', 'true');
    // A link followed from elsewhere (the CT now fills the view, so the other markers are off screen).
    await page.evaluate(() => (window.location.hash = '#/exhibit/quantum-gravimeter'));
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('量子绝对重力仪');
    await page.goBack();
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('工业CT');
    await page.goForward();
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('量子绝对重力仪');
  });

  test('an unknown deep link explains itself and lists the exhibits; nothing breaks', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/?test&quality=low#/exhibit/no-such-thing');
    await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('no-such-thing');
    for (const h of heroes) await expect(alert.getByRole('link', { name: h.zh })).toBeVisible();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await alert.getByRole('link', { name: '工业CT' }).click();
    await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText('工业CT');
    expect(errors).toEqual([]);
  });

  test('each live demonstration runs to its result; opening a deep link on load opens the panel', async ({
    page,
  }) => {
    // Three demos run to the end at software-rendering frame rates: give them time.
    test.setTimeout(420_000);
    await page.goto(`/?test&quality=low#/exhibit/${heroes[0].id}`);
    await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 });
    for (const hero of heroes) {
      if (hero !== heroes[0])
        await page.evaluate((id) => (window.location.hash = `#/exhibit/${id}`), hero.id);
      await expect(page.getByRole('dialog').getByRole('heading', { level: 2 })).toHaveText(hero.zh);
      const demo = page.locator(`.demo-panel[data-demo="${hero.id}"]`);
      await demo.getByRole('button', { name: '开始演示' }).click();
      await expect(demo).toHaveAttribute('data-status', 'running');
      await page.waitForTimeout(3000);
      await keepScreenshot(page, `demo-${hero.id}-running`);
      await expect(demo).toHaveAttribute('data-status', 'done', { timeout: 150_000 });
      await expect(demo.locator('canvas').first()).toBeVisible();
      await expect(demo.locator('.demo-status')).not.toBeEmpty();
      await keepScreenshot(page, `demo-${hero.id}-done`);
    }
  });
});
