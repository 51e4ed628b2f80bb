import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { keepScreenshot, openHall, settle } from './helpers';

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A hotspot the visitor can see now: its id, its marker and, when showing, its label (client px). */
interface Seen {
  id: string;
  marker: Box;
  label: Box | null;
}

/** Waits for the labels' fade to finish, then reads every hotspot button that is visible on screen. */
async function seenHotspots(page: Page): Promise<Seen[]> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
  );
  return page.evaluate(() => {
    const box = (r: DOMRect) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
    return [...document.querySelectorAll<HTMLElement>('[data-hotspot]')].flatMap((b) => {
      const r = b.getBoundingClientRect();
      const onScreen =
        r.width > 0 && r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight;
      if (!onScreen || getComputedStyle(b).visibility !== 'visible') return [];
      const label = b.querySelector('.hotspot-label')!;
      const labelShown = Number(getComputedStyle(label).opacity) > 0;
      return [
        {
          id: b.dataset.hotspot!,
          marker: box(r),
          label: labelShown ? box(label.getBoundingClientRect()) : null,
        },
      ];
    });
  });
}

const overlap = (a: Box, b: Box) =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

/** Pairs of visible hotspots whose labels overlap each other or the other's marker. */
function collisions(seen: Seen[]): string[] {
  const out: string[] = [];
  for (const a of seen)
    for (const b of seen) {
      if (a === b || !a.label) continue;
      if (b.label && a.id < b.id && overlap(a.label, b.label)) out.push(`label ${a.id} × label ${b.id}`);
      if (overlap(a.label, b.marker)) out.push(`label ${a.id} × marker ${b.id}`);
    }
  return out;
}

test('hotspots show only within reading distance and line of sight, and their labels never overlap', async ({
  page,
}) => {
  test.setTimeout(300_000);
  await openHall(page);
  // Fold the floor plan away: the view is what is checked here.
  await page.getByRole('button', { name: '平面图', exact: true }).click();
  const layout = await page.evaluate(() => window.__expo.layout());
  const building = new Map(layout.exhibits.map((e) => [e.id, e.building]));
  const hall1 = layout.zones.filter((z) => z.building === 'a');
  const showcase = hall1.find((z) => z.id === 'frontier-showcase')!;
  // The main entrance, the entry of each zone in hall 1, and the showcase's north edge (towards halls 2–3);
  // each looking the zone's way and north.
  const views = [
    { name: 'entrance', ...layout.start },
    ...hall1.flatMap((z) => [
      { name: z.id, ...z.entry },
      ...(z.entry.yawDeg !== 0 ? [{ name: `${z.id}-north`, ...z.entry, yawDeg: 0 }] : []),
    ]),
    {
      name: 'showcase-north',
      x: (showcase.rect.minX + showcase.rect.maxX) / 2,
      z: showcase.rect.minZ,
      yawDeg: 0,
    },
  ];
  expect(views.length).toBeGreaterThanOrEqual(5);

  for (const v of views) {
    await page.evaluate((p) => window.__expo.teleport(p.x, p.z, p.yawDeg), v);
    await settle(page);
    const seen = await seenHotspots(page);
    const elsewhere = seen.filter((s) => building.get(s.id.split('/')[0]!) !== 'a').map((s) => s.id);
    expect(elsewhere, `${v.name}: hotspots of halls 2–3 in view`).toEqual([]);
    expect(collisions(seen), `${v.name}: overlapping labels`).toEqual([]);
    if (v.name === 'entrance') {
      // The CT, 30 m down the aisle, shows with its label (the welcome backdrop may hide its neighbours);
      // the instruments' parts do not, and leave the Tab order.
      expect(seen.filter((s) => s.label).map((s) => s.id)).toContain('industrial-ct');
      expect(seen.filter((s) => s.id.includes('/'))).toEqual([]);
      const part = page.locator('[data-hotspot="industrial-ct/xray-source"]');
      await expect(part).toBeHidden();
      expect(await part.evaluate((b: HTMLElement) => (b.focus(), document.activeElement === b))).toBe(false);
      await keepScreenshot(page, 'hotspots-entrance');
    }
  }

  // Line of sight: hall 2's Changning board, 8 m behind the workshop's south wall, is within reading distance
  // from the yard yet hidden; a step inside the wall, it shows.
  const board = layout.exhibits.find((e) => e.id === 'changning-nonferrous')!;
  const hall2 = layout.buildings.find((b) => b.id === board.building)!;
  const southWall = Math.max(...hall2.floor.map(([, z]) => z));
  for (const [z, inSight] of [
    [southWall + 8, false],
    [southWall - 1.5, true],
  ] as const) {
    await page.evaluate((p) => window.__expo.teleport(p.x, p.z, 0), { x: board.x!, z });
    await settle(page);
    const ids = (await seenHotspots(page)).map((s) => s.id);
    expect(ids.includes(board.id), `${board.id} seen from z = ${z}`).toBe(inSight);
  }

  // Next to an instrument its parts show, still without overlapping labels.
  await page.evaluate(() => window.__expo.teleport(0, 33, 0));
  await settle(page);
  const near = await seenHotspots(page);
  expect(near.filter((s) => s.id.startsWith('industrial-ct/')).length).toBeGreaterThan(0);
  expect(collisions(near), 'near the CT').toEqual([]);

  // The overview: every hall in sight, labels still apart.
  await page.evaluate(() => window.__expo.overview());
  await settle(page);
  const above = await seenHotspots(page);
  expect(above.length).toBeGreaterThan(0);
  expect(collisions(above), 'overview: overlapping labels').toEqual([]);
  await keepScreenshot(page, 'hotspots-overview');

  // A framed exhibit's marker and label sit below the toolbar, even when it wraps to two rows (English).
  await page.getByRole('button', { name: /切换到英文/ }).click();
  const toolbar = (await page.getByRole('banner').boundingBox())!;
  for (const id of ['strategy-wall', 'industrial-ct']) {
    await page.evaluate((h) => (window.location.hash = h), `#/exhibit/${id}`);
    await expect(page.getByRole('dialog')).toBeVisible();
    await settle(page);
    const framed = (await seenHotspots(page)).find((s) => s.id === id);
    expect(framed, `${id} is framed with its hotspot in view`).toBeDefined();
    expect(framed!.label, `${id} shows its label`).not.toBeNull();
    expect(framed!.label!.top).toBeGreaterThanOrEqual(toolbar.y + toolbar.height);
  }
  await keepScreenshot(page, 'hotspots-framed-en');
});
