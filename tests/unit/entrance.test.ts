import { describe, expect, it } from 'vitest';
import { zones } from '../../src/content/zones';
import { CollisionWorld } from '../../src/layout/collision';
import { entrance, entranceFootprints, entranceLayout } from '../../src/layout/entrance';
import { framing } from '../../src/layout/framing';
import { buildingAt, buildings, startPose, zonePlacements } from '../../src/layout/hall';
import type { Rect } from '../../src/layout/geometry';
import { rectContains } from '../../src/layout/geometry';
import { benchWalk } from '../../src/layout/path';
import type { PxRect } from '../../src/scene/entrance/atlas';
import { bannerPlan, welcomeBannerPlan } from '../../src/scene/entrance/bannerArt';
import { directoryPlan } from '../../src/scene/entrance/directoryArt';
import { entranceRegions } from '../../src/scene/entrance/entranceArt';
import { entranceArt } from '../../src/scene/entrance/entranceData';
import { entranceAtlas } from '../../src/scene/entrance/signKit';
import { welcomePlan } from '../../src/scene/entrance/welcomeArt';
import { fakeMeasure } from './fakeMeasure';

const layout = entranceLayout();
const langs = ['zh', 'en'] as const;

/** Elevation (degrees above eye level) of a point seen from the start pose. */
function elevationDeg(x: number, y: number, z: number): number {
  return (Math.atan2(y - framing.eyeHeightM, Math.hypot(x - startPose.x, z - startPose.z)) * 180) / Math.PI;
}

/** Bearing from the start pose, degrees right of straight ahead. */
function bearing(x: number, z: number): number {
  return (Math.atan2(x - startPose.x, -(z - startPose.z)) * 180) / Math.PI;
}

/** Whether two rectangles share more than an edge (1e-6 px of rounding allowed). */
const overlaps = (a: PxRect, b: PxRect) =>
  a.x < b.x + b.w - 1e-6 && b.x < a.x + a.w - 1e-6 && a.y < b.y + b.h - 1e-6 && b.y < a.y + a.h - 1e-6;
const inside = (a: PxRect, w: number, h: number) =>
  a.x >= 0 && a.y >= 0 && a.x + a.w <= w + 0.5 && a.y + a.h <= h + 0.5;

describe('the expo entrance layout', () => {
  it('hangs one banner per zone, in order of the zone’s bearing from the door, round the welcome banner', () => {
    const zoneBanners = layout.banners.filter((b) => b.kind === 'zone');
    expect(zoneBanners.map((b) => b.zone).sort()).toEqual(zones.map((z) => z.id).sort());
    expect(layout.banners.filter((b) => b.kind === 'welcome')).toHaveLength(1);
    const byX = [...layout.banners].sort((a, b) => a.x - b.x);
    const bearings = byX.filter((b) => b.kind === 'zone').map((b) => b.bearingDeg!);
    expect(bearings).toEqual([...bearings].sort((a, b) => a - b));
    // Each arrow follows the zone's entry as seen from the door.
    for (const b of zoneBanners) {
      const entry = zonePlacements[b.zone!]!.entry;
      expect(b.bearingDeg).toBeCloseTo(bearing(entry.x, entry.z), 6);
    }
    const welcome = byX.findIndex((b) => b.kind === 'welcome');
    expect(Math.abs(welcome - (byX.length - 1) / 2)).toBeLessThanOrEqual(0.5);
  });

  it('hangs the banners inside 1号厂房 under its trusses, the bar below the bottom chords', () => {
    const hall = buildings.find((b) => b.id === 'a')!;
    expect(layout.bar.y).toBeLessThan(hall.eaveM);
    for (const b of layout.banners) {
      expect(buildingAt(b)?.id).toBe('a');
      expect(b.y + b.heightM / 2).toBeLessThan(layout.bar.y);
      expect(b.x - b.widthM / 2).toBeGreaterThanOrEqual(layout.bar.x0 - 1e-9);
      expect(b.x + b.widthM / 2).toBeLessThanOrEqual(layout.bar.x1 + 1e-9);
    }
  });

  it('puts backdrops, desk and banners in the first view at 1280×720, the banners above the backdrops', () => {
    const halfH = (framing.fovDeg / 2) * (Math.PI / 180);
    const halfWDeg = (Math.atan(Math.tan(halfH) * (1280 / 720)) * 180) / Math.PI;
    const panelEnds = (p: typeof layout.welcome) => {
      const r = (p.yawDeg * Math.PI) / 180;
      return [-1, 1].map((s) => ({
        x: p.x + (s * p.widthM * Math.cos(r)) / 2,
        z: p.z - (s * p.widthM * Math.sin(r)) / 2,
      }));
    };
    let backdropTop = -90;
    for (const p of [layout.welcome, layout.directory, layout.desk])
      for (const e of panelEnds(p)) {
        expect(Math.abs(bearing(e.x, e.z))).toBeLessThan(halfWDeg);
        if (p !== layout.desk) backdropTop = Math.max(backdropTop, elevationDeg(e.x, p.heightM, e.z));
      }
    for (const b of layout.banners) {
      expect(Math.abs(bearing(b.x + Math.sign(b.x) * (b.widthM / 2), b.z))).toBeLessThan(halfWDeg);
      expect(elevationDeg(b.x, b.y - b.heightM / 2, b.z)).toBeGreaterThan(backdropTop);
      // Below the toolbar's band at the top of the view (a quarter of the half-height).
      expect(elevationDeg(b.x, b.y + b.heightM / 2, b.z)).toBeLessThan((framing.fovDeg / 2) * 0.7);
    }
  });

  it('keeps the desk below the welcome backdrop’s plinth band, so it hides nothing that must be read', () => {
    expect(entranceAtlas.welcomePlinthFrac * layout.welcome.heightM).toBeGreaterThanOrEqual(
      entrance.deskHeightM,
    );
  });

  it('makes the backdrops and the desk solid and leaves the start, the aisle and the bench walk free', () => {
    const world = new CollisionWorld();
    world.register('entrance', entranceFootprints);
    world.register('entrance', entranceFootprints);
    expect(world.colliders.boxes.filter((b) => entranceFootprints.includes(b))).toHaveLength(
      entranceFootprints.length,
    );
    for (const p of [layout.welcome, layout.directory, layout.desk]) expect(world.blocked(p)).toBe(true);
    expect(world.blocked(startPose)).toBe(false);
    for (let z = startPose.z; z >= 40; z -= 0.25)
      expect(world.blocked({ x: startPose.x, z }), `aisle z=${z}`).toBe(false);
    for (let i = 1; i < benchWalk.length; i++) {
      const a = benchWalk[i - 1]!;
      const b = benchWalk[i]!;
      for (let t = 0; t <= 1; t += 0.02)
        expect(world.blocked({ x: a.x + (b.x - a.x) * t, z: a.z + (b.z - a.z) * t })).toBe(false);
    }
    for (const [id, z] of Object.entries(zonePlacements)) expect(world.blocked(z.entry), id).toBe(false);
    // The directory's reader stands on free floor.
    expect(world.blocked(layout.youAreHere)).toBe(false);
  });

  it('covers a turned panel with boxes that hold its centre line and no more than its depth either side', () => {
    const p = layout.welcome;
    const r = (p.yawDeg * Math.PI) / 180;
    const boxes = entranceFootprints.slice(0, Math.ceil(p.widthM / entrance.colliderStepM));
    for (let u = -p.widthM / 2 + 0.05; u <= p.widthM / 2 - 0.05; u += 0.1) {
      const pt = { x: p.x + Math.cos(r) * u, z: p.z - Math.sin(r) * u };
      expect(boxes.some((b: Rect) => rectContains(b, pt))).toBe(true);
      const off = { x: pt.x + Math.sin(r) * 0.6, z: pt.z + Math.cos(r) * 0.6 };
      expect(boxes.some((b: Rect) => rectContains(b, off))).toBe(false);
    }
  });
});

describe('the entrance graphics', () => {
  const zoneIds = layout.banners.flatMap((b) => (b.zone ? [b.zone] : []));
  const regions = entranceRegions(zoneIds);
  const all = [
    regions.welcome,
    regions.directory,
    regions.welcomeBanner,
    regions.desk,
    ...Object.values(regions.zoneBanners),
  ];

  it('packs every picture into the atlas without overlap, each with its face’s proportions', () => {
    for (const r of all) expect(inside(r, entranceAtlas.sizePx, entranceAtlas.sizePx)).toBe(true);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(overlaps(all[i]!, all[j]!)).toBe(false);
    const aspect = (r: PxRect) => r.w / r.h;
    const near = (a: number, b: number) => expect(Math.abs(a / b - 1)).toBeLessThan(0.02);
    near(aspect(regions.welcome), layout.welcome.widthM / layout.welcome.heightM);
    near(aspect(regions.desk), layout.desk.widthM / (layout.desk.heightM - 0.05));
    const zb = layout.banners.find((b) => b.kind === 'zone')!;
    const wb = layout.banners.find((b) => b.kind === 'welcome')!;
    near(aspect(regions.zoneBanners[zb.zone!]!), zb.widthM / zb.heightM);
    near(aspect(regions.welcomeBanner), wb.widthM / wb.heightM);
  });

  for (const lang of langs)
    it(`lists every zone on the directory in ${lang}, inside the board, with “you are here” on the map`, () => {
      const art = entranceArt(lang);
      const { w, h } = entranceAtlas.backdrop;
      const plan = directoryPlan(fakeMeasure, w, h, art.directory, art.texts);
      expect(plan.legend.map((l) => l.zone.id)).toEqual(zones.map((z) => z.id));
      expect(plan.legend.map((l) => l.zone.name)).toEqual(zones.map((z) => z.name[lang]));
      for (const [i, row] of plan.legend.entries()) {
        expect(inside(row.row, w, h)).toBe(true);
        expect(row.name.heightPx).toBeLessThanOrEqual(row.row.h);
        if (i > 0) expect(overlaps(row.row, plan.legend[i - 1]!.row)).toBe(false);
        expect(overlaps(row.row, plan.map)).toBe(false);
      }
      const here = plan.here;
      expect(here.x).toBeGreaterThan(plan.map.x);
      expect(here.x).toBeLessThan(plan.map.x + plan.map.w);
      expect(here.y).toBeGreaterThan(plan.map.y);
      expect(here.y).toBeLessThan(plan.map.y + plan.map.h);
      expect(here.label.lines.join('')).toBe(lang === 'zh' ? '您在这里' : 'You are here');
      // Every zone's centre lands on the map.
      for (const z of art.directory.zones) {
        const c = plan.toPx({ x: (z.rect.minX + z.rect.maxX) / 2, z: (z.rect.minZ + z.rect.maxZ) / 2 });
        expect(
          c.x > plan.map.x &&
            c.x < plan.map.x + plan.map.w &&
            c.y > plan.map.y &&
            c.y < plan.map.y + plan.map.h,
        ).toBe(true);
      }
    });

  for (const lang of langs)
    it(`names each zone on its banner in ${lang}, whole and inside the banner`, () => {
      const art = entranceArt(lang);
      expect(art.banners.map((b) => b.zone.id).sort()).toEqual(zones.map((z) => z.id).sort());
      const { w, h } = entranceAtlas.zoneBanner;
      for (const b of art.banners) {
        const p = bannerPlan(fakeMeasure, w, h, b.zone);
        expect(p.name.lines.join(lang === 'en' ? ' ' : '')).toBe(b.zone.name);
        expect(p.name.widthPx).toBeLessThanOrEqual(w);
        expect(p.nameY).toBeGreaterThan(p.arrow.y + p.arrow.r);
        expect(p.nameY + p.name.heightPx).toBeLessThanOrEqual(h);
      }
      const wb = welcomeBannerPlan(
        fakeMeasure,
        entranceAtlas.welcomeBanner.w,
        entranceAtlas.welcomeBanner.h,
        art.texts,
      );
      expect(wb.title.lines.join(lang === 'en' ? ' ' : '')).toBe(art.texts.expo);
      expect(wb.y[2] + wb.when.heightPx).toBeLessThanOrEqual(entranceAtlas.welcomeBanner.h);
    });

  for (const lang of langs)
    it(`sets the welcome backdrop’s texts above its plinth band in ${lang}, none cut short`, () => {
      const art = entranceArt(lang);
      const { w, h } = entranceAtlas.backdrop;
      const p = welcomePlan(fakeMeasure, w, h, art.texts);
      expect(p.plinthY).toBeCloseTo(h * (1 - entranceAtlas.welcomePlinthFrac));
      expect(p.y.info + p.infoH).toBeLessThanOrEqual(p.plinthY);
      const texts = [
        p.welcome,
        p.title,
        p.titleOther,
        p.dates,
        p.twoAndOne,
        ...p.events,
        ...p.info.flatMap((i) => [i.label, i.value]),
      ];
      for (const t of texts) {
        expect(t.lines.join('')).not.toContain('…');
        expect(t.widthPx).toBeLessThanOrEqual(w);
      }
      expect(p.events.map((e) => e.lines.join(lang === 'en' ? ' ' : ''))).toEqual(art.texts.events);
      expect(p.info[0]!.value.lines.join(lang === 'en' ? ' ' : '')).toBe(art.texts.organiser);
    });
});
