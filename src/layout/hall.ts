import type { Rect, Vec2 } from './geometry';
import { polygonArea, rectPolygon } from './geometry';

/** A wall of a building, by the compass side it faces (north is -z). */
export type Side = 'n' | 's' | 'e' | 'w';

/** A doorway: which bay of which wall, and how big. */
export interface DoorSpec {
  side: Side;
  bay: number;
  widthM: number;
  heightM: number;
  /** The main entrance of the block (signposted; the walk starts here). */
  main?: boolean;
}

/** One red-brick workshop of the block. */
export interface BuildingSpec {
  id: 'a' | 'b' | 'c';
  /** Interior floor: the exhibition floor of this building. */
  floor: Rect;
  eaveM: number;
  roof:
    | { kind: 'sawtooth'; teeth: number; riseM: number }
    | { kind: 'pitched'; riseM: number; skylightM: number };
  /** Bays per wall: along the north/south walls and along the east/west walls. */
  bays: { ns: number; ew: number };
  doors: DoorSpec[];
}

/** Tunables of the brick shell, with units in their names. */
export const shell = {
  wallThicknessM: 0.5,
  pilasterWidthM: 0.8,
  pilasterOutM: 0.35,
  pilasterInM: 0.15,
  sillM: 1.1,
  windowHeadBelowEaveM: 2.0,
  pierM: 0.45,
  roofOverhangM: 0.6,
} as const;

/** The three workshops of the Jianxiang block; their floors add up to the 15,000 m² exhibition area. */
export const buildings: readonly BuildingSpec[] = [
  {
    id: 'a',
    floor: { minX: -60, maxX: 60, minZ: 0, maxZ: 60 },
    eaveM: 9,
    roof: { kind: 'sawtooth', teeth: 6, riseM: 3.5 },
    bays: { ns: 15, ew: 8 },
    doors: [
      { side: 's', bay: 7, widthM: 6, heightM: 5.5, main: true },
      { side: 'n', bay: 3, widthM: 5, heightM: 5 },
      { side: 'n', bay: 11, widthM: 5, heightM: 5 },
      { side: 'e', bay: 4, widthM: 4.5, heightM: 4.5 },
      { side: 'w', bay: 4, widthM: 4.5, heightM: 4.5 },
    ],
  },
  {
    id: 'b',
    floor: { minX: -70, maxX: 26, minZ: -80, maxZ: -30 },
    eaveM: 10,
    roof: { kind: 'pitched', riseM: 5, skylightM: 5 },
    bays: { ns: 12, ew: 7 },
    doors: [
      { side: 's', bay: 5, widthM: 5, heightM: 5 },
      { side: 's', bay: 9, widthM: 5, heightM: 5 },
      { side: 'e', bay: 3, widthM: 4.5, heightM: 4.5 },
    ],
  },
  {
    id: 'c',
    floor: { minX: 36, maxX: 111, minZ: -70, maxZ: -30 },
    eaveM: 9,
    roof: { kind: 'pitched', riseM: 4, skylightM: 4 },
    bays: { ns: 10, ew: 5 },
    doors: [
      { side: 's', bay: 4, widthM: 5, heightM: 5 },
      { side: 'w', bay: 2, widthM: 4.5, heightM: 4.5 },
    ],
  },
];

/** The block's grounds (the fence line), metres. */
export const blockBounds: Rect = { minX: -110, maxX: 140, minZ: -110, maxZ: 100 };

/** Tall brick chimneys of the old diesel-engine works, seen through the windows and from above. */
export const chimneys = [
  { id: 'chimney-1', x: -12, z: -15, heightM: 48, baseRadiusM: 2.6, topRadiusM: 1.5 },
  { id: 'chimney-2', x: 48, z: -12, heightM: 40, baseRadiusM: 2.2, topRadiusM: 1.3 },
  { id: 'chimney-3', x: -88, z: -96, heightM: 42, baseRadiusM: 2.3, topRadiusM: 1.4 },
] as const;

/** Where each zone lies on the floor and where a visitor arriving there stands (yaw 0 looks north, -z). */
export const zonePlacements: Record<
  string,
  { building: BuildingSpec['id']; rect: Rect; entry: Vec2 & { yawDeg: number } }
> = {
  'frontier-showcase': {
    building: 'a',
    rect: { minX: -20, maxX: 20, minZ: 14, maxZ: 42 },
    entry: { x: 0, z: 45, yawDeg: 0 },
  },
  'smart-weighing-park': {
    building: 'a',
    rect: { minX: 24, maxX: 57, minZ: 4, maxZ: 46 },
    entry: { x: 40, z: 50, yawDeg: 0 },
  },
  'strategy-wall': {
    building: 'a',
    rect: { minX: -57, maxX: -24, minZ: 4, maxZ: 46 },
    entry: { x: -34, z: 50, yawDeg: 30 },
  },
  'chuanshan-time-valley': {
    building: 'b',
    rect: { minX: -67, maxX: -24, minZ: -77, maxZ: -33 },
    entry: { x: -26, z: -34, yawDeg: 20 },
  },
  'changning-nonferrous': {
    building: 'b',
    rect: { minX: -19, maxX: 23, minZ: -77, maxZ: -33 },
    entry: { x: 6, z: -34, yawDeg: 0 },
  },
  'innovation-results': {
    building: 'c',
    rect: { minX: 39, maxX: 71, minZ: -67, maxZ: -33 },
    entry: { x: 70, z: -34, yawDeg: 20 },
  },
  'conference-venue': {
    building: 'c',
    rect: { minX: 76, maxX: 108, minZ: -67, maxZ: -33 },
    entry: { x: 90, z: -34, yawDeg: 0 },
  },
};

/** Where the walk starts: just inside the main entrance, looking into the hall. */
export const startPose = { x: 0, z: 56, yawDeg: 0 } as const;

/** Floor polygon of a building, [x, z] corners. */
export function buildingFloor(b: BuildingSpec): [number, number][] {
  return rectPolygon(b.floor);
}

/** Exhibition floor area of all buildings, m² (the article gives 1.5万 m²). */
export function exhibitionAreaM2(list: readonly BuildingSpec[] = buildings): number {
  return list.reduce((sum, b) => sum + polygonArea(buildingFloor(b)), 0);
}

/** Roof height above the floor at a given z inside a building (top of the roof profile), metres. */
export function roofHeightAt(b: BuildingSpec, z: number): number {
  const { minZ, maxZ } = b.floor;
  const t = Math.min(1, Math.max(0, (z - minZ) / (maxZ - minZ)));
  if (b.roof.kind === 'pitched') return b.eaveM + b.roof.riseM * (1 - Math.abs(2 * t - 1));
  const phase = (t * b.roof.teeth) % 1;
  return b.eaveM + b.roof.riseM * (t >= 1 ? 1 : phase);
}

/** The building whose floor contains a point, if any. */
export function buildingAt(p: Vec2): BuildingSpec | undefined {
  return buildings.find(
    (b) => p.x >= b.floor.minX && p.x <= b.floor.maxX && p.z >= b.floor.minZ && p.z <= b.floor.maxZ,
  );
}

/** Camphor trees lining the block's fence, every 12 m. */
export const trees: readonly Vec2[] = (() => {
  const out: Vec2[] = [];
  const inset = 5;
  const { minX, maxX, minZ, maxZ } = blockBounds;
  for (let x = minX + inset; x <= maxX - inset; x += 12)
    out.push({ x, z: minZ + inset }, { x, z: maxZ - inset });
  for (let z = minZ + inset + 12; z <= maxZ - inset - 12; z += 12)
    out.push({ x: minX + inset, z }, { x: maxX - inset, z });
  return out;
})();

/** Tree trunk radius for collisions, metres. */
export const treeTrunkM = 0.4;

/** The part of the block worth drawing on a plan: the buildings and chimneys with a margin, metres. */
export const planBounds: Rect = (() => {
  const marginM = 8;
  const xs = [...buildings.flatMap((b) => [b.floor.minX, b.floor.maxX]), ...chimneys.map((c) => c.x)];
  const zs = [...buildings.flatMap((b) => [b.floor.minZ, b.floor.maxZ]), ...chimneys.map((c) => c.z)];
  return {
    minX: Math.min(...xs) - marginM,
    maxX: Math.max(...xs) + marginM,
    minZ: Math.min(...zs) - marginM,
    maxZ: Math.max(...zs) + marginM,
  };
})();
