import type { Rect, Vec2 } from './geometry';
import { buildingAt, buildings, startPose, zonePlacements } from './hall';
import type { BuildingSpec } from './hall';

/**
 * The expo entrance just inside the main door of 1号厂房, laid out from the start pose so that the first
 * view holds it all: two freestanding backdrops flanking the central aisle (the welcome backdrop on the
 * left, the directory on the right), the reception desk in front of the welcome backdrop, and a row of
 * hanging banners under the trusses, the expo's welcome banner in the middle and one banner per zone on
 * either side, ordered by the zone's bearing from the door. Metres and degrees; yaw 0 faces +z (south,
 * towards the door), as the zone boards do.
 */
export const entrance = {
  /** Backdrops: how far ahead of the start pose, how far either side of the aisle's centre line. */
  backdropAheadM: 9.2,
  backdropSideM: 5.4,
  backdropWidthM: 5.6,
  backdropHeightM: 3.2,
  backdropDepthM: 0.3,
  /** Each backdrop turns this far in towards the aisle, so both face the arriving visitor. */
  backdropTurnDeg: 12,
  /** The reception desk stands parallel to the welcome backdrop, this far in front of it. */
  deskInFrontM: 1.6,
  deskWidthM: 2.8,
  deskDepthM: 0.7,
  deskHeightM: 1.05,
  /** The banner row: this far ahead of the start pose, its lower edge at this height. */
  bannerAheadM: 15,
  bannerBottomM: 5.1,
  bannerHeightM: 1.9,
  zoneBannerWidthM: 2.4,
  welcomeBannerWidthM: 5.0,
  bannerGapM: 0.25,
  /** The bar the banners hang from sits just under the trusses' bottom chords (at the eaves). */
  barBelowChordM: 0.15,
  /** Where a reader of the directory stands: this far in front of it. */
  readerM: 1.5,
  /** Rotated parts are made solid as a row of small boxes about this long (the collision world is boxes). */
  colliderStepM: 0.7,
} as const;

/** A flat panel standing on the floor (or a desk), turned by yawDeg about its centre. */
export interface EntrancePanel {
  x: number;
  z: number;
  yawDeg: number;
  widthM: number;
  heightM: number;
  depthM: number;
  bottomM: number;
}

/** One hanging banner: the expo's welcome banner or a zone's, with the bearing of the zone from the door. */
export interface EntranceBanner {
  kind: 'welcome' | 'zone';
  /** The zone it names (zone banners only). */
  zone?: string;
  /** The zone's building (zone banners only). */
  building?: BuildingSpec['id'];
  /** Bearing of the zone's entry from the start pose, degrees clockwise from straight ahead (north). */
  bearingDeg?: number;
  x: number;
  y: number;
  z: number;
  /** Turned (about its hanging cable) to face the main door's start pose; 0 faces +z. */
  yawDeg: number;
  widthM: number;
  heightM: number;
}

/** Everything the entrance is made of, placed. */
export interface EntranceLayout {
  welcome: EntrancePanel;
  directory: EntrancePanel;
  desk: EntrancePanel;
  banners: EntranceBanner[];
  /** The bar under the trusses the banners hang from: its ends and height. */
  bar: { x0: number; x1: number; y: number; z: number };
  /** Where the directory's "you are here" marker points: where its reader stands, in front of it. */
  youAreHere: Vec2;
}

/** Bearing from a point to another, degrees clockwise from north (-z), in (-180, 180]. */
export function bearingDeg(from: Vec2, to: Vec2): number {
  return (Math.atan2(to.x - from.x, -(to.z - from.z)) * 180) / Math.PI;
}

/** A point `ahead` metres in front of the start pose and `side` metres to its right. */
function fromStart(ahead: number, side: number): Vec2 {
  const r = (startPose.yawDeg * Math.PI) / 180;
  // Facing yaw r looks along (-sin r, -cos r); the right-hand side is (cos r, -sin r).
  return {
    x: startPose.x - Math.sin(r) * ahead + Math.cos(r) * side,
    z: startPose.z - Math.cos(r) * ahead - Math.sin(r) * side,
  };
}

/** The point `d` metres in front of a panel's face, on its centre line. */
function inFront(p: { x: number; z: number; yawDeg: number }, d: number): Vec2 {
  const r = (p.yawDeg * Math.PI) / 180;
  return { x: p.x + Math.sin(r) * d, z: p.z + Math.cos(r) * d };
}

/** The entrance's parts, placed from the start pose, the zones' entries and the building's trusses. */
export function entranceLayout(): EntranceLayout {
  const e = entrance;
  const panel = (side: -1 | 1): EntrancePanel => ({
    ...fromStart(e.backdropAheadM, side * e.backdropSideM),
    yawDeg: startPose.yawDeg - side * e.backdropTurnDeg,
    widthM: e.backdropWidthM,
    heightM: e.backdropHeightM,
    depthM: e.backdropDepthM,
    bottomM: 0,
  });
  const welcome = panel(-1);
  const directory = panel(1);
  const desk: EntrancePanel = {
    ...inFront(welcome, e.deskInFrontM),
    yawDeg: welcome.yawDeg,
    widthM: e.deskWidthM,
    heightM: e.deskHeightM,
    depthM: e.deskDepthM,
    bottomM: 0,
  };

  // Zones sorted by bearing from the door; the left half hangs left of the welcome banner.
  const zones = Object.entries(zonePlacements)
    .map(([zone, p]) => ({ zone, building: p.building, bearingDeg: bearingDeg(startPose, p.entry) }))
    .sort((a, b) => a.bearingDeg - b.bearingDeg);
  const nLeft = Math.floor(zones.length / 2);
  const row = fromStart(e.bannerAheadM, 0);
  const y = e.bannerBottomM + e.bannerHeightM / 2;
  const step = e.zoneBannerWidthM + e.bannerGapM;
  const inner = e.welcomeBannerWidthM / 2 + e.bannerGapM + e.zoneBannerWidthM / 2;
  const facing = (x: number, z: number) => (Math.atan2(startPose.x - x, startPose.z - z) * 180) / Math.PI;
  const banners: EntranceBanner[] = [
    {
      kind: 'welcome',
      x: row.x,
      y,
      z: row.z,
      yawDeg: facing(row.x, row.z),
      widthM: e.welcomeBannerWidthM,
      heightM: e.bannerHeightM,
    },
    ...zones.map((z, i): EntranceBanner => {
      const offset = i < nLeft ? -(inner + (nLeft - 1 - i) * step) : inner + (i - nLeft) * step;
      return {
        kind: 'zone',
        ...z,
        x: row.x + offset,
        y,
        z: row.z,
        yawDeg: facing(row.x + offset, row.z),
        widthM: e.zoneBannerWidthM,
        heightM: e.bannerHeightM,
      };
    }),
  ];
  const xs = banners.map((b) => [b.x - b.widthM / 2, b.x + b.widthM / 2]).flat();
  const hall = buildingAt(row) ?? buildings[0]!;
  return {
    welcome,
    directory,
    desk,
    banners,
    bar: { x0: Math.min(...xs), x1: Math.max(...xs), y: hall.eaveM - e.barBelowChordM, z: row.z },
    youAreHere: inFront(directory, entrance.readerM),
  };
}

/** Axis-aligned boxes covering a panel's footprint (a row of short boxes along a turned panel). */
export function panelFootprint(p: EntrancePanel, stepM: number = entrance.colliderStepM): Rect[] {
  const r = (p.yawDeg * Math.PI) / 180;
  // The panel's width runs along (cos r, -sin r); its face looks along (sin r, cos r).
  const n = Math.max(1, Math.ceil(p.widthM / stepM));
  const seg = p.widthM / n;
  const ex = (Math.abs(Math.cos(r)) * seg + Math.abs(Math.sin(r)) * p.depthM) / 2;
  const ez = (Math.abs(Math.sin(r)) * seg + Math.abs(Math.cos(r)) * p.depthM) / 2;
  return Array.from({ length: n }, (_, i) => {
    const u = -p.widthM / 2 + (i + 0.5) * seg;
    const cx = p.x + Math.cos(r) * u;
    const cz = p.z - Math.sin(r) * u;
    return { minX: cx - ex, maxX: cx + ex, minZ: cz - ez, maxZ: cz + ez };
  });
}

/** The entrance, laid out once. */
export const entranceParts: EntranceLayout = entranceLayout();

/** Footprints of the backdrops and the desk (solid: the collision world includes them). */
export const entranceFootprints: readonly Rect[] = [
  entranceParts.welcome,
  entranceParts.directory,
  entranceParts.desk,
].flatMap((p) => panelFootprint(p));
