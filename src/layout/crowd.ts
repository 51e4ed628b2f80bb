import { mulberry32 } from '../science/random';
import type { BoothDressing } from './boothDressing';
import { dressedBooths } from './boothDressing';
import { boothFrame, boothShell } from './booths';
import { CollisionWorld, buildColliders } from './collision';
import type { Rect, Vec2 } from './geometry';
import { inflate, rectContains } from './geometry';
import { buildings, zonePlacements } from './hall';
import type { InstrumentPlacement } from './instruments';
import { defaultInstruments, instrumentFootprint } from './instruments';
import type { ClearAreas } from './keepClear';
import { clearAreas, inClearArea } from './keepClear';

/** What a person is doing, which picks the pose they are drawn in. */
export type PersonPose = 'standing' | 'walking' | 'looking' | 'exhibitor';

/** One visitor or exhibitor on the floor. yawDeg: the way they face (0: +z, south), as instruments do. */
export interface Person {
  x: number;
  z: number;
  yawDeg: number;
  pose: PersonPose;
  heightM: number;
  /** Index into the clothing palette (exhibitors wear the first few colours: staff shirts). */
  colorIndex: number;
}

/** Crowd tunables, metres. */
export const crowd = {
  seed: 20251111,
  /** A person's footprint for collisions: a circle of this radius. */
  radiusM: 0.25,
  heightM: [1.55, 1.88],
  /** Smallest distance between two people (a group stands closer: groupRadiusM). */
  spacingM: 0.85,
  groupRadiusM: 0.5,
  /** Visitors keep this far from stands, so they stand in the aisles, not against the walls. */
  aisleClearM: 0.3,
  /** Clothing palette sizes: all colours, and the first few that exhibitors wear. */
  paletteSize: 12,
  staffColours: 3,
  /** Chance a booth has no exhibitor at its counter, or two. */
  boothNone: 0.1,
  boothTwo: 0.22,
  /** Chance of a visitor at a booth's front, and at an open side. */
  frontVisitor: 0.42,
  sideVisitor: 0.3,
  /** How far in front of a booth a visitor looking at it stands. */
  frontGapM: 0.65,
  /** Visitors in a zone's aisles: this many per booth there, plus a few; the conference venue gets its own. */
  aislePerBooth: 0.3,
  aisleExtra: 4,
  conferenceVisitors: 12,
  /** Visitors round the edges of the frontier showcase (its instruments' demonstration areas stay clear). */
  showcaseVisitors: 12,
  /** Visitors on each workshop's open floor outside the zones. */
  hallAisleVisitors: { a: 18, b: 8, c: 6 },
  /** The most people in the hall: aisles fill up to this. */
  maxPeople: 280,
  /** Tries per person before giving up on a spot. */
  tries: 40,
} as const;

/** What a crowd is placed around: the dressed booths, their instruments, what blocks, what must stay clear. */
export interface CrowdInput {
  booths: readonly BoothDressing[];
  instruments: readonly InstrumentPlacement[];
  world: CollisionWorld;
  clear: ClearAreas;
  seed?: number;
}

const overlapsRect = (p: Vec2, r: number, q: Rect) =>
  p.x + r > q.minX && p.x - r < q.maxX && p.z + r > q.minZ && p.z - r < q.maxZ;

/**
 * Places the crowd deterministically for a seed: exhibitors behind most counters, visitors looking into
 * booths from the aisle and from open sides, and visitors walking, standing and talking in small groups in
 * every zone's aisles. Nobody stands in a wall, stand, instrument or another person, nor anywhere `clear`
 * keeps free.
 */
export function placeCrowd(input: CrowdInput): Person[] {
  const rand = mulberry32(input.seed ?? crowd.seed);
  const between = (a: number, b: number) => a + (b - a) * rand();
  const people: Person[] = [];
  const r = crowd.radiusM;
  // The mean of two uniform draws: most people are of middling height, a few short or tall.
  const height = () =>
    (between(crowd.heightM[0], crowd.heightM[1]) + between(crowd.heightM[0], crowd.heightM[1])) / 2;
  const spaced = (p: Vec2, gap: number) => people.every((o) => Math.hypot(o.x - p.x, o.z - p.z) >= gap);
  /** Free floor in an aisle: not blocked, not in a clear area, not too close to anyone. */
  const free = (p: Vec2, gap: number = crowd.spacingM, pad: number = crowd.aisleClearM) =>
    !input.world.blocked(p, r + pad) && !inClearArea(p, input.clear, r) && spaced(p, gap);
  const add = (p: Vec2, yawDeg: number, pose: PersonPose) =>
    people.push({
      x: p.x,
      z: p.z,
      yawDeg,
      pose,
      heightM: height(),
      colorIndex: Math.floor(rand() * (pose === 'exhibitor' ? crowd.staffColours : crowd.paletteSize)),
    });

  const feet = new Map<string, Rect[]>();
  for (const i of input.instruments)
    feet.set(i.boothId, [...(feet.get(i.boothId) ?? []), instrumentFootprint(i)]);

  // Exhibitors behind the counters, facing the aisle, where no instrument stands.
  for (const d of input.booths) {
    const f = boothFrame(d.booth);
    const roll = rand();
    const want = roll < crowd.boothNone ? 0 : roll < crowd.boothNone + crowd.boothTwo ? 2 : 1;
    const v = boothShell.counterFrontM + boothShell.counterDM + r + 0.08;
    const shares = [0.3, 0.7, 0.5, 0.2, 0.8];
    for (let i = shares.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [shares[i], shares[j]] = [shares[j]!, shares[i]!];
    }
    let placed = 0;
    for (const share of shares) {
      if (placed >= want) break;
      const p = f.toHall(f.width * share, v);
      if ((feet.get(d.booth.id) ?? []).some((q) => overlapsRect(p, r + 0.05, q))) continue;
      if (inClearArea(p, input.clear, r) || !spaced(p, crowd.spacingM)) continue;
      add(p, f.yawDeg + between(-15, 15), 'exhibitor');
      placed++;
    }
  }

  // Visitors looking into booths: at the front, and at an open side.
  for (const d of input.booths) {
    const f = boothFrame(d.booth);
    if (rand() < crowd.frontVisitor) {
      const p = f.toHall(between(1, f.width - 1), -crowd.frontGapM);
      if (free(p, crowd.spacingM, 0.05)) add(p, f.yawDeg + 180 + between(-20, 20), 'looking');
    }
    for (const side of ['left', 'right'] as const) {
      if (!d.open[side] || rand() >= crowd.sideVisitor) continue;
      const u = side === 'left' ? -crowd.frontGapM : f.width + crowd.frontGapM;
      const p = f.toHall(u, between(1, f.depth - 0.8));
      const inward = f.toHall(f.width / 2, f.depth / 2);
      const yaw = (Math.atan2(inward.x - p.x, inward.z - p.z) * 180) / Math.PI;
      if (free(p, crowd.spacingM, 0.05)) add(p, yaw + between(-15, 15), 'looking');
    }
  }

  // Visitors in the aisles, in each zone and in the open floor of each workshop between the zones: walking
  // along them, standing, or in groups of two or three.
  const boothsIn = new Map<string, number>();
  for (const d of input.booths) boothsIn.set(d.booth.zone, (boothsIn.get(d.booth.zone) ?? 0) + 1);
  const zoneRects = Object.values(zonePlacements).map((z) => z.rect);
  const areas = [
    ...Object.entries(zonePlacements).map(([zone, place]) => ({
      rect: place.rect,
      want:
        zone === 'conference-venue'
          ? crowd.conferenceVisitors
          : zone === 'frontier-showcase'
            ? crowd.showcaseVisitors
            : Math.round((boothsIn.get(zone) ?? 0) * crowd.aislePerBooth) + crowd.aisleExtra,
      open: false,
    })),
    ...buildings.map((b) => ({ rect: b.floor, want: crowd.hallAisleVisitors[b.id], open: true })),
  ];
  for (const { rect, want, open } of areas) {
    const area = inflate(rect, -0.8);
    let made = 0;
    for (let t = 0; t < want * crowd.tries && made < want; t++) {
      const p = { x: between(area.minX, area.maxX), z: between(area.minZ, area.maxZ) };
      const kind = rand();
      // The open floor's visitors stay out of the zones (those have their own).
      if (open && zoneRects.some((z) => rectContains(z, p))) continue;
      if (kind < 0.25) {
        // A group: two or three round a spot, facing its middle.
        const size = rand() < 0.6 ? 2 : 3;
        const turn = rand() * Math.PI * 2;
        const spots = Array.from({ length: size }, (_, k) => {
          const a = turn + (k * Math.PI * 2) / size;
          return { x: p.x + Math.sin(a) * crowd.groupRadiusM, z: p.z + Math.cos(a) * crowd.groupRadiusM, a };
        });
        if (people.length + size > crowd.maxPeople || !spots.every((s) => free(s))) continue;
        for (const s of spots) add(s, (s.a * 180) / Math.PI + 180 + between(-10, 10), 'standing');
        made += size;
      } else if (people.length < crowd.maxPeople && free(p)) {
        const walking = kind < 0.7;
        // Walkers follow the aisles (the grid runs along x and z); others face any way.
        const yaw = walking ? Math.floor(rand() * 4) * 90 + between(-8, 8) : between(-180, 180);
        add(p, yaw, walking ? 'walking' : 'standing');
        made++;
      }
    }
  }
  return people;
}

/** A person's footprint for collisions. */
export function personCircle(p: Person): { x: number; z: number; r: number } {
  return { x: p.x, z: p.z, r: crowd.radiusM };
}

let base: { world: CollisionWorld; clear: ClearAreas } | null = null;
const cache = new Map<readonly InstrumentPlacement[], readonly Person[]>();

/**
 * The hall's crowd for a placement of instruments (the default: the article's thousand), computed once per
 * placement against the hall without people.
 */
export function crowdFor(
  instruments: readonly InstrumentPlacement[] = defaultInstruments,
): readonly Person[] {
  base ??= { world: new CollisionWorld(buildColliders()), clear: clearAreas() };
  let list = cache.get(instruments);
  if (!list) {
    list = placeCrowd({ booths: dressedBooths(), instruments, ...base });
    cache.set(instruments, list);
  }
  return list;
}
