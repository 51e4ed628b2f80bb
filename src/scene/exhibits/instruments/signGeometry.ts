import { Float32BufferAttribute } from 'three';
import type { BufferGeometry } from 'three';
import type { BoothFace } from '../../../layout/boothDressing';
import { geometryFromArrays, quadCorners } from '../../hall/buildGeometry';
import { glyphCellPx, signAtlas, signAspect } from './signAtlas';

/** A textured quad: upright, facing its yaw (0: +z), or lying face up (`flat`); with its atlas rectangle. */
export interface AtlasQuad extends BoothFace {
  /** Texture rectangle, [u0, v0, u1, v1] (v up, as uploaded). */
  uv: readonly [number, number, number, number];
  /** Lying on the floor, face up, width along x and height along -z (yaw is ignored). */
  flat?: boolean;
}

/**
 * Quads in one geometry (one draw call), each facing its way and showing its own part of an atlas; `color`
 * (optional, one per quad) becomes a vertex colour that tints it.
 */
export function atlasQuadsGeometry(quads: readonly AtlasQuad[], color?: readonly number[][]): BufferGeometry {
  const pos: number[] = [];
  const nor: number[] = [];
  const uv: number[] = [];
  const col: number[] = [];
  const idx: number[] = [];
  quads.forEach((s, i) => {
    const yaw = (s.yawDeg * Math.PI) / 180;
    const [nx, nz] = [Math.sin(yaw), Math.cos(yaw)];
    const [rx, rz] = [Math.cos(yaw), -Math.sin(yaw)];
    const [hw, hh] = [s.widthM / 2, s.heightM / 2];
    const [u0, v0, u1, v1] = s.uv;
    for (const [du, dv] of quadCorners) {
      if (s.flat) {
        pos.push(s.x + hw * du, s.y, s.z - hh * dv);
        nor.push(0, 1, 0);
      } else {
        pos.push(s.x + rx * hw * du, s.y + hh * dv, s.z + rz * hw * du);
        nor.push(nx, 0, nz);
      }
      uv.push(du < 0 ? u0 : u1, dv < 0 ? v0 : v1);
      if (color) col.push(...color[i]!);
    }
    const b = i * 4;
    idx.push(b, b + 1, b + 2, b, b + 2, b + 3);
  });
  const g = geometryFromArrays(pos, nor, uv, idx);
  if (color) g.setAttribute('color', new Float32BufferAttribute(col, 3));
  return g;
}

/** Sign proportions: the tallest a sign is on its header, its share of the header, the gap number–name. */
const sign = { maxHeightM: 0.25, headerShare: 0.8, gapShare: 0.3, marginM: 0.12 } as const;

/**
 * The quads of one sign on a header face: the booth number light on dark, then the kind's name, centred
 * and shrunk together if the header is short. `row` is the name's atlas row (null: number only); the
 * glyphs are on the last row.
 */
export function signQuads(
  face: BoothFace,
  number: string,
  row: number | null,
  names: number,
  glyphs: string,
): AtlasQuad[] {
  const rows = names + 1;
  const cellPx = glyphCellPx(glyphs.length);
  const h0 = Math.min(sign.maxHeightM, face.heightM * sign.headerShare);
  const cells = [' ', ...number, ' '];
  const glyphW0 = (h0 * cellPx) / signAtlas.rowHeightPx;
  const total0 = cells.length * glyphW0 + (row === null ? 0 : h0 * (sign.gapShare + signAspect));
  const k = Math.min(1, (face.widthM - 2 * sign.marginM) / total0);
  const [h, glyphW] = [h0 * k, glyphW0 * k];
  const yaw = (face.yawDeg * Math.PI) / 180;
  const [rx, rz] = [Math.cos(yaw), -Math.sin(yaw)];
  const at = (offset: number, widthM: number, uv: AtlasQuad['uv']): AtlasQuad => ({
    x: face.x + rx * offset,
    y: face.y,
    z: face.z + rz * offset,
    yawDeg: face.yawDeg,
    widthM,
    heightM: h,
    uv,
  });
  const out: AtlasQuad[] = [];
  let left = -(total0 * k) / 2;
  const glyphV: [number, number] = [0, 1 / rows];
  for (const ch of cells) {
    const i = Math.max(0, glyphs.indexOf(ch));
    const u0 = (i * cellPx) / signAtlas.rowWidthPx;
    out.push(at(left + glyphW / 2, glyphW, [u0, glyphV[0], u0 + cellPx / signAtlas.rowWidthPx, glyphV[1]]));
    left += glyphW;
  }
  if (row === null) return out;
  left += h * sign.gapShare;
  const nameW = h * signAspect;
  out.push(at(left + nameW / 2, nameW, [0, 1 - (row + 1) / rows, 1, 1 - row / rows]));
  return out;
}
