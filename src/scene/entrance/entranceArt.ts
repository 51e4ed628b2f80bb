/**
 * The entrance's graphics, drawn once per language into one atlas: the welcome backdrop, the directory,
 * the hanging banners and the reception desk's sign. Pure functions of a 2D context and data (no DOM, no
 * three), so they can run on an OffscreenCanvas in a worker.
 */
import type { Ctx2D, Measure } from '../canvasText';
import type { PxRect } from './atlas';
import { packShelves } from './atlas';
import { bannerPlan, drawBanner, drawDeskSign, drawWelcomeBanner, welcomeBannerPlan } from './bannerArt';
import { directoryPlan, drawDirectory } from './directoryArt';
import { drawWelcome, welcomePlan } from './welcomeArt';
import type { BannerData, DirectoryData, EntranceTexts } from './signKit';
import { entranceAtlas } from './signKit';

/** The regions of the atlas, by part; zone banners by zone id. */
export interface EntranceRegions {
  welcome: PxRect;
  directory: PxRect;
  welcomeBanner: PxRect;
  desk: PxRect;
  zoneBanners: Record<string, PxRect>;
}

/** Where each part's picture lies in the atlas (zone banners in the order given). */
export function entranceRegions(zoneIds: readonly string[]): EntranceRegions {
  const a = entranceAtlas;
  const r = packShelves(
    [
      { id: 'welcome', ...a.backdrop },
      { id: 'directory', ...a.backdrop },
      { id: 'welcomeBanner', ...a.welcomeBanner },
      ...zoneIds.map((z) => ({ id: `zone:${z}`, ...a.zoneBanner })),
      { id: 'desk', ...a.desk },
    ],
    a.sizePx,
    a.sizePx,
  );
  const at = (id: string): PxRect => r[id]!;
  return {
    welcome: at('welcome'),
    directory: at('directory'),
    welcomeBanner: at('welcomeBanner'),
    desk: at('desk'),
    zoneBanners: Object.fromEntries(zoneIds.map((z) => [z, at(`zone:${z}`)])),
  };
}

/** Everything the atlas shows. */
export interface EntranceArt {
  texts: EntranceTexts;
  directory: DirectoryData;
  banners: readonly BannerData[];
}

/** Draws every part of the entrance into its region of the atlas. */
export function drawEntranceAtlas(
  g: Ctx2D,
  measure: Measure,
  regions: EntranceRegions,
  art: EntranceArt,
): void {
  const inRegion = (r: PxRect, draw: () => void) => {
    g.save();
    g.translate(r.x, r.y);
    g.beginPath();
    g.rect(0, 0, r.w, r.h);
    g.clip();
    draw();
    g.restore();
  };
  const { welcome, directory, welcomeBanner, desk } = regions;
  inRegion(welcome, () =>
    drawWelcome(g, welcomePlan(measure, welcome.w, welcome.h, art.texts), welcome.w, welcome.h),
  );
  inRegion(directory, () =>
    drawDirectory(
      g,
      directoryPlan(measure, directory.w, directory.h, art.directory, art.texts),
      directory.w,
      directory.h,
      art.directory,
    ),
  );
  inRegion(welcomeBanner, () =>
    drawWelcomeBanner(
      g,
      welcomeBannerPlan(measure, welcomeBanner.w, welcomeBanner.h, art.texts),
      welcomeBanner.w,
      welcomeBanner.h,
    ),
  );
  for (const b of art.banners) {
    const r = regions.zoneBanners[b.zone.id];
    if (r) inRegion(r, () => drawBanner(g, bannerPlan(measure, r.w, r.h, b.zone), r.w, r.h, b));
  }
  inRegion(desk, () => drawDeskSign(g, measure, desk.w, desk.h, art.texts));
}
