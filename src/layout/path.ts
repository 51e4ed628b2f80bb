import type { Vec2 } from './geometry';

/** A pose on the floor: position and the way it looks (yaw 0 looks north, -z). */
export interface FloorPose {
  x: number;
  z: number;
  yawDeg: number;
}

/** Total length of a polyline, metres. */
export function pathLength(points: readonly Vec2[]): number {
  let len = 0;
  for (let i = 1; i < points.length; i++)
    len += Math.hypot(points[i]!.x - points[i - 1]!.x, points[i]!.z - points[i - 1]!.z);
  return len;
}

/**
 * Where a walker is after a fraction t (0..1, clamped) of a polyline, at constant speed, looking the way
 * the current segment goes.
 */
export function poseAlong(points: readonly Vec2[], t: number): FloorPose {
  if (points.length === 0) return { x: 0, z: 0, yawDeg: 0 };
  const first = points[0]!;
  if (points.length === 1) return { x: first.x, z: first.z, yawDeg: 0 };
  let left = Math.max(0, Math.min(1, t)) * pathLength(points);
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const seg = Math.hypot(b.x - a.x, b.z - a.z);
    if (seg === 0) continue;
    const yawDeg = (Math.atan2(-(b.x - a.x), -(b.z - a.z)) * 180) / Math.PI + 0; // + 0: no -0
    if (left <= seg || i === points.length - 1) {
      const f = Math.min(1, left / seg);
      return { x: a.x + (b.x - a.x) * f, z: a.z + (b.z - a.z) * f, yawDeg };
    }
    left -= seg;
  }
  const last = points[points.length - 1]!;
  return { x: last.x, z: last.z, yawDeg: 0 };
}

/**
 * The benchmark's fixed walk through building A: in at the main entrance, east along the south aisle,
 * north up the aisle between the frontier showcase and the weighing park, west along the north aisle and
 * back south down the west aisle. Metres.
 */
export const benchWalk: readonly Vec2[] = [
  { x: 0, z: 56 },
  { x: 0, z: 48 },
  { x: 22, z: 48 },
  { x: 22, z: 8 },
  { x: -22, z: 8 },
  { x: -22, z: 48 },
];
