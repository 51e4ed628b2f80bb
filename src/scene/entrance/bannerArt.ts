/** The entrance's hanging banners (one per zone, and the welcome banner) and the reception desk's sign. */
import type { Ctx2D, FittedText, Measure } from '../canvasText';
import { drawFitted, fitText, font } from '../canvasText';
import type { PxRect } from './atlas';
import type { BannerData, EntranceTexts, SignZone } from './signKit';
import { entranceInk } from './signKit';

/** A banner's drawing plan: the building tag, the arrow's box, and the name fitted below. */
export interface BannerPlan {
  band: PxRect;
  building: FittedText;
  arrow: { x: number; y: number; r: number };
  name: FittedText;
  nameY: number;
}

/** Lays out a zone banner: a band with the building, a big arrow, and the zone's name filling the rest. */
export function bannerPlan(measure: Measure, w: number, h: number, zone: SignZone): BannerPlan {
  const pad = Math.round(w * 0.06);
  const band: PxRect = { x: 0, y: 0, w, h: Math.round(h * 0.16) };
  const building = fitText(measure, zone.building, w - 2 * pad, band.h * 0.8, {
    weight: 700,
    maxPx: band.h * 0.62,
    minPx: 12,
    maxLines: 1,
  });
  const arrowR = h * 0.14;
  const arrow = { x: w / 2, y: band.h + pad * 0.5 + arrowR, r: arrowR };
  const nameTop = arrow.y + arrowR + pad * 0.5;
  const name = fitText(measure, zone.name, w - 2 * pad, h - nameTop - pad * 0.6, {
    weight: 800,
    maxPx: h * 0.2,
    minPx: 14,
    maxLines: 3,
    lineHeight: 1.08,
  });
  const nameY = nameTop + (h - nameTop - pad * 0.6 - name.heightPx) / 2;
  return { band, building, arrow, name, nameY };
}

/** Draws an arrow in a circle pointing along a bearing (0 up, i.e. straight ahead; 90 right). */
function drawArrow(
  g: Ctx2D,
  x: number,
  y: number,
  r: number,
  bearingDeg: number,
  color: string,
  bg: string,
): void {
  g.fillStyle = bg;
  g.beginPath();
  g.arc(x, y, r, 0, Math.PI * 2);
  g.fill();
  g.save();
  g.translate(x, y);
  g.rotate((bearingDeg * Math.PI) / 180);
  g.fillStyle = color;
  g.beginPath();
  g.moveTo(0, -r * 0.72);
  g.lineTo(r * 0.55, -r * 0.08);
  g.lineTo(r * 0.2, -r * 0.08);
  g.lineTo(r * 0.2, r * 0.68);
  g.lineTo(-r * 0.2, r * 0.68);
  g.lineTo(-r * 0.2, -r * 0.08);
  g.lineTo(-r * 0.55, -r * 0.08);
  g.closePath();
  g.fill();
  g.restore();
}

/** Draws a zone banner: its colour, building, an arrow towards the zone from the door, and its name. */
export function drawBanner(g: Ctx2D, p: BannerPlan, w: number, h: number, b: BannerData): void {
  g.fillStyle = b.zone.color;
  g.fillRect(0, 0, w, h);
  g.fillStyle = 'rgba(0,0,0,0.28)';
  g.fillRect(p.band.x, p.band.y, p.band.w, p.band.h);
  drawFitted(g, p.building, w / 2, (p.band.h - p.building.heightPx) / 2, entranceInk.white, 'center');
  drawArrow(g, p.arrow.x, p.arrow.y, p.arrow.r, b.bearingDeg, b.zone.color, entranceInk.white);
  drawFitted(g, p.name, w / 2, p.nameY, entranceInk.white, 'center', 1.08);
}

/** The welcome banner's plan: the welcome, the expo's name and when and where, centred. */
export interface WelcomeBannerPlan {
  welcome: FittedText;
  title: FittedText;
  when: FittedText;
  y: [number, number, number];
}

/** Lays out the welcome banner hanging over the aisle. */
export function welcomeBannerPlan(
  measure: Measure,
  w: number,
  h: number,
  t: EntranceTexts,
): WelcomeBannerPlan {
  const pad = Math.round(h * 0.08);
  const inner = w - 2 * pad;
  const welcome = fitText(measure, t.welcome, inner, h * 0.16, {
    weight: 600,
    maxPx: h * 0.13,
    minPx: 12,
    maxLines: 1,
  });
  const title = fitText(measure, t.expo, inner, h * 0.46, {
    weight: 800,
    maxPx: h * 0.3,
    minPx: 16,
    maxLines: 2,
    lineHeight: 1.08,
  });
  const when = fitText(measure, t.whenWhere, inner, h * 0.17, {
    weight: 700,
    maxPx: h * 0.14,
    minPx: 12,
    maxLines: 1,
  });
  const total = welcome.heightPx + title.heightPx + when.heightPx + 2 * h * 0.03;
  const y0 = (h - total) / 2;
  const y1 = y0 + welcome.heightPx + h * 0.03;
  return { welcome, title, when, y: [y0, y1, y1 + title.heightPx + h * 0.03] };
}

/** Draws the welcome banner. */
export function drawWelcomeBanner(g: Ctx2D, p: WelcomeBannerPlan, w: number, h: number): void {
  const ink = entranceInk;
  g.fillStyle = ink.navy;
  g.fillRect(0, 0, w, h);
  g.fillStyle = ink.brick;
  g.fillRect(0, 0, w, h * 0.05);
  g.fillRect(0, h * 0.95, w, h * 0.05);
  drawFitted(g, p.welcome, w / 2, p.y[0], ink.gold, 'center');
  drawFitted(g, p.title, w / 2, p.y[1], ink.white, 'center', 1.08);
  drawFitted(g, p.when, w / 2, p.y[2], ink.gold, 'center');
}

/** Draws the reception desk's front: an information pictogram and the desk's name in both languages. */
export function drawDeskSign(g: Ctx2D, measure: Measure, w: number, h: number, t: EntranceTexts): void {
  const ink = entranceInk;
  g.fillStyle = ink.paper;
  g.fillRect(0, 0, w, h);
  g.fillStyle = ink.navy;
  g.fillRect(0, h * 0.82, w, h * 0.18);
  const r = h * 0.26;
  const cx = w * 0.1 + r;
  const cy = h * 0.41;
  g.fillStyle = ink.navy;
  g.beginPath();
  g.arc(cx, cy, r, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = ink.white;
  g.font = font(800, r * 1.5);
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText('i', cx, cy + r * 0.06);
  const x = cx + r + w * 0.04;
  const main = fitText(measure, t.desk, w - x - w * 0.04, h * 0.34, {
    weight: 800,
    maxPx: h * 0.3,
    minPx: 14,
    maxLines: 1,
  });
  const other = fitText(measure, t.deskOther, w - x - w * 0.04, h * 0.2, {
    weight: 500,
    maxPx: h * 0.16,
    minPx: 10,
    maxLines: 1,
  });
  drawFitted(g, main, x, h * 0.41 - main.heightPx * 0.85, ink.ink);
  drawFitted(g, other, x, h * 0.45, ink.inkSoft);
}
