import { tourStops } from '../content/tour';
import { exhibitPlacement, stands, zoneExhibitStands } from './booths';
import type { PanelLayout, ViewShape } from './framing';
import { framePose, framing } from './framing';
import type { Rect, Vec2 } from './geometry';
import { inflate, rectContains, rectSize } from './geometry';
import { buildings, startPose, zonePlacements } from './hall';
import { benchWalk } from './path';
import { buildShell } from './walls';

/** A capsule on the floor: everything within radiusM of the segment a–b. */
export interface Corridor {
  a: Vec2;
  b: Vec2;
  radiusM: number;
}

/** A view's footprint on the floor: from the eye, lengthM along yawDeg (0 looks north, -z), ±halfAngleDeg. */
export interface ViewWedge {
  apex: Vec2;
  yawDeg: number;
  halfAngleDeg: number;
  lengthM: number;
}

/** Floor that must stay clear of people: corridors, view wedges and whole rectangles. */
export interface ClearAreas {
  corridors: Corridor[];
  wedges: ViewWedge[];
  rects: Rect[];
}

/** How wide the clear areas are, metres and degrees. */
export const clearance = {
  /** Half-width of the corridor around each camera flight of the guided tour. */
  tourCorridorM: 1.6,
  /** Each tour stop's view is kept clear this far past what it frames. */
  pastExhibitM: 1.2,
  /** Extra angle on each side of a view's horizontal field of view. */
  viewMarginDeg: 6,
  /** The main entrance's view is kept clear this far in. */
  entranceViewM: 20,
  /** A zone entry's view (where "go to zone" lands) is kept clear this far. */
  zoneEntryViewM: 9,
  zoneEntryHalfAngleDeg: 40,
  /** Half-width of the corridor along the benchmark's walk. */
  benchWalkM: 1.5,
  /** Clear ground around each doorway, beyond half its width. */
  doorM: 2.5,
  /** Clear ground round each frontier instrument's stand, where its demonstration plays (half a side). */
  demoAreaM: 6,
} as const;

/**
 * The screen shapes a tour stop is framed for: the side panel on wide screens, the bottom sheet on narrow
 * ones, each at a few aspect ratios, with the share of the height the toolbar covers there (framing moves
 * the camera back on narrow screens, and over a bottom sheet when the toolbar is tall).
 */
export const tourFramings: readonly (ViewShape & { layout: PanelLayout })[] = [
  { layout: 'side', aspect: 16 / 9, topInset: 0.18 },
  { layout: 'side', aspect: 16 / 10, topInset: 0.18 },
  { layout: 'side', aspect: 4 / 3, topInset: 0.18 },
  // A landscape phone: the toolbar's rows take nearly a third of its height.
  { layout: 'bottom', aspect: 16 / 9, topInset: 0.3 },
  { layout: 'bottom', aspect: 3 / 4, topInset: 0.15 },
  { layout: 'bottom', aspect: 390 / 844, topInset: 0.14 },
];

/** Where the camera stands at each tour stop, in stop order, for one framing (yaw 0 looks north). */
export function tourCameraStops(
  layout: PanelLayout,
  view: ViewShape,
): (Vec2 & { yawDeg: number; lookM: number })[] {
  return tourStops.map((stop) => {
    const place = stop.exhibit === null ? undefined : exhibitPlacement(stop.exhibit);
    if (!place)
      return { x: startPose.x, z: startPose.z, yawDeg: startPose.yawDeg, lookM: clearance.entranceViewM };
    const pose = framePose(place, place.sizeM, place.facingYawDeg, layout, view);
    return {
      x: pose.x,
      z: pose.z,
      yawDeg: pose.yawDeg,
      lookM: Math.hypot(place.x - pose.x, place.z - pose.z),
    };
  });
}

/** Horizontal half field of view of the walk camera at an aspect ratio, degrees. */
export function halfFovDeg(aspect: number): number {
  return (Math.atan(Math.tan((framing.fovDeg * Math.PI) / 360) * aspect) * 180) / Math.PI;
}

/**
 * Everything people must keep off: the guided tour's flights (the kiosk's attract loop plays it, looping)
 * and each stop's view up to what it frames, for every framing; the main entrance's view; where "go to
 * zone" lands and its view of the zone's board; the benchmark's walk; the doorways; the frontier
 * instruments' demonstration areas.
 */
export function clearAreas(): ClearAreas {
  const corridors: Corridor[] = [];
  const wedges: ViewWedge[] = [];
  for (const framed of tourFramings) {
    const stops = tourCameraStops(framed.layout, framed);
    stops.forEach((s, i) => {
      const next = stops[(i + 1) % stops.length]!;
      corridors.push({ a: s, b: next, radiusM: clearance.tourCorridorM });
      wedges.push({
        apex: s,
        yawDeg: s.yawDeg,
        halfAngleDeg: halfFovDeg(framed.aspect) + clearance.viewMarginDeg,
        lengthM: s.lookM + clearance.pastExhibitM,
      });
    });
  }
  for (const place of Object.values(zonePlacements)) {
    const e = place.entry;
    wedges.push({
      apex: e,
      yawDeg: e.yawDeg,
      halfAngleDeg: clearance.zoneEntryHalfAngleDeg,
      lengthM: clearance.zoneEntryViewM,
    });
  }
  for (const board of Object.values(zoneExhibitStands)) {
    const e = zonePlacements[board.zone]!.entry;
    corridors.push({ a: e, b: board, radiusM: clearance.tourCorridorM });
  }
  for (let i = 1; i < benchWalk.length; i++)
    corridors.push({ a: benchWalk[i - 1]!, b: benchWalk[i]!, radiusM: clearance.benchWalkM });
  for (const b of buildings)
    for (const d of buildShell(b).doors) {
      const c = { x: d.cx, z: d.cz };
      corridors.push({ a: c, b: c, radiusM: Math.max(d.sx, d.sz) / 2 + clearance.doorM });
    }
  // The frontier instruments stand on the plinths; their demonstrations play round them.
  const rects = stands
    .filter((s) => s.kind === 'plinth')
    .map((s) => {
      const { cx, cz } = rectSize(s.rect);
      return inflate({ minX: cx, maxX: cx, minZ: cz, maxZ: cz }, clearance.demoAreaM);
    });
  return { corridors, wedges, rects };
}

/** Distance from a point to the segment a–b, metres. */
export function segmentDistance(p: Vec2, a: Vec2, b: Vec2): number {
  const [dx, dz] = [b.x - a.x, b.z - a.z];
  const len2 = dx * dx + dz * dz;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.z - a.z) * dz) / len2)) : 0;
  return Math.hypot(p.x - (a.x + dx * t), p.z - (a.z + dz * t));
}

/** Whether a point lies in a view wedge grown by `marginM` (a person's radius) all round. */
export function inWedge(p: Vec2, w: ViewWedge, marginM = 0): boolean {
  const [dx, dz] = [p.x - w.apex.x, p.z - w.apex.z];
  const dist = Math.hypot(dx, dz);
  if (dist <= marginM) return true;
  if (dist > w.lengthM + marginM) return false;
  const yaw = (w.yawDeg * Math.PI) / 180;
  // Yaw 0 looks north (-z).
  const [fx, fz] = [-Math.sin(yaw), -Math.cos(yaw)];
  const along = dx * fx + dz * fz;
  const across = Math.abs(dx * fz - dz * fx);
  const half = (w.halfAngleDeg * Math.PI) / 180;
  // Inside the cone, or within the margin of one of its edges (the signed distance to the edge's ray).
  return along > 0 && across * Math.cos(half) - along * Math.sin(half) <= marginM;
}

/** Whether a person of radius `marginM` standing at p would be in any of the clear areas. */
export function inClearArea(p: Vec2, areas: ClearAreas, marginM = 0): boolean {
  if (areas.rects.some((r) => rectContains(inflate(r, marginM), p))) return true;
  if (areas.corridors.some((c) => segmentDistance(p, c.a, c.b) < c.radiusM + marginM)) return true;
  return areas.wedges.some((w) => inWedge(p, w, marginM));
}
