import type { BuildingSpec, DoorSpec, Side } from './hall';
import { shell } from './hall';

/** An axis-aligned box in world space, metres. */
export interface Box3 {
  cx: number;
  cy: number;
  cz: number;
  sx: number;
  sy: number;
  sz: number;
}

/** An opening in a wall (window or doorway), as the box of air it leaves. */
export interface Opening extends Box3 {
  side: Side;
  building: BuildingSpec['id'];
}

/** A doorway with its outward direction, for signs and the floor plan. */
export interface Doorway extends Opening {
  main: boolean;
}

/** Everything the brick shell of one building is made of. */
export interface WallParts {
  brick: Box3[];
  pilasters: Box3[];
  windows: Opening[];
  doors: Doorway[];
}

interface WallFrame {
  /** Along-wall axis: 'x' for north/south walls, 'z' for east/west walls. */
  along: 'x' | 'z';
  u0: number;
  u1: number;
  /** Across-wall coordinate of the inner face, and +1/-1 pointing outwards. */
  inner: number;
  out: 1 | -1;
  bays: number;
}

function frameOf(b: BuildingSpec, side: Side): WallFrame {
  const f = b.floor;
  const t = shell.wallThicknessM;
  switch (side) {
    case 'n':
      return { along: 'x', u0: f.minX - t, u1: f.maxX + t, inner: f.minZ, out: -1, bays: b.bays.ns };
    case 's':
      return { along: 'x', u0: f.minX - t, u1: f.maxX + t, inner: f.maxZ, out: 1, bays: b.bays.ns };
    case 'w':
      return { along: 'z', u0: f.minZ, u1: f.maxZ, inner: f.minX, out: -1, bays: b.bays.ew };
    case 'e':
      return { along: 'z', u0: f.minZ, u1: f.maxZ, inner: f.maxX, out: 1, bays: b.bays.ew };
  }
}

/** Box from along-wall range, height range and across-wall range (measured outwards from the inner face). */
function wallBox(w: WallFrame, ua: number, ub: number, y0: number, y1: number, c0: number, c1: number): Box3 {
  const across0 = w.inner + w.out * c0;
  const across1 = w.inner + w.out * c1;
  const u = { c: (ua + ub) / 2, s: Math.abs(ub - ua) };
  const c = { c: (across0 + across1) / 2, s: Math.abs(across1 - across0) };
  const y = { c: (y0 + y1) / 2, s: y1 - y0 };
  return w.along === 'x'
    ? { cx: u.c, cy: y.c, cz: c.c, sx: u.s, sy: y.s, sz: c.s }
    : { cx: c.c, cy: y.c, cz: u.c, sx: c.s, sy: y.s, sz: u.s };
}

/** Bay boundaries along a wall; for N/S walls the corners are measured on the floor edge, not the wall ends. */
function bayLines(b: BuildingSpec, side: Side): number[] {
  const f = b.floor;
  const [a0, a1, n] =
    side === 'n' || side === 's' ? [f.minX, f.maxX, b.bays.ns] : [f.minZ, f.maxZ, b.bays.ew];
  return Array.from({ length: n + 1 }, (_, i) => a0 + ((a1 - a0) * i) / n);
}

/** Builds the brick walls, pilasters, windows and doorways of one side of a building. */
export function buildWall(b: BuildingSpec, side: Side): WallParts {
  const w = frameOf(b, side);
  const lines = bayLines(b, side);
  const t = shell.wallThicknessM;
  const H = b.eaveM;
  const head = H - shell.windowHeadBelowEaveM;
  const half = shell.pilasterWidthM / 2;
  const parts: WallParts = { brick: [], pilasters: [], windows: [], doors: [] };
  for (const u of lines) {
    parts.pilasters.push(
      wallBox(w, u - half, u + half, 0, H + 0.4, -shell.pilasterInM, t + shell.pilasterOutM),
    );
  }
  if (w.along === 'x') {
    // Close the corners: the N/S walls run over the ends of the E/W walls.
    parts.brick.push(wallBox(w, w.u0, lines[0]! - half, 0, H, 0, t));
    parts.brick.push(wallBox(w, lines[lines.length - 1]! + half, w.u1, 0, H, 0, t));
  }
  const doors = b.doors.filter((d) => d.side === side);
  for (let i = 0; i < lines.length - 1; i++) {
    const a = lines[i]! + half;
    const z = lines[i + 1]! - half;
    const door = doors.find((d) => d.bay === i);
    if (door) addDoorBay(parts, w, b, door, a, z);
    else addWindowBay(parts, w, b, side, a, z, head);
  }
  return parts;
}

function addWindowBay(
  parts: WallParts,
  w: WallFrame,
  b: BuildingSpec,
  side: Side,
  a: number,
  z: number,
  head: number,
) {
  const t = shell.wallThicknessM;
  const p = shell.pierM;
  parts.brick.push(wallBox(w, a, z, 0, shell.sillM, 0, t));
  parts.brick.push(wallBox(w, a, z, head, b.eaveM, 0, t));
  parts.brick.push(wallBox(w, a, a + p, shell.sillM, head, 0, t));
  parts.brick.push(wallBox(w, z - p, z, shell.sillM, head, 0, t));
  parts.windows.push({
    ...wallBox(w, a + p, z - p, shell.sillM, head, t * 0.35, t * 0.65),
    side,
    building: b.id,
  });
}

function addDoorBay(parts: WallParts, w: WallFrame, b: BuildingSpec, door: DoorSpec, a: number, z: number) {
  const t = shell.wallThicknessM;
  const mid = (a + z) / 2;
  const d0 = mid - door.widthM / 2;
  const d1 = mid + door.widthM / 2;
  parts.brick.push(wallBox(w, a, d0, 0, door.heightM, 0, t));
  parts.brick.push(wallBox(w, d1, z, 0, door.heightM, 0, t));
  parts.brick.push(wallBox(w, a, z, door.heightM, b.eaveM, 0, t));
  parts.doors.push({
    ...wallBox(w, d0, d1, 0, door.heightM, 0, t),
    side: door.side,
    building: b.id,
    main: !!door.main,
  });
}

/** All four walls of a building. */
export function buildShell(b: BuildingSpec): WallParts {
  const all: WallParts = { brick: [], pilasters: [], windows: [], doors: [] };
  for (const side of ['n', 's', 'e', 'w'] as const) {
    const p = buildWall(b, side);
    all.brick.push(...p.brick);
    all.pilasters.push(...p.pilasters);
    all.windows.push(...p.windows);
    all.doors.push(...p.doors);
  }
  return all;
}
