import type { Rect, Vec2 } from './geometry';
import { inflate } from './geometry';
import { blockBounds, buildings, chimneys, treeTrunkM, trees } from './hall';
import { stands, zoneBoardFootprints } from './booths';
import { clockTowerFootprint } from './clock';
import { buildShell } from './walls';

/** Walking tunables: the visitor is a circle of this radius on the floor. */
export const body = { radiusM: 0.3, maxStepM: 0.2, stepHeightM: 0.25 } as const;

/** Everything you cannot walk through: boxes and round footprints. */
export interface Colliders {
  boxes: Rect[];
  circles: { x: number; z: number; r: number }[];
  bounds: Rect;
}

/** Collects the walls, pilasters, stands, zone exhibit boards, the clock tower and chimneys that block walking. */
export function buildColliders(): Colliders {
  const boxes: Rect[] = [];
  for (const b of buildings) {
    const parts = buildShell(b);
    for (const box of [...parts.brick, ...parts.pilasters]) {
      if (box.cy - box.sy / 2 > body.stepHeightM + 1.5) continue; // above head height: lintels, not obstacles
      boxes.push({
        minX: box.cx - box.sx / 2,
        maxX: box.cx + box.sx / 2,
        minZ: box.cz - box.sz / 2,
        maxZ: box.cz + box.sz / 2,
      });
    }
  }
  for (const s of stands) boxes.push(s.rect);
  boxes.push(...zoneBoardFootprints, clockTowerFootprint);
  const circles = [
    ...chimneys.map((c) => ({ x: c.x, z: c.z, r: c.baseRadiusM + 0.7 })),
    ...trees.map((t) => ({ ...t, r: treeTrunkM })),
  ];
  return { boxes, circles, bounds: blockBounds };
}

const cellM = 4;

/** A round footprint on the floor, metres. */
export type Circle = Colliders['circles'][number];

/** A uniform grid over the colliders so a step only tests what is near it. */
export class CollisionWorld {
  private readonly cells = new Map<string, number[]>();
  private readonly circleCells = new Map<string, Circle[]>();
  private crowd: readonly Circle[] = [];
  private readonly extras = new Set<string>();

  constructor(readonly colliders: Colliders = buildColliders()) {
    colliders.boxes.forEach((r, i) => this.index(this.cells, inflate(r, body.radiusM), i));
    for (const c of colliders.circles) this.indexCircle(c);
  }

  /**
   * Adds solid boxes that come with the 3D view's own chunk (the entrance), once per key, so that their
   * layout stays out of the entry chunk that the store (and with it this world) lives in.
   */
  register(key: string, boxes: readonly Rect[]): void {
    if (this.extras.has(key)) return;
    this.extras.add(key);
    for (const r of boxes) this.index(this.cells, inflate(r, body.radiusM), this.colliders.boxes.push(r) - 1);
  }

  private index<T>(cells: Map<string, T[]>, g: Rect, item: T): void {
    for (let cx = Math.floor(g.minX / cellM); cx <= Math.floor(g.maxX / cellM); cx++) {
      for (let cz = Math.floor(g.minZ / cellM); cz <= Math.floor(g.maxZ / cellM); cz++) {
        const key = `${cx},${cz}`;
        const list = cells.get(key);
        if (list) list.push(item);
        else cells.set(key, [item]);
      }
    }
  }

  private indexCircle(c: Circle): void {
    const reach = c.r + body.radiusM;
    this.index(
      this.circleCells,
      { minX: c.x - reach, maxX: c.x + reach, minZ: c.z - reach, maxZ: c.z + reach },
      c,
    );
  }

  /**
   * Sets the people standing in the hall, who block walking like a stand does (the scene adds them when it
   * shows them); replaces any set before.
   */
  setCrowd(circles: readonly Circle[]): void {
    const gone = new Set(this.crowd);
    for (const [key, list] of this.circleCells) {
      const kept = list.filter((c) => !gone.has(c));
      if (kept.length) this.circleCells.set(key, kept);
      else this.circleCells.delete(key);
    }
    this.crowd = circles.map((c) => ({ ...c }));
    for (const c of this.crowd) this.indexCircle(c);
  }

  /** Whether a visitor standing at p would overlap a wall, stand or chimney. */
  blocked(p: Vec2, radius: number = body.radiusM): boolean {
    const q = this.resolve({ ...p }, radius);
    return Math.hypot(q.x - p.x, q.z - p.z) > 1e-6;
  }

  /** Pushes a position out of every collider it overlaps (the push is along the contact normal, so moves slide). */
  resolve(p: Vec2, radius: number = body.radiusM): Vec2 {
    const { bounds } = this.colliders;
    let x = Math.min(bounds.maxX - radius, Math.max(bounds.minX + radius, p.x));
    let z = Math.min(bounds.maxZ - radius, Math.max(bounds.minZ + radius, p.z));
    for (let iter = 0; iter < 3; iter++) {
      let moved = false;
      for (const i of this.cells.get(`${Math.floor(x / cellM)},${Math.floor(z / cellM)}`) ?? []) {
        const r = this.colliders.boxes[i]!;
        const nx = Math.min(r.maxX, Math.max(r.minX, x));
        const nz = Math.min(r.maxZ, Math.max(r.minZ, z));
        const dx = x - nx;
        const dz = z - nz;
        const d2 = dx * dx + dz * dz;
        if (d2 >= radius * radius) continue;
        moved = true;
        if (d2 > 1e-12) {
          const d = Math.sqrt(d2);
          x = nx + (dx / d) * radius;
          z = nz + (dz / d) * radius;
        } else {
          // Centre inside the box: leave by the nearest face.
          const exits = [x - r.minX, r.maxX - x, z - r.minZ, r.maxZ - z];
          const m = Math.min(...exits);
          if (m === exits[0]) x = r.minX - radius;
          else if (m === exits[1]) x = r.maxX + radius;
          else if (m === exits[2]) z = r.minZ - radius;
          else z = r.maxZ + radius;
        }
      }
      for (const c of this.circleCells.get(`${Math.floor(x / cellM)},${Math.floor(z / cellM)}`) ?? []) {
        const dx = x - c.x;
        const dz = z - c.z;
        const d = Math.hypot(dx, dz);
        const min = c.r + radius;
        if (d >= min) continue;
        moved = true;
        const k = d > 1e-9 ? min / d : 1;
        x = c.x + (d > 1e-9 ? dx * k : min);
        z = c.z + (d > 1e-9 ? dz * k : 0);
      }
      if (!moved) break;
    }
    return { x, z };
  }

  /** Moves from p by (dx, dz) in small steps, sliding along whatever it touches. */
  move(p: Vec2, dx: number, dz: number, radius: number = body.radiusM): Vec2 {
    const steps = Math.max(1, Math.ceil(Math.hypot(dx, dz) / body.maxStepM));
    let q = { ...p };
    for (let i = 0; i < steps; i++) q = this.resolve({ x: q.x + dx / steps, z: q.z + dz / steps }, radius);
    return q;
  }
}

/** The hall's collision world, built once from the layout. */
export const collisionWorld = new CollisionWorld();
