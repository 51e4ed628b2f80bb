import type { BuildingSpec } from './hall';
import { shell } from './hall';

/** A point of a roof's cross-section: z across the building, y height. */
export type ProfilePoint = readonly [z: number, y: number];

/** One strip of roof running the building's length (along x), between two cross-section points. */
export interface RoofPanel {
  a: ProfilePoint;
  b: ProfilePoint;
  /** Glazed skylight rather than roofing. */
  glazed: boolean;
}

/** A straight steel member of a truss, in the cross-section plane at a given x. */
export interface Member {
  a: ProfilePoint;
  b: ProfilePoint;
}

/** The roof of a building as strips along x: pitched with a ridge skylight, or saw-tooth with glazed faces. */
export function roofPanels(b: BuildingSpec): RoofPanel[] {
  const { minZ, maxZ } = b.floor;
  const H = b.eaveM;
  const o = shell.roofOverhangM + shell.wallThicknessM;
  if (b.roof.kind === 'pitched') {
    const mid = (minZ + maxZ) / 2;
    const rise = b.roof.riseM;
    const slope = rise / (mid - minZ);
    const s = b.roof.skylightM / 2;
    const yAt = (z: number) => H + rise - slope * Math.abs(z - mid);
    return [
      { a: [minZ - o, yAt(minZ - o)], b: [mid - s, yAt(mid - s)], glazed: false },
      { a: [mid - s, yAt(mid - s)], b: [mid, H + rise], glazed: true },
      { a: [mid, H + rise], b: [mid + s, yAt(mid + s)], glazed: true },
      { a: [mid + s, yAt(mid + s)], b: [maxZ + o, yAt(maxZ + o)], glazed: false },
    ];
  }
  // Saw-tooth: each tooth rises from north to south and ends in a vertical glazed face towards the south sun.
  const d = (maxZ - minZ) / b.roof.teeth;
  const panels: RoofPanel[] = [];
  for (let i = 0; i < b.roof.teeth; i++) {
    const z0 = minZ + i * d;
    panels.push({ a: [i === 0 ? z0 - o : z0, H], b: [z0 + d, H + b.roof.riseM], glazed: false });
    panels.push({ a: [z0 + d, H + b.roof.riseM], b: [z0 + d, H], glazed: true });
  }
  return panels;
}

/** Gable infill above the eaves on the east and west walls, as [z, y] polygons. */
export function gablePolygons(b: BuildingSpec): ProfilePoint[][] {
  const { minZ, maxZ } = b.floor;
  const H = b.eaveM;
  if (b.roof.kind === 'pitched') {
    return [
      [
        [minZ, H],
        [(minZ + maxZ) / 2, H + b.roof.riseM],
        [maxZ, H],
      ],
    ];
  }
  const d = (maxZ - minZ) / b.roof.teeth;
  return Array.from({ length: b.roof.teeth }, (_, i) => [
    [minZ + i * d, H] as const,
    [minZ + (i + 1) * d, H + b.roof.riseM] as const,
    [minZ + (i + 1) * d, H] as const,
  ]);
}

/** Members of one roof truss: bottom chord at the eaves, top chords under the roof, posts and diagonals. */
export function trussMembers(b: BuildingSpec, panelM = 2.5): Member[] {
  const { minZ, maxZ } = b.floor;
  const H = b.eaveM;
  const n = Math.max(2, Math.round((maxZ - minZ) / panelM));
  const top = (z: number): number => {
    if (b.roof.kind === 'pitched') {
      const mid = (minZ + maxZ) / 2;
      return H + b.roof.riseM * (1 - Math.abs(z - mid) / (mid - minZ)) - 0.25;
    }
    const d = (maxZ - minZ) / b.roof.teeth;
    const phase = (z - minZ) / d - Math.floor((z - minZ) / d + 1e-9);
    return H + b.roof.riseM * (z >= maxZ - 1e-9 ? 1 : phase) - 0.25;
  };
  const zs = Array.from({ length: n + 1 }, (_, i) => minZ + ((maxZ - minZ) * i) / n);
  const members: Member[] = [{ a: [minZ, H], b: [maxZ, H] }];
  for (let i = 0; i < n; i++) {
    const z0 = zs[i]!;
    const z1 = zs[i + 1]!;
    const y1 = top(z1 - 1e-6);
    members.push({ a: [z0, Math.max(H, top(z0))], b: [z1, y1] });
    members.push({ a: [z1, H], b: [z1, top(z1)] });
    members.push({ a: i % 2 === 0 ? [z0, H] : [z0, top(z0)], b: i % 2 === 0 ? [z1, y1] : [z1, H] });
  }
  return members.filter((m) => Math.hypot(m.b[0] - m.a[0], m.b[1] - m.a[1]) > 0.05);
}

/** x positions of the trusses: one at every interior bay line of the long walls. */
export function trussLines(b: BuildingSpec): number[] {
  const { minX, maxX } = b.floor;
  const n = b.bays.ns;
  return Array.from({ length: n - 1 }, (_, i) => minX + ((maxX - minX) * (i + 1)) / n);
}
