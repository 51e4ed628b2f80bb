import type { BufferGeometry } from 'three';
import { geometryFromArrays, quadCorners } from '../../hall/buildGeometry';

/** Where a sign goes: the centre of a fascia's front face, which way it faces, and its atlas row. */
export interface SignSpot {
  x: number;
  y: number;
  z: number;
  yawDeg: number;
  row: number;
}

/** How far a sign stands off the fascia, metres: enough to avoid z-fighting up close. */
const standOffM = 0.01;

/**
 * All signs as quads in one geometry (one draw call): each faces its yaw (0: +z) and shows row `row` of
 * an atlas with `rows` rows stacked top to bottom (the canvas is flipped on upload, so row 0 is at v = 1).
 */
export function signsGeometry(
  spots: readonly SignSpot[],
  rows: number,
  size: { widthM: number; heightM: number },
): BufferGeometry {
  const pos: number[] = [];
  const nor: number[] = [];
  const uv: number[] = [];
  const idx: number[] = [];
  const [hw, hh] = [size.widthM / 2, size.heightM / 2];
  spots.forEach((s, i) => {
    const yaw = (s.yawDeg * Math.PI) / 180;
    const [nx, nz] = [Math.sin(yaw), Math.cos(yaw)];
    const [rx, rz] = [Math.cos(yaw), -Math.sin(yaw)];
    const [cx, cz] = [s.x + nx * standOffM, s.z + nz * standOffM];
    const v0 = 1 - (s.row + 1) / rows;
    const v1 = 1 - s.row / rows;
    for (const [du, dv] of quadCorners) {
      pos.push(cx + rx * hw * du, s.y + hh * dv, cz + rz * hw * du);
      nor.push(nx, 0, nz);
      uv.push(du < 0 ? 0 : 1, dv < 0 ? v0 : v1);
    }
    const b = i * 4;
    idx.push(b, b + 1, b + 2, b, b + 2, b + 3);
  });
  return geometryFromArrays(pos, nor, uv, idx);
}
