import type { Stand } from './booths';
import type { Rect } from './geometry';
import type { BuildingSpec } from './hall';

/** Floor shading tunables: texel size, how far occlusion spreads, how dark it gets. */
export const floorShadeTuning = {
  cellM: 0.25,
  /** Box-blur radius in cells, applied three times (about a Gaussian of 0.6 m). */
  blurCells: 2,
  passes: 3,
  /** Darkening at full occlusion (1 would be black). */
  strength: 0.72,
  /** Stands this tall or taller occlude fully; lower ones (plinths, a stage, seats) in proportion. */
  fullHeightM: 2,
  /** A person's contact shadow: darkest (by this much) under their feet, fading out at this radius. */
  personRadiusM: 0.6,
  personStrength: 0.45,
} as const;

/** A building's part of the atlas: texels across and down, and the first row. */
export interface ShadeRegion {
  building: BuildingSpec['id'];
  floor: Rect;
  columns: number;
  rows: number;
  row0: number;
}

/**
 * The floors' ambient occlusion as one greyscale atlas: each building's floor in a band of rows, row 0 of
 * a band at the floor's south edge (max z), column 0 at its west edge. 255 is unshaded.
 */
export interface FloorShade {
  width: number;
  height: number;
  data: Uint8Array;
  regions: ShadeRegion[];
}

/** Lays the buildings' floors out in the atlas, one band each, and says how big the atlas is. */
export function shadeAtlas(
  list: readonly BuildingSpec[],
  cellM: number = floorShadeTuning.cellM,
): { regions: ShadeRegion[]; width: number; height: number } {
  let row0 = 0;
  const regions = list.map((b) => {
    const columns = Math.ceil((b.floor.maxX - b.floor.minX) / cellM);
    const rows = Math.ceil((b.floor.maxZ - b.floor.minZ) / cellM);
    const r = { building: b.id, floor: b.floor, columns, rows, row0 };
    row0 += rows;
    return r;
  });
  return { regions, width: Math.max(...regions.map((r) => r.columns)), height: row0 };
}

/**
 * The atlas coordinates [u, v] (0..1; v counts rows up from row 0, as a data texture is uploaded) of a
 * floor point, in an atlas of `width` × `height` texels.
 */
export function shadeUv(
  region: ShadeRegion,
  width: number,
  height: number,
  x: number,
  z: number,
): [number, number] {
  const { floor, columns, rows, row0 } = region;
  const u = (((x - floor.minX) / (floor.maxX - floor.minX)) * columns) / width;
  const v = (row0 + ((floor.maxZ - z) / (floor.maxZ - floor.minZ)) * rows) / height;
  return [u, v];
}

/** One box-blurred line: n values from `src` at start + i·step into `dst`, edges clamped. */
function blurLine(
  src: Float32Array,
  dst: Float32Array,
  start: number,
  step: number,
  n: number,
  radius: number,
) {
  const last = start + (n - 1) * step;
  let sum = 0;
  for (let i = -radius; i <= radius; i++) sum += src[start + Math.min(n - 1, Math.max(0, i)) * step]!;
  const k = 1 / (2 * radius + 1);
  for (let i = 0, at = start; i < n; i++, at += step) {
    dst[at] = sum * k;
    const add = i + radius + 1 < n ? at + (radius + 1) * step : last;
    const drop = i - radius >= 0 ? at - radius * step : start;
    sum += src[add]! - src[drop]!;
  }
}

/** Passes of a separable box blur, in place, over a grid of w × h values. */
function blur(grid: Float32Array, w: number, h: number, radius: number, passes: number): void {
  const tmp = new Float32Array(grid.length);
  for (let p = 0; p < passes; p++) {
    for (let r = 0; r < h; r++) blurLine(grid, tmp, r * w, 1, w, radius);
    for (let c = 0; c < w; c++) blurLine(tmp, grid, c, w, h, radius);
  }
}

/**
 * Bakes the floors' ambient occlusion from the layout: darker along the walls, round the foot of every
 * stand, board and tower, and under every person (a soft contact shadow). Pure and deterministic.
 */
export function bakeFloorShade(
  list: readonly BuildingSpec[],
  solids: readonly { rect: Rect; heightM: number }[],
  people: readonly { x: number; z: number }[],
): FloorShade {
  const t = floorShadeTuning;
  const { regions, width, height } = shadeAtlas(list, t.cellM);
  const data = new Uint8Array(width * height).fill(255);
  const pad = t.blurCells * t.passes + 1;
  for (const reg of regions) {
    // The band with a margin all round, which counts as wall (fully occluding) outside the floor.
    const w = reg.columns + 2 * pad;
    const h = reg.rows + 2 * pad;
    const cx = (reg.floor.maxX - reg.floor.minX) / reg.columns;
    const cz = (reg.floor.maxZ - reg.floor.minZ) / reg.rows;
    const grid = new Float32Array(w * h).fill(1);
    for (let r = pad; r < pad + reg.rows; r++) grid.fill(0, r * w + pad, r * w + pad + reg.columns);
    const mark = (x: number, z: number, value: number) => {
      const c = Math.floor((x - reg.floor.minX) / cx) + pad;
      const r = Math.floor((reg.floor.maxZ - z) / cz) + pad;
      if (c < 0 || r < 0 || c >= w || r >= h) return;
      grid[r * w + c] = Math.max(grid[r * w + c]!, value);
    };
    for (const s of solids) {
      const value = Math.min(1, s.heightM / t.fullHeightM);
      for (let x = s.rect.minX + cx / 2; x < s.rect.maxX; x += cx)
        for (let z = s.rect.minZ + cz / 2; z < s.rect.maxZ; z += cz) mark(x, z, value);
    }
    blur(grid, w, h, t.blurCells, t.passes);
    const light = new Float32Array(reg.columns * reg.rows);
    for (let r = 0; r < reg.rows; r++)
      for (let c = 0; c < reg.columns; c++)
        light[r * reg.columns + c] = 1 - t.strength * Math.min(1, grid[(r + pad) * w + c + pad]!);
    // Contact shadows, sharper than the blur: a soft disc under each person.
    for (const p of people) {
      const c0 = Math.floor((p.x - t.personRadiusM - reg.floor.minX) / cx);
      const r0 = Math.floor((reg.floor.maxZ - p.z - t.personRadiusM) / cz);
      for (let r = Math.max(0, r0); r <= Math.min(reg.rows - 1, r0 + (2 * t.personRadiusM) / cz + 1); r++)
        for (
          let c = Math.max(0, c0);
          c <= Math.min(reg.columns - 1, c0 + (2 * t.personRadiusM) / cx + 1);
          c++
        ) {
          const x = reg.floor.minX + (c + 0.5) * cx;
          const z = reg.floor.maxZ - (r + 0.5) * cz;
          const f = 1 - Math.min(1, Math.hypot(x - p.x, z - p.z) / t.personRadiusM);
          light[r * reg.columns + c]! *= 1 - t.personStrength * f * f * (3 - 2 * f);
        }
    }
    for (let r = 0; r < reg.rows; r++)
      for (let c = 0; c < reg.columns; c++)
        data[(reg.row0 + r) * width + c] = Math.round(255 * light[r * reg.columns + c]!);
  }
  return { width, height, data, regions };
}

/** The solid things standing on the floors, with their heights (stands; boards and towers as given). */
export function shadeSolids(
  stands: readonly Stand[],
  others: readonly Rect[],
  othersHeightM: number,
): { rect: Rect; heightM: number }[] {
  return [
    ...stands.map((s) => ({ rect: s.rect, heightM: s.heightM })),
    ...others.map((rect) => ({ rect, heightM: othersHeightM })),
  ];
}
