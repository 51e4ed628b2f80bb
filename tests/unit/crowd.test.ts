import { describe, expect, it } from 'vitest';
import { dressedBooths } from '../../src/layout/boothDressing';
import { stands, zoneBoardFootprints } from '../../src/layout/booths';
import { clockTowerFootprint } from '../../src/layout/clock';
import { CollisionWorld, body, buildColliders } from '../../src/layout/collision';
import { crowd, crowdFor, personCircle, placeCrowd } from '../../src/layout/crowd';
import type { Person } from '../../src/layout/crowd';
import type { Rect, Vec2 } from '../../src/layout/geometry';
import { inflate, rectContains, rectSize } from '../../src/layout/geometry';
import { buildings, startPose, zonePlacements } from '../../src/layout/hall';
import { defaultInstruments, instrumentFootprint, instrumentsFor } from '../../src/layout/instruments';
import {
  clearAreas,
  clearance,
  halfFovDeg,
  inClearArea,
  inWedge,
  segmentDistance,
  tourCameraStops,
  tourFramings,
} from '../../src/layout/keepClear';
import { benchWalk } from '../../src/layout/path';
import { buildShell } from '../../src/layout/walls';
import { nav, stepWalk } from '../../src/state/nav';

const people = crowdFor();
const r = crowd.radiusM;
const overlaps = (p: Vec2, q: Rect, pad = 0) =>
  p.x + r + pad > q.minX && p.x - r - pad < q.maxX && p.z + r + pad > q.minZ && p.z - r - pad < q.maxZ;
const boothOf = (p: Person) => stands.find((s) => s.kind === 'booth' && rectContains(s.rect, p));

describe('crowd placement', () => {
  it('puts 150 to 300 people in the hall, in every pose, exhibitors and visitors', () => {
    expect(people.length).toBeGreaterThanOrEqual(150);
    expect(people.length).toBeLessThanOrEqual(300);
    for (const pose of ['standing', 'walking', 'looking', 'exhibitor'] as const)
      expect(people.filter((p) => p.pose === pose).length, pose).toBeGreaterThan(10);
  });

  it('is the same crowd for the same seed and inputs, and another for another seed', () => {
    const input = {
      booths: dressedBooths(),
      instruments: defaultInstruments,
      world: new CollisionWorld(buildColliders()),
      clear: clearAreas(),
    };
    const a = placeCrowd(input);
    expect(placeCrowd(input)).toEqual(a);
    expect(a).toEqual(people);
    const b = placeCrowd({ ...input, seed: 7 });
    expect(b).not.toEqual(a);
    expect(b.length).toBeGreaterThanOrEqual(150);
  });

  it('gives everyone a human height and a clothing colour', () => {
    for (const p of people) {
      expect(p.heightM).toBeGreaterThanOrEqual(1.5);
      expect(p.heightM).toBeLessThanOrEqual(1.95);
      expect(Number.isInteger(p.colorIndex) && p.colorIndex >= 0 && p.colorIndex < crowd.paletteSize).toBe(
        true,
      );
      if (p.pose === 'exhibitor') expect(p.colorIndex).toBeLessThan(crowd.staffColours);
    }
    expect(new Set(people.map((p) => p.heightM.toFixed(2))).size).toBeGreaterThan(20);
  });

  it('stands everyone on the walkable floor of a workshop, apart from each other', () => {
    for (const p of people)
      expect(
        buildings.some((b) => rectContains(inflate(b.floor, -r), p)),
        `${p.x.toFixed(1)}, ${p.z.toFixed(1)}`,
      ).toBe(true);
    for (let i = 0; i < people.length; i++)
      for (let j = 0; j < i; j++) {
        const [a, b] = [people[i]!, people[j]!];
        expect(Math.hypot(a.x - b.x, a.z - b.z)).toBeGreaterThanOrEqual(2 * r);
      }
  });

  it('keeps everyone out of walls, stands, boards and instruments; exhibitors behind their counters', () => {
    const walls = buildings.flatMap((b) => {
      const s = buildShell(b);
      return [...s.brick, ...s.pilasters].map((x) => ({
        minX: x.cx - x.sx / 2,
        maxX: x.cx + x.sx / 2,
        minZ: x.cz - x.sz / 2,
        maxZ: x.cz + x.sz / 2,
      }));
    });
    const solid = [...walls, ...zoneBoardFootprints, clockTowerFootprint];
    const instruments = defaultInstruments.map(instrumentFootprint);
    const counters = dressedBooths().flatMap((d) =>
      d.counter.map((c) => ({
        minX: c.cx - c.sx / 2,
        maxX: c.cx + c.sx / 2,
        minZ: c.cz - c.sz / 2,
        maxZ: c.cz + c.sz / 2,
      })),
    );
    const problems: string[] = [];
    for (const p of people) {
      const at = `${p.pose} at ${p.x.toFixed(2)}, ${p.z.toFixed(2)}`;
      if ([...solid, ...instruments, ...counters].some((q) => overlaps(p, q)))
        problems.push(`${at} overlaps`);
      if (p.pose === 'exhibitor') {
        // Inside a booth, all of them.
        const booth = boothOf(p);
        if (!booth || !rectContains(inflate(booth.rect, -r), p)) problems.push(`${at} is not inside a booth`);
      } else if (stands.some((s) => overlaps(p, s.rect))) problems.push(`${at} stands in a stand`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps every flight of the guided tour, and each stop’s view, clear of people, for every screen shape', () => {
    for (const framed of tourFramings) {
      const { layout, aspect } = framed;
      const stops = tourCameraStops(layout, framed);
      stops.forEach((s, i) => {
        const next = stops[(i + 1) % stops.length]!;
        for (const p of people) {
          expect(segmentDistance(p, s, next) - r, `${layout} ${aspect} flight ${i}`).toBeGreaterThan(
            clearance.tourCorridorM - 1e-9,
          );
          const view = { apex: s, yawDeg: s.yawDeg, halfAngleDeg: halfFovDeg(aspect), lengthM: s.lookM };
          expect(inWedge(p, view, r), `${layout} ${aspect} view of stop ${i}`).toBe(false);
        }
      });
    }
  });

  it('keeps the entrance view, the zone entries, doorways, the benchmark walk and the demonstration areas clear', () => {
    const entrance = {
      apex: startPose,
      yawDeg: startPose.yawDeg,
      halfAngleDeg: halfFovDeg(16 / 9),
      lengthM: 15,
    };
    const doors = buildings.flatMap((b) => buildShell(b).doors);
    const plinths = stands.filter((s) => s.kind === 'plinth').map((s) => rectSize(s.rect));
    expect(plinths).toHaveLength(3);
    for (const p of people) {
      expect(inWedge(p, entrance, r)).toBe(false);
      for (const z of Object.values(zonePlacements))
        expect(Math.hypot(p.x - z.entry.x, p.z - z.entry.z)).toBeGreaterThan(2);
      for (const d of doors)
        expect(Math.hypot(p.x - d.cx, p.z - d.cz)).toBeGreaterThan(Math.max(d.sx, d.sz) / 2);
      for (let i = 1; i < benchWalk.length; i++)
        expect(segmentDistance(p, benchWalk[i - 1]!, benchWalk[i]!)).toBeGreaterThan(1);
      // Each frontier instrument's demonstration plays within a few metres of its stand.
      for (const h of plinths) expect(Math.hypot(p.x - h.cx, p.z - h.cz)).toBeGreaterThan(6);
      expect(inClearArea(p, clearAreas(), r)).toBe(false);
    }
  });

  it('places around any count of instruments without standing in one', () => {
    const dense = instrumentsFor(10_000);
    const list = crowdFor(dense);
    expect(list.length).toBeGreaterThanOrEqual(150);
    const feet = dense.map(instrumentFootprint);
    const inOne = list.filter((p) => feet.some((q) => overlaps(p, q)));
    expect(inOne).toEqual([]);
  });
});

describe('people block walking', () => {
  it('blocks where a person stands once the crowd is set, and no longer once it is cleared', () => {
    const world = new CollisionWorld(buildColliders());
    const visitor = people.find((p) => p.pose === 'walking')!;
    expect(world.blocked(visitor)).toBe(false);
    world.setCrowd(people.map(personCircle));
    expect(world.blocked(visitor)).toBe(true);
    expect(world.blocked({ x: visitor.x + r + body.radiusM + 0.01, z: visitor.z })).toBe(false);
    world.setCrowd([]);
    expect(world.blocked(visitor)).toBe(false);
  });

  it('stops a walk into a person short of them, by both bodies’ radii', () => {
    const world = new CollisionWorld(buildColliders());
    world.setCrowd(people.map(personCircle));
    const visitor = people.find((p) => p.pose === 'walking' && !world.blocked({ x: p.x + 3, z: p.z }))!;
    const end = world.move({ x: visitor.x + 3, z: visitor.z }, -6, 0);
    expect(end.x - visitor.x).toBeGreaterThanOrEqual(r + body.radiusM - 1e-6);
    expect(end.x - visitor.x).toBeLessThan(r + body.radiusM + 0.05);
  });

  it('stops the visitor walking forward into a person', () => {
    const world = new CollisionWorld(buildColliders());
    world.setCrowd(people.map(personCircle));
    // Someone with nothing else (stand, wall, other person) on the 3 m straight up to them from the south.
    const clearPath = (p: Person) => {
      const others = new CollisionWorld(buildColliders());
      others.setCrowd(people.filter((q) => q !== p).map(personCircle));
      return Array.from({ length: 13 }, (_, i) => p.z + 3 - i * 0.25).every(
        (z) => !others.blocked({ x: p.x, z }),
      );
    };
    const visitor = people.find((p) => p.pose === 'standing' && clearPath(p))!;
    Object.assign(nav, { x: visitor.x, z: visitor.z + 3, yaw: 0, walkTarget: null });
    nav.held.clear();
    nav.held.add('forward');
    // Facing north (yaw 0) walks towards -z, straight at them, for four seconds.
    for (let i = 0; i < 120; i++) stepWalk(nav, 1 / 30, world);
    nav.held.clear();
    expect(nav.z - visitor.z).toBeGreaterThanOrEqual(r + body.radiusM - 1e-6);
    expect(Math.hypot(nav.x - visitor.x, nav.z - visitor.z)).toBeLessThan(r + body.radiusM + 0.05);
  });
});
