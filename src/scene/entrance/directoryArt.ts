/** The entrance's directory: a plan of the block drawn from the layout, numbered zones, "you are here". */
import type { Rect, Vec2 } from '../../layout/geometry';
import type { Ctx2D, FittedText, Measure } from '../canvasText';
import { drawFitted, fitText, font } from '../canvasText';
import type { PxRect } from './atlas';
import type { DirectoryData, EntranceTexts, SignZone } from './signKit';
import { entranceInk } from './signKit';

/** The directory's drawing plan in its region's own px: the map, its projection and the legend rows. */
export interface DirectoryPlan {
  header: PxRect;
  title: FittedText;
  map: PxRect;
  /** Plan metres to px in the region (north, -z, up). */
  toPx: (p: Vec2) => { x: number; y: number };
  /** Size of the building names, which sit just above each building. */
  labelPx: number;
  legend: { zone: SignZone; row: PxRect; name: FittedText }[];
  legendTitle: FittedText;
  here: { x: number; y: number; label: FittedText };
}

/** Lays out the directory in a w × h region: header band, the map on the left, a legend of every zone. */
export function directoryPlan(
  measure: Measure,
  w: number,
  h: number,
  data: DirectoryData,
  t: EntranceTexts,
): DirectoryPlan {
  const pad = Math.round(w * 0.03);
  const header: PxRect = { x: 0, y: 0, w, h: Math.round(h * 0.14) };
  const title = fitText(measure, t.directory, w - 2 * pad, header.h * 0.7, {
    weight: 700,
    maxPx: header.h * 0.62,
    minPx: 20,
    maxLines: 1,
  });
  const legendW = Math.round(w * 0.34);
  const top = header.h + pad;
  const map: PxRect = { x: pad, y: top, w: w - legendW - 3 * pad, h: h - top - pad };
  const xs = data.buildings.flatMap((b) => [b.floor.minX, b.floor.maxX]);
  const zs = data.buildings.flatMap((b) => [b.floor.minZ, b.floor.maxZ]);
  const bounds = {
    minX: Math.min(...xs, data.youAreHere.x) - 6,
    maxX: Math.max(...xs, data.youAreHere.x) + 6,
    minZ: Math.min(...zs, data.youAreHere.z) - 12,
    maxZ: Math.max(...zs, data.youAreHere.z) + 16,
  };
  const scale = Math.min(map.w / (bounds.maxX - bounds.minX), map.h / (bounds.maxZ - bounds.minZ));
  const ox = map.x + (map.w - (bounds.maxX - bounds.minX) * scale) / 2;
  const oy = map.y + (map.h - (bounds.maxZ - bounds.minZ) * scale) / 2;
  const toPx = (p: Vec2) => ({ x: ox + (p.x - bounds.minX) * scale, y: oy + (p.z - bounds.minZ) * scale });

  const lx = w - legendW - pad;
  const legendTitle = fitText(measure, t.zonesHeading, legendW, h * 0.06, {
    weight: 700,
    maxPx: h * 0.05,
    minPx: 14,
    maxLines: 1,
  });
  const rowsTop = top + legendTitle.heightPx + pad * 0.5;
  const rowH = (h - pad - rowsTop) / Math.max(1, data.zones.length);
  const badge = Math.min(rowH * 0.7, legendW * 0.16);
  const legend = data.zones.map((zone, i) => {
    const row: PxRect = { x: lx, y: rowsTop + i * rowH, w: legendW, h: rowH };
    const name = fitText(measure, zone.name, legendW - badge - pad * 0.6, rowH * 0.86, {
      weight: 700,
      maxPx: rowH * 0.4,
      minPx: 11,
      maxLines: 2,
      lineHeight: 1.1,
    });
    return { zone, row, name };
  });
  const hp = toPx(data.youAreHere);
  const label = fitText(measure, t.youAreHere, map.w * 0.4, h * 0.07, {
    weight: 700,
    maxPx: h * 0.045,
    minPx: 12,
    maxLines: 1,
  });
  return {
    header,
    title,
    map,
    toPx,
    labelPx: Math.min(26, 9 * scale),
    legend,
    legendTitle,
    here: { ...hp, label },
  };
}

/** Draws a badge: a filled circle in a colour with a number in white. */
function drawBadge(g: Ctx2D, x: number, y: number, r: number, color: string, n: number): void {
  g.fillStyle = color;
  g.beginPath();
  g.arc(x, y, r, 0, Math.PI * 2);
  g.fill();
  g.strokeStyle = entranceInk.white;
  g.lineWidth = Math.max(2, r * 0.14);
  g.stroke();
  g.fillStyle = entranceInk.white;
  g.font = font(800, r * 1.2);
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(String(n), x, y + r * 0.06);
}

/** Draws the directory: a plan of the block from the layout, numbered zones, a legend and "you are here". */
export function drawDirectory(
  g: Ctx2D,
  plan: DirectoryPlan,
  w: number,
  h: number,
  data: DirectoryData,
): void {
  const ink = entranceInk;
  g.fillStyle = ink.paper;
  g.fillRect(0, 0, w, h);
  g.fillStyle = ink.navy;
  g.fillRect(plan.header.x, plan.header.y, plan.header.w, plan.header.h);
  drawFitted(g, plan.title, w * 0.03, (plan.header.h - plan.title.heightPx) / 2, ink.white);
  // North arrow at the header's right end.
  const na = { x: w - plan.header.h * 0.6, y: plan.header.h / 2, r: plan.header.h * 0.3 };
  g.fillStyle = ink.gold;
  g.beginPath();
  g.moveTo(na.x, na.y - na.r);
  g.lineTo(na.x + na.r * 0.55, na.y + na.r);
  g.lineTo(na.x, na.y + na.r * 0.5);
  g.lineTo(na.x - na.r * 0.55, na.y + na.r);
  g.closePath();
  g.fill();
  g.font = font(800, na.r * 0.8);
  g.textAlign = 'right';
  g.textBaseline = 'middle';
  g.fillText('N', na.x - na.r, na.y);

  const rect = (r: Rect) => {
    const a = plan.toPx({ x: r.minX, z: r.minZ });
    const b = plan.toPx({ x: r.maxX, z: r.maxZ });
    return { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y };
  };
  for (const b of data.buildings) {
    const r = rect(b.floor);
    g.fillStyle = '#e8e1d4';
    g.fillRect(r.x, r.y, r.w, r.h);
    g.strokeStyle = ink.brick;
    g.lineWidth = 5;
    g.strokeRect(r.x, r.y, r.w, r.h);
    g.fillStyle = ink.brick;
    g.font = font(700, plan.labelPx);
    g.textAlign = 'left';
    g.textBaseline = 'bottom';
    g.fillText(b.label, r.x, r.y - 4);
  }
  for (const z of data.zones) {
    const r = rect(z.rect);
    g.fillStyle = z.color;
    g.globalAlpha = 0.8;
    g.fillRect(r.x, r.y, r.w, r.h);
    g.globalAlpha = 1;
    drawBadge(g, r.x + r.w / 2, r.y + r.h / 2, Math.min(24, r.w * 0.3, r.h * 0.3), z.color, z.number);
  }
  const door = rect(data.mainDoor);
  g.fillStyle = ink.gold;
  g.fillRect(door.x - 4, door.y - 6, Math.max(12, door.w) + 8, Math.max(10, door.h) + 12);

  // You are here: a red dot with a white ring and a label in a speech box.
  const { here } = plan;
  g.fillStyle = ink.here;
  g.strokeStyle = ink.white;
  g.lineWidth = 5;
  g.beginPath();
  g.arc(here.x, here.y, 15, 0, Math.PI * 2);
  g.fill();
  g.stroke();
  const lw = here.label.widthPx + 24;
  const lh = here.label.heightPx + 14;
  const lx = Math.min(plan.map.x + plan.map.w - lw, Math.max(plan.map.x, here.x - 16));
  const ly = here.y + 22;
  g.fillStyle = ink.here;
  g.beginPath();
  g.roundRect(lx, ly, lw, lh, 10);
  g.fill();
  g.beginPath();
  g.moveTo(here.x - 10, ly + 1);
  g.lineTo(here.x + 10, ly + 1);
  g.lineTo(here.x, ly - 10);
  g.fill();
  drawFitted(g, here.label, lx + 12, ly + 7, ink.white);

  drawFitted(g, plan.legendTitle, plan.legend[0]?.row.x ?? 0, plan.header.h + w * 0.03 - 6, ink.ink);
  for (const row of plan.legend) {
    const r = row.row;
    const br = Math.min(r.h * 0.35, r.w * 0.08);
    drawBadge(g, r.x + br, r.y + r.h / 2, br, row.zone.color, row.zone.number);
    drawFitted(g, row.name, r.x + 2 * br + 12, r.y + (r.h - row.name.heightPx) / 2, ink.ink, 'left', 1.1);
  }
}
