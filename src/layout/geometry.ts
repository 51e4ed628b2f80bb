/** A point on the ground plane, metres (x east, z south; y is up). */
export interface Vec2 {
  x: number;
  z: number;
}

/** An axis-aligned rectangle on the ground plane, metres. */
export interface Rect {
  minX: number;
  maxX: number;
  minZ: number;
  maxZ: number;
}

/** Area of a simple polygon given as [x, z] vertices (shoelace formula), m². */
export function polygonArea(points: readonly (readonly [number, number])[]): number {
  let twice = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, z1] = points[i]!;
    const [x2, z2] = points[(i + 1) % points.length]!;
    twice += x1 * z2 - x2 * z1;
  }
  return Math.abs(twice) / 2;
}

/** Corners of a rectangle, counter-clockwise seen from above. */
export function rectPolygon(r: Rect): [number, number][] {
  return [
    [r.minX, r.minZ],
    [r.minX, r.maxZ],
    [r.maxX, r.maxZ],
    [r.maxX, r.minZ],
  ];
}

/** Width, depth and centre of a rectangle. */
export function rectSize(r: Rect): { w: number; d: number; cx: number; cz: number } {
  return { w: r.maxX - r.minX, d: r.maxZ - r.minZ, cx: (r.minX + r.maxX) / 2, cz: (r.minZ + r.maxZ) / 2 };
}

/** Whether a point lies inside a rectangle (edges included). */
export function rectContains(r: Rect, p: Vec2): boolean {
  return p.x >= r.minX && p.x <= r.maxX && p.z >= r.minZ && p.z <= r.maxZ;
}

/** A rectangle grown (or shrunk, for negative margins) on every side. */
export function inflate(r: Rect, m: number): Rect {
  return { minX: r.minX - m, maxX: r.maxX + m, minZ: r.minZ - m, maxZ: r.maxZ + m };
}
