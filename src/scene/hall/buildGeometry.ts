import { BufferGeometry, Float32BufferAttribute, Vector3 } from 'three';
import { mergeGeometries } from 'three/examples/jsm/utils/BufferGeometryUtils.js';
import type { Box3 } from '../../layout/walls';

/** Texture scale: one UV unit per this many metres, so bricks keep their size on every wall. */
const defaultTileM = 2;

// Box faces: normal axis, sign, and the two in-plane axes (u, v).
const faces = [
  { n: [1, 0, 0], u: 2, v: 1, s: 1 },
  { n: [-1, 0, 0], u: 2, v: 1, s: -1 },
  { n: [0, 1, 0], u: 0, v: 2, s: 1 },
  { n: [0, -1, 0], u: 0, v: 2, s: -1 },
  { n: [0, 0, 1], u: 0, v: 1, s: 1 },
  { n: [0, 0, -1], u: 0, v: 1, s: -1 },
] as const;

/** Corners of a unit quad in (u, v), counter-clockwise from the bottom left. */
export const quadCorners = [
  [-1, -1],
  [1, -1],
  [1, 1],
  [-1, 1],
] as const;

/** Wraps flat attribute arrays (positions, optional normals and UVs, indices) in an indexed geometry. */
export function geometryFromArrays(
  pos: number[],
  nor: number[] | null,
  uv: number[] | null,
  idx: number[],
): BufferGeometry {
  const g = new BufferGeometry();
  g.setAttribute('position', new Float32BufferAttribute(pos, 3));
  if (nor) g.setAttribute('normal', new Float32BufferAttribute(nor, 3));
  if (uv) g.setAttribute('uv', new Float32BufferAttribute(uv, 2));
  g.setIndex(idx);
  if (!nor) g.computeVertexNormals();
  g.computeBoundingSphere();
  return g;
}

/** Adds two triangles for the quad starting at vertex `base`, wound counter-clockwise seen along -normal. */
function pushQuad(idx: number[], pos: readonly number[], base: number, normal: readonly number[]): void {
  const at = (i: number, k: number) => pos[(base + i) * 3 + k]!;
  const e1 = [0, 1, 2].map((k) => at(1, k) - at(0, k));
  const e2 = [0, 1, 2].map((k) => at(2, k) - at(0, k));
  const cross = [
    e1[1]! * e2[2]! - e1[2]! * e2[1]!,
    e1[2]! * e2[0]! - e1[0]! * e2[2]!,
    e1[0]! * e2[1]! - e1[1]! * e2[0]!,
  ];
  const dot = cross[0]! * normal[0]! + cross[1]! * normal[1]! + cross[2]! * normal[2]!;
  if (dot >= 0) idx.push(base, base + 1, base + 2, base, base + 2, base + 3);
  else idx.push(base, base + 2, base + 1, base, base + 3, base + 2);
}

/** Merges many axis-aligned boxes into one geometry with world-scaled UVs (one draw call). */
export function boxesGeometry(boxes: readonly Box3[], tileM: number = defaultTileM): BufferGeometry {
  const pos: number[] = [];
  const nor: number[] = [];
  const uv: number[] = [];
  const idx: number[] = [];
  for (const b of boxes) {
    const c = [b.cx, b.cy, b.cz];
    const h = [b.sx / 2, b.sy / 2, b.sz / 2];
    for (const f of faces) {
      const axis = f.n.findIndex((x) => x !== 0);
      const base = pos.length / 3;
      for (const [du, dv] of quadCorners) {
        const p = [0, 0, 0];
        p[axis] = c[axis]! + f.s * h[axis]!;
        p[f.u] = c[f.u]! + du * h[f.u]!;
        p[f.v] = c[f.v]! + dv * h[f.v]!;
        pos.push(p[0]!, p[1]!, p[2]!);
        nor.push(f.n[0], f.n[1], f.n[2]);
        uv.push(p[f.u]! / tileM, p[f.v]! / tileM);
      }
      pushQuad(idx, pos, base, f.n);
    }
  }
  return geometryFromArrays(pos, nor, uv, idx);
}

/** Merges straight beams (square section) between 3D points into one geometry. */
export function beamsGeometry(
  segments: readonly (readonly [Vector3, Vector3])[],
  sizeM: number,
): BufferGeometry {
  const pos: number[] = [];
  const nor: number[] = [];
  const idx: number[] = [];
  const d = new Vector3();
  const u = new Vector3();
  const v = new Vector3();
  const corner = new Vector3();
  for (const [a, b] of segments) {
    d.subVectors(b, a);
    if (d.lengthSq() < 1e-8) continue;
    d.normalize();
    u.set(0, 1, 0).cross(d);
    if (u.lengthSq() < 1e-6) u.set(1, 0, 0).cross(d);
    u.normalize().multiplyScalar(sizeM / 2);
    v.crossVectors(d, u)
      .normalize()
      .multiplyScalar(sizeM / 2);
    // Four long sides; the ends are hidden in joints.
    for (const [su, sv, nu, nv] of [
      [1, -1, 1, 0],
      [1, 1, 0, 1],
      [-1, 1, -1, 0],
      [-1, -1, 0, -1],
    ] as const) {
      const base = pos.length / 3;
      const [tu, tv] = nu !== 0 ? [su, -sv] : [-su, sv];
      const n = new Vector3().addScaledVector(u, nu).addScaledVector(v, nv).normalize();
      for (const [end, pu, pv] of [
        [a, su, sv],
        [b, su, sv],
        [b, tu, tv],
        [a, tu, tv],
      ] as const) {
        corner.copy(end).addScaledVector(u, pu).addScaledVector(v, pv);
        pos.push(corner.x, corner.y, corner.z);
        nor.push(n.x, n.y, n.z);
      }
      pushQuad(idx, pos, base, [n.x, n.y, n.z]);
    }
  }
  return geometryFromArrays(pos, nor, null, idx);
}

/** Merges flat quads (four corners each, any orientation) into one geometry with world-scaled UVs. */
export function quadsGeometry(
  quads: readonly (readonly [Vector3, Vector3, Vector3, Vector3])[],
  tileM: number = defaultTileM,
): BufferGeometry {
  const pos: number[] = [];
  const uv: number[] = [];
  const idx: number[] = [];
  for (const q of quads) {
    const base = pos.length / 3;
    const along = q[1].distanceTo(q[0]);
    const up = q[3].distanceTo(q[0]);
    const uvs = [
      [0, 0],
      [along, 0],
      [along, up],
      [0, up],
    ] as const;
    q.forEach((p, i) => {
      pos.push(p.x, p.y, p.z);
      uv.push(uvs[i]![0] / tileM, uvs[i]![1] / tileM);
    });
    idx.push(base, base + 1, base + 2, base, base + 2, base + 3);
  }
  return geometryFromArrays(pos, null, uv, idx);
}

/**
 * Merges geometries already placed in a common frame into one (one draw call) and frees the parts; `what`
 * names them in the error thrown when their attributes do not match.
 */
export function mergeParts(parts: BufferGeometry[], what: string): BufferGeometry {
  const g = mergeGeometries(parts);
  for (const p of parts) p.dispose();
  if (!g) throw new Error(`${what}: the geometries cannot be merged`);
  return g;
}
