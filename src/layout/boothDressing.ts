import type { Stand } from './booths';
import { boothFrame, boothShell, stands } from './booths';
import { buildings, zonePlacements } from './hall';
import type { Box3 } from './walls';

/**
 * How a booth is built, from where it stands in its zone's grid: `inline` between neighbours (walls on both
 * sides), `corner` at a row's end (open to the cross aisle on that side), `island` in the middle column of
 * an odd grid, merged with its back-to-back partner into one stand open on all four sides.
 */
export type BoothArchetype = 'inline' | 'corner' | 'island';

/** A booth's plan: its number, archetype and which of its sides are open (booth frame: left is u = 0). */
export interface BoothPlan {
  booth: Stand;
  /** Hall, row and place, e.g. "1-A07": workshop 1, row A (the northmost), seventh from the west. */
  number: string;
  archetype: BoothArchetype;
  open: { left: boolean; right: boolean; back: boolean };
}

/** A flat face in the hall: its centre, the way its front looks (yaw 0: +z) and its size, metres. */
export interface BoothFace {
  x: number;
  y: number;
  z: number;
  yawDeg: number;
  widthM: number;
  heightM: number;
}

/** A fake pool of light: a soft disc on the floor (`wall: false`) or on a wall facing `yawDeg`. */
export interface LightPool {
  x: number;
  y: number;
  z: number;
  yawDeg: number;
  radiusM: number;
  wall: boolean;
}

/** Everything a booth is dressed with, in hall coordinates, by role (the scene gives each role a material). */
export interface BoothDressing extends BoothPlan {
  carpet: Box3;
  /** Wall panels, the island's spine and the posts under open header corners. */
  panels: Box3[];
  /** Header boards over the open sides and the cap of the back wall (zone colour). */
  fascia: Box3[];
  counter: Box3[];
  /** The counter's front band (zone colour). */
  trim: Box3[];
  /** Arms of the spot lights. */
  arms: Box3[];
  /** The spot lights' lamp heads (lit). */
  lamps: Box3[];
  /** Where the number-and-kind signs go: the front header first, then any open side's header. */
  signs: BoothFace[];
  /** Graphic panels (the kind's pictogram): the back wall or spine, and side walls' outer faces. */
  graphics: BoothFace[];
  pools: LightPool[];
}

/** Dressing tunables, metres. */
export const boothDress = {
  /** The back wall (and an island's spine) rises above the shell to carry the graphic. */
  backWallHM: 3.1,
  islandSpineShare: 0.6,
  headerHM: 0.32,
  headerDM: 0.06,
  capHM: 0.1,
  postM: 0.07,
  counterTrimM: 0.02,
  backGraphic: { widthM: 1.3, heightM: 0.65 },
  sideGraphic: { widthM: 2.2, heightM: 1.1, centreYM: 1.45 },
  /** Spot lights on arms reaching out over the aisle from the front header, at these shares of the width. */
  spotShares: [0.25, 0.75],
  armOutM: 0.55,
  lampM: 0.12,
  floorPool: { outM: 1.15, radiusM: 1.1 },
  wallPool: { radiusM: 0.7, belowTopM: 0.8 },
  /** How far a graphic or sign stands off its surface, against z-fighting. */
  standOffM: 0.012,
} as const;

const round = (x: number) => Math.round(x * 100) / 100;

/** Position of a booth along its row (x for booths facing n or s, z otherwise), metres. */
function alongOf(s: Stand): number {
  return s.facing === 'n' || s.facing === 's' ? s.rect.minX : s.rect.minZ;
}

/** The booth sharing this booth's back panel, if any (same zone, same span along the row, facing away). */
function backPartner(s: Stand, all: readonly Stand[]): Stand | undefined {
  const r = s.rect;
  const eps = 1e-6;
  return all.find((o) => {
    if (o === s || o.zone !== s.zone) return false;
    const q = o.rect;
    switch (s.facing) {
      case 'n':
        return o.facing === 's' && Math.abs(q.minZ - r.maxZ) < eps && Math.abs(q.minX - r.minX) < eps;
      case 's':
        return o.facing === 'n' && Math.abs(q.maxZ - r.minZ) < eps && Math.abs(q.minX - r.minX) < eps;
      case 'w':
        return o.facing === 'e' && Math.abs(q.minX - r.maxX) < eps && Math.abs(q.minZ - r.minZ) < eps;
      case 'e':
        return o.facing === 'w' && Math.abs(q.maxX - r.minX) < eps && Math.abs(q.minZ - r.minZ) < eps;
    }
  });
}

/** Numbers every booth "<workshop>-<row letter><place>", rows north to south, places west to east. */
export function boothNumbers(booths: readonly Stand[]): Map<string, string> {
  const out = new Map<string, string>();
  buildings.forEach((b, bi) => {
    const mine = booths.filter((s) => zonePlacements[s.zone]?.building === b.id);
    const rowKeys = [...new Set(mine.map((s) => round(s.rect.minZ)))].sort((x, y) => x - y);
    rowKeys.forEach((key, ri) => {
      const row = mine.filter((s) => round(s.rect.minZ) === key).sort((x, y) => x.rect.minX - y.rect.minX);
      const letter = String.fromCharCode(65 + ri);
      row.forEach((s, i) => out.set(s.id, `${bi + 1}-${letter}${String(i + 1).padStart(2, '0')}`));
    });
  });
  return out;
}

/** Which side of a booth (in its own frame) lies towards lower x or z in the hall. */
function lowSide(s: Stand): 'left' | 'right' {
  const f = boothFrame(s);
  const a = f.toHall(0, 0);
  const b = f.toHall(1, 0);
  return b.x - a.x + (b.z - a.z) > 0 ? 'left' : 'right';
}

/** Plans every booth: number and archetype from its place in its zone's grid. */
export function planBooths(booths: readonly Stand[]): BoothPlan[] {
  const numbers = boothNumbers(booths);
  const columns = new Map<string, number[]>();
  for (const s of booths) {
    const list = columns.get(s.zone) ?? [];
    list.push(round(alongOf(s)));
    columns.set(s.zone, list);
  }
  for (const [zone, list] of columns)
    columns.set(
      zone,
      [...new Set(list)].sort((a, b) => a - b),
    );
  return booths.map((booth) => {
    const cols = columns.get(booth.zone)!;
    const c = cols.indexOf(round(alongOf(booth)));
    const middle = cols.length >= 3 && cols.length % 2 === 1 && c === (cols.length - 1) / 2;
    const number = numbers.get(booth.id) ?? booth.id;
    if (middle && backPartner(booth, booths))
      return { booth, number, archetype: 'island', open: { left: true, right: true, back: true } };
    const low = lowSide(booth);
    const first = c === 0;
    const last = c === cols.length - 1;
    if (first || last) {
      // The open side faces the zone's edge: the low side for the first column, the high side for the last.
      const side = first ? low : low === 'left' ? 'right' : 'left';
      return {
        booth,
        number,
        archetype: 'corner',
        open: { left: side === 'left', right: side === 'right', back: false },
      };
    }
    return { booth, number, archetype: 'inline', open: { left: false, right: false, back: false } };
  });
}

/** Yaw (degrees, 0 along +z) of a horizontal direction in the hall. */
function yawOf(dx: number, dz: number): number {
  return (Math.atan2(dx, dz) * 180) / Math.PI + 0;
}

/** Dresses one planned booth: walls, headers, counter, spot lights, signs, graphics and pools of light. */
export function dressBooth(plan: BoothPlan): BoothDressing {
  const { booth, open } = plan;
  const f = boothFrame(booth);
  const { width: W, depth: D } = f;
  const H = booth.heightM;
  const sh = boothShell;
  const dr = boothDress;
  const p = sh.panelM;
  /** A box from booth-frame ranges (u across, v in from the front, y up). */
  const box = (u0: number, u1: number, v0: number, v1: number, y0: number, y1: number): Box3 => {
    const a = f.toHall(u0, v0);
    const b = f.toHall(u1, v1);
    return {
      cx: (a.x + b.x) / 2,
      cy: (y0 + y1) / 2,
      cz: (a.z + b.z) / 2,
      sx: Math.abs(b.x - a.x),
      sy: y1 - y0,
      sz: Math.abs(b.z - a.z),
    };
  };
  const o = f.toHall(0, 0);
  const du = f.toHall(1, 0);
  const dv = f.toHall(0, 1);
  const [ux, uz] = [du.x - o.x, du.z - o.z];
  const [vx, vz] = [dv.x - o.x, dv.z - o.z];
  const frontYaw = f.yawDeg;
  /** A face at booth-frame (u, v, y), its normal along -v (towards the front), or ±u. */
  const face = (
    u: number,
    v: number,
    y: number,
    normal: 'front' | 'left' | 'right',
    w: number,
    h: number,
  ) => {
    const off = dr.standOffM;
    const [nx, nz] = normal === 'front' ? [-vx, -vz] : normal === 'left' ? [-ux, -uz] : [ux, uz];
    const at = f.toHall(u, v);
    return { x: at.x + nx * off, y, z: at.z + nz * off, yawDeg: yawOf(nx, nz), widthM: w, heightM: h };
  };

  const island = plan.archetype === 'island';
  const topY = dr.backWallHM;
  /** Depth of the back wall's (or the spine's) front face. */
  const backV = D - (island ? p / 2 : p);
  const panels: Box3[] = [];
  const fascia: Box3[] = [];
  const graphics: BoothFace[] = [];
  if (island) {
    // Half the spine on this side of the shared back line; the partner builds the other half.
    const half = (W * dr.islandSpineShare) / 2;
    panels.push(box(W / 2 - half, W / 2 + half, D - p / 2, D, 0, dr.backWallHM));
    fascia.push(box(W / 2 - half, W / 2 + half, D - p / 2, D, dr.backWallHM, dr.backWallHM + dr.capHM));
  } else {
    panels.push(box(0, W, D - p, D, 0, dr.backWallHM));
    fascia.push(box(0, W, D - p, D, dr.backWallHM, dr.backWallHM + dr.capHM));
  }
  const g = dr.backGraphic;
  // The graphic sits in the part of the wall that rises above the shell, over the instruments.
  graphics.push(face(W / 2, backV, topY - g.heightM / 2 - 0.05, 'front', g.widthM, g.heightM));
  const sg = dr.sideGraphic;
  if (!open.left) {
    panels.push(box(0, p, 0, D, 0, H));
    graphics.push(face(0, D / 2, sg.centreYM, 'left', sg.widthM, sg.heightM));
  }
  if (!open.right) {
    panels.push(box(W - p, W, 0, D, 0, H));
    graphics.push(face(W, D / 2, sg.centreYM, 'right', sg.widthM, sg.heightM));
  }
  // Posts hold the headers up where a side is open.
  const post = dr.postM;
  const headerY0 = H - dr.headerHM;
  if (open.left) panels.push(box(0, post, 0, post, 0, headerY0));
  if (open.right) panels.push(box(W - post, W, 0, post, 0, headerY0));

  const signs: BoothFace[] = [];
  fascia.push(box(0, W, 0, dr.headerDM, headerY0, H));
  signs.push(face(W / 2, 0, H - dr.headerHM / 2, 'front', W, dr.headerHM));
  const sideDepth = island ? D : D - p;
  if (open.left) {
    fascia.push(box(0, dr.headerDM, 0, sideDepth, headerY0, H));
    signs.push(face(0, sideDepth / 2, H - dr.headerHM / 2, 'left', sideDepth, dr.headerHM));
  }
  if (open.right) {
    fascia.push(box(W - dr.headerDM, W, 0, sideDepth, headerY0, H));
    signs.push(face(W, sideDepth / 2, H - dr.headerHM / 2, 'right', sideDepth, dr.headerHM));
  }

  const c0 = sh.counterFrontM;
  const c1 = sh.counterFrontM + sh.counterDM;
  const counter = [box(sh.counterSideM, W - sh.counterSideM, c0, c1, 0, sh.counterHM)];
  const trim = [
    box(sh.counterSideM, W - sh.counterSideM, c0 - dr.counterTrimM, c0, 0.12, sh.counterHM - 0.12),
  ];

  const arms: Box3[] = [];
  const lamps: Box3[] = [];
  const pools: LightPool[] = [];
  const armY = H + 0.03;
  for (const share of dr.spotShares) {
    const u = W * share;
    arms.push(box(u - 0.02, u + 0.02, -dr.armOutM, dr.headerDM, armY - 0.02, armY + 0.02));
    const l = dr.lampM / 2;
    lamps.push(box(u - l, u + l, -dr.armOutM - l, -dr.armOutM + l, armY - l * 1.6, armY + l * 0.4));
    const floor = f.toHall(u, -dr.floorPool.outM);
    pools.push({
      x: floor.x,
      y: 0,
      z: floor.z,
      yawDeg: frontYaw,
      radiusM: dr.floorPool.radiusM,
      wall: false,
    });
    const wall = face(u, backV, topY - dr.wallPool.belowTopM, 'front', 0, 0);
    pools.push({
      x: wall.x,
      y: wall.y,
      z: wall.z,
      yawDeg: wall.yawDeg,
      radiusM: dr.wallPool.radiusM,
      wall: true,
    });
  }

  return {
    ...plan,
    carpet: box(0, W, 0, D, 0, sh.platformM),
    panels,
    fascia,
    counter,
    trim,
    arms,
    lamps,
    signs,
    graphics,
    pools,
  };
}

/** Plans and dresses every booth-kind stand. */
export function dressBooths(list: readonly Stand[]): BoothDressing[] {
  return planBooths(list.filter((s) => s.kind === 'booth')).map(dressBooth);
}

let cached: readonly BoothDressing[] | null = null;

/** The dressing of the hall's booths, computed on first use and shared by the scene's views. */
export function dressedBooths(): readonly BoothDressing[] {
  cached ??= dressBooths(stands);
  return cached;
}
