import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { keepScreenshot, openHall, settle } from './helpers';

const selectedId = (page: Page) =>
  page.evaluate(() => (window.__expo.state().expo.selected as { id: string } | null)?.id ?? null);

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

test.describe('broken models', () => {
  // The service worker would answer model requests from its precache, past the routes below.
  test.use({ serviceWorkers: 'block' });

  test('a model that answers 404 or has corrupt bytes leaves a placeholder and a notice; its panel and demo work; nothing is thrown', async ({
    page,
  }) => {
    // The failed loads are handled: no uncaught error and no unhandled promise rejection reaches the page.
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      const w = window as unknown as { __rejections: string[] };
      w.__rejections = [];
      window.addEventListener('unhandledrejection', (e) => w.__rejections.push(String(e.reason)));
    });
    await page.route('**/models/industrial-ct.glb', (route) =>
      route.fulfill({ status: 404, body: 'Not found' }),
    );
    await page.route('**/models/quantum-gravimeter.glb', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'model/gltf-binary',
        body: Buffer.from('glTF-not-really'.repeat(40)),
      }),
    );
    await openHall(page);
    const notice = page.getByTestId('model-notice');
    await expect(notice).toContainText('工业CT');
    await expect(notice).toContainText('量子绝对重力仪');
    // The placeholders stand where the models would, and take clicks.
    await page.getByRole('button', { name: '知道了' }).click();
    await settle(page);
    const ct = await page.evaluate(() => window.__expo.project('model:industrial-ct'));
    expect(ct).not.toBeNull();
    await page.mouse.click(ct!.x, ct!.y);
    await expect.poll(() => selectedId(page)).toBe('industrial-ct');
    const demo = page.locator('.demo-panel[data-demo="industrial-ct"]');
    await demo.getByRole('button', { name: '开始演示' }).click();
    await expect(demo).toHaveAttribute('data-status', /running|done/);
    await keepScreenshot(page, 'model-failed-placeholder');
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __rejections: string[] }).__rejections)).toEqual(
      [],
    );
  });
});

test('bad deep links show a clear message, throw nothing and execute nothing', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.goto('/?test&quality=low');
  await expect(page.getByRole('banner')).toBeVisible();
  const bad = [
    ['#/exhibit/no-such-thing', 'no-such-thing'],
    ['#/exhibit/%E0%A4%A', '%E0%A4%A'],
    [`#/exhibit/${'x'.repeat(10_000)}`, 'x'.repeat(80)],
    [
      '#/exhibit/%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E',
      '<img src=x onerror="window.__pwned=1">',
    ],
    ['#/exhibit/%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E', '<script>window.__pwned=1</script>'],
    ['#/tour/%3Cb%3E1%3C%2Fb%3E', '<b>1</b>'],
    ['#/article/%3Csvg%20onload%3Dalert(1)%3E', '<svg onload=alert(1)>'],
  ] as const;
  for (const [hash, shown] of bad) {
    await page.evaluate((h) => (window.location.hash = h), hash);
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(shown);
    await page.getByRole('button', { name: '知道了' }).click();
    await expect(alert).toHaveCount(0);
  }
  expect(await page.evaluate(() => 'x'.repeat(0) + String((window as { __pwned?: number }).__pwned))).toBe(
    'undefined',
  );
  expect(await page.locator('img[src="x"], svg[onload], main script').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('under the Content-Security-Policy a full guided tour sends no request off the origin and breaks no rule', async ({
  page,
  baseURL,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  const response = await page.goto('/?test&quality=low');
  expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'");
  expect(meta).not.toContain('unsafe-inline');
  expect(meta).not.toMatch(/'unsafe-eval'/);
  await page.waitForFunction(() => window.__expo?.ready === true, null, { timeout: 90_000 });
  await page.getByRole('button', { name: '导览', exact: true }).click();
  const bar = page.getByRole('region', { name: /语音导览/ });
  await bar.getByRole('button', { name: /暂停/ }).click();
  for (let i = 1; i < 10; i++) {
    await bar.getByRole('button', { name: /下一站/ }).click();
    await expect(page.getByTestId('tour-progress')).toHaveText(`第 ${i + 1} / 10 站`);
  }
  await settle(page);
  const origin = new URL(baseURL ?? '').origin;
  const foreign = urls.filter((u) => !/^(data|blob):/.test(u) && new URL(u).origin !== origin);
  expect(foreign).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
});

test('axe finds no serious or critical violations on the walk view, overview, a panel, the index, the tour and the article view', async ({
  page,
}) => {
  test.setTimeout(300_000); // six full-page axe scans on a software-rendered page
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openHall(page);
  const found: Record<string, string[]> = {};
  found.walk = await seriousViolations(page);
  await page.getByRole('button', { name: '俯瞰' }).click();
  await settle(page);
  found.overview = await seriousViolations(page);
  await page.getByRole('button', { name: '漫步' }).click();
  await page.evaluate(() => (window.location.hash = '#/exhibit/quantum-gravimeter'));
  await expect(page.getByRole('dialog')).toBeVisible();
  found.panel = await seriousViolations(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('i');
  await page.getByRole('searchbox').fill('CT');
  found.index = await seriousViolations(page);
  await page.keyboard.press('Escape');
  await page.keyboard.press('t');
  await expect(page.getByRole('region', { name: /语音导览/ })).toBeVisible();
  found.tour = await seriousViolations(page);
  await page.keyboard.press('t');
  await page.getByRole('button', { name: '报道导读' }).click();
  found.article = await seriousViolations(page);
  expect(found).toEqual({ walk: [], overview: [], panel: [], index: [], tour: [], article: [] });
});
