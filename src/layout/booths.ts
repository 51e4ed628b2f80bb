import type { Rect } from './geometry';
import { inflate } from './geometry';
import { heroes, isHeroId } from '../heroes/registry';
import { zonePlacements } from './hall';

/** Something standing on the exhibition floor that you walk around. */
export interface Stand {
  id: string;
  zone: string;
  kind: 'booth' | 'plinth' | 'stage' | 'seats' | 'wall';
  rect: Rect;
  /** The side visitors approach from: the open front of a booth. */
  facing: 'n' | 's' | 'e' | 'w';
  heightM: number;
}

/** Booth grid tunables. */
export const boothGrid = {
  boothWM: 6,
  boothDM: 3.5,
  aisleM: 3.5,
  zoneMarginM: 2.5,
  boothHeightM: 2.5,
} as const;

/** Shell-scheme booth parts, metres: platform, panels, fascia, and the display counter along the open front. */
export const boothShell = {
  platformM: 0.1,
  panelM: 0.08,
  fasciaM: 0.45,
  counterDM: 0.7,
  counterHM: 1.0,
  /** Gap between the open front and the counter. */
  counterFrontM: 0.3,
  /** Gap between each side panel's outer edge and the counter end. */
  counterSideM: 0.6,
} as const;

/**
 * A booth's own frame: width along its open front, depth from front to back, the yaw that faces the open
 * front (0 faces +z), and a map from booth coordinates (u across from one side, v in from the front) to x, z.
 */
export function boothFrame(booth: Stand): {
  width: number;
  depth: number;
  yawDeg: number;
  toHall: (u: number, v: number) => { x: number; z: number };
} {
  const { minX, maxX, minZ, maxZ } = booth.rect;
  switch (booth.facing) {
    case 'n':
      return {
        width: maxX - minX,
        depth: maxZ - minZ,
        yawDeg: 180,
        toHall: (u, v) => ({ x: minX + u, z: minZ + v }),
      };
    case 's':
      return {
        width: maxX - minX,
        depth: maxZ - minZ,
        yawDeg: 0,
        toHall: (u, v) => ({ x: minX + u, z: maxZ - v }),
      };
    case 'w':
      return {
        width: maxZ - minZ,
        depth: maxX - minX,
        yawDeg: -90,
        toHall: (u, v) => ({ x: minX + v, z: minZ + u }),
      };
    case 'e':
      return {
        width: maxZ - minZ,
        depth: maxX - minX,
        yawDeg: 90,
        toHall: (u, v) => ({ x: maxX - v, z: minZ + u }),
      };
  }
}

/** Plinth under each frontier instrument: its footprint plus a margin all round, metres. */
export const plinth = { marginM: 0.9, heightM: 0.2 } as const;

/** Lays booths in rows inside a rectangle, leaving aisles between rows and columns. */
export function gridBooths(zone: string, area: Rect): Stand[] {
  const { boothWM: w, boothDM: d, aisleM: a, boothHeightM: h } = boothGrid;
  const inner = inflate(area, -boothGrid.zoneMarginM);
  const cols = Math.max(1, Math.floor((inner.maxX - inner.minX + a) / (w + a)));
  // Rows come in back-to-back pairs, with an aisle between pairs.
  const pairD = 2 * d + a;
  const pairs = Math.max(1, Math.floor((inner.maxZ - inner.minZ + a) / pairD));
  const x0 = (inner.minX + inner.maxX) / 2 - (cols * (w + a) - a) / 2;
  const z0 = (inner.minZ + inner.maxZ) / 2 - (pairs * pairD - a) / 2;
  const out: Stand[] = [];
  for (let p = 0; p < pairs; p++) {
    for (let r = 0; r < 2; r++) {
      for (let c = 0; c < cols; c++) {
        const minX = x0 + c * (w + a);
        const minZ = z0 + p * pairD + r * d;
        out.push({
          id: `${zone}-booth-${p * 2 + r}-${c}`,
          zone,
          kind: 'booth',
          rect: { minX, maxX: minX + w, minZ, maxZ: minZ + d },
          facing: r === 0 ? 'n' : 's',
          heightM: h,
        });
      }
    }
  }
  return out;
}

function heroPlinths(): Stand[] {
  return Object.entries(heroes).map(([id, { stand: s, model }]) => {
    const [w, d] = model.footprintM;
    // A square plinth big enough for the footprint at any turn.
    const half = Math.hypot(w, d) / 2 + plinth.marginM;
    return {
      id: `plinth-${id}`,
      zone: 'frontier-showcase',
      kind: 'plinth' as const,
      facing: 's' as const,
      rect: { minX: s.x - half, maxX: s.x + half, minZ: s.z - half, maxZ: s.z + half },
      heightM: plinth.heightM,
    };
  });
}

function conferenceStands(area: Rect): Stand[] {
  const zone = 'conference-venue';
  const stage: Stand = {
    id: 'conference-stage',
    zone,
    kind: 'stage',
    facing: 's',
    rect: { minX: area.minX + 4, maxX: area.maxX - 4, minZ: area.minZ + 1, maxZ: area.minZ + 6 },
    heightM: 0.6,
  };
  const seats: Stand[] = [];
  for (let row = 0; row < 6; row++) {
    for (const [side, x0, x1] of [
      ['l', area.minX + 3, area.minX + 14],
      ['r', area.maxX - 14, area.maxX - 3],
    ] as const) {
      const minZ = area.minZ + 11 + row * 3.2;
      seats.push({
        id: `conference-seats-${row}-${side}`,
        zone,
        kind: 'seats',
        facing: 'n',
        rect: { minX: x0, maxX: x1, minZ, maxZ: minZ + 1.2 },
        heightM: 0.9,
      });
    }
  }
  return [stage, ...seats];
}

function strategyStands(area: Rect): Stand[] {
  const zone = 'strategy-wall';
  const wall: Stand = {
    id: 'strategy-wall-panel',
    zone,
    kind: 'wall',
    facing: 'e',
    rect: { minX: area.minX + 3, maxX: area.minX + 3.6, minZ: area.minZ + 6, maxZ: area.maxZ - 6 },
    heightM: 4.5,
  };
  return [wall, ...gridBooths(zone, { ...area, minX: area.minX + 12 })];
}

/** Every stand on the floor, computed once from the zone placements. */
export function buildStands(): Stand[] {
  const out: Stand[] = [];
  for (const [zone, place] of Object.entries(zonePlacements)) {
    if (zone === 'frontier-showcase') out.push(...heroPlinths());
    else if (zone === 'conference-venue') out.push(...conferenceStands(place.rect));
    else if (zone === 'strategy-wall') out.push(...strategyStands(place.rect));
    else out.push(...gridBooths(zone, place.rect));
  }
  return out;
}

/** The stands, built once. */
export const stands: readonly Stand[] = buildStands();

/**
 * The zone exhibits' freestanding display boards: each a few metres inside its zone from the side the
 * visitor arrives by, on free floor, its face turned (yawDeg; 0 faces +z, south) towards the zone entry.
 */
export const zoneExhibitStands = {
  'smart-weighing-park': { zone: 'smart-weighing-park', x: 40.5, z: 42.5, yawDeg: -4 },
  'strategy-wall': { zone: 'strategy-wall', x: -39.25, z: 42.5, yawDeg: 35 },
  'chuanshan-time-valley': { zone: 'chuanshan-time-valley', x: -25.9, z: -38, yawDeg: -6 },
  'changning-nonferrous': { zone: 'changning-nonferrous', x: -2, z: -34.4, yawDeg: 45 },
  'innovation-results': { zone: 'innovation-results', x: 69.3, z: -38.5, yawDeg: 9 },
  'two-conferences': { zone: 'conference-venue', x: 96.5, z: -35.6, yawDeg: -30 },
} as const satisfies Record<string, { zone: string; x: number; z: number; yawDeg: number }>;
export type ZoneExhibitId = keyof typeof zoneExhibitStands;

/** Display board tunables, metres: the face, its posts and feet, and the footprint the feet take up. */
export const zoneBoard = {
  widthM: 3.2,
  heightM: 2.4,
  /** Height of the board's lower edge above the floor. */
  bottomM: 0.4,
  thicknessM: 0.08,
  frameM: 0.08,
  postM: 0.08,
  /** Depth of the feet front to back (the footprint's depth). */
  footDM: 0.5,
} as const;

/** Axis-aligned footprint of a zone exhibit's board (its feet and face, turned by yawDeg), for collisions. */
export function zoneBoardFootprint(s: { x: number; z: number; yawDeg: number }): Rect {
  const r = (s.yawDeg * Math.PI) / 180;
  const hw = zoneBoard.widthM / 2 + zoneBoard.postM / 2;
  const hd = zoneBoard.footDM / 2;
  const ex = Math.abs(Math.cos(r)) * hw + Math.abs(Math.sin(r)) * hd;
  const ez = Math.abs(Math.sin(r)) * hw + Math.abs(Math.cos(r)) * hd;
  return { minX: s.x - ex, maxX: s.x + ex, minZ: s.z - ez, maxZ: s.z + ez };
}

/** Footprints of every zone exhibit board (solid: the collision world includes them). */
export const zoneBoardFootprints: readonly Rect[] = Object.values(zoneExhibitStands).map(zoneBoardFootprint);

/** Where an exhibit stands and how big it is, for camera framing; undefined for unknown ids. */
export function exhibitPlacement(
  id: string,
): { x: number; y: number; z: number; sizeM: number; facingYawDeg: number } | undefined {
  if (Object.hasOwn(zoneExhibitStands, id)) {
    const s = zoneExhibitStands[id as ZoneExhibitId];
    return {
      x: s.x,
      z: s.z,
      y: zoneBoard.bottomM + zoneBoard.heightM / 2,
      sizeM: zoneBoard.widthM,
      facingYawDeg: s.yawDeg,
    };
  }
  if (!isHeroId(id)) return undefined;
  const { stand: s, model: m } = heroes[id];
  return {
    x: s.x,
    z: s.z,
    y: plinth.heightM + m.heightM / 2,
    sizeM: Math.max(m.footprintM[0], m.heightM),
    facingYawDeg: s.yawDeg,
  };
}
