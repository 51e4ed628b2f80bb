import { describe, expect, it } from 'vitest';
import { boothFrame, stands } from '../../src/layout/booths';
import type { Stand } from '../../src/layout/booths';
import { boothDress, dressBooths, planBooths } from '../../src/layout/boothDressing';
import type { BoothDressing, BoothFace } from '../../src/layout/boothDressing';
import { buildings, zonePlacements } from '../../src/layout/hall';
import { defaultInstruments, instrumentFootprint } from '../../src/layout/instruments';
import type { Box3 } from '../../src/layout/walls';

const booths = stands.filter((s) => s.kind === 'booth');
const dressed = dressBooths(stands);
const eps = 1e-6;

const centre = (s: Stand) => ({ x: (s.rect.minX + s.rect.maxX) / 2, z: (s.rect.minZ + s.rect.maxZ) / 2 });
const normalOf = (f: BoothFace) => ({
  x: Math.sin((f.yawDeg * Math.PI) / 180),
  z: Math.cos((f.yawDeg * Math.PI) / 180),
});
const boxInside = (b: Box3, s: Stand) =>
  b.cx - b.sx / 2 >= s.rect.minX - eps &&
  b.cx + b.sx / 2 <= s.rect.maxX + eps &&
  b.cz - b.sz / 2 >= s.rect.minZ - eps &&
  b.cz + b.sz / 2 <= s.rect.maxZ + eps;
/** Booths of the same zone in the same row (same front line and facing). */
const rowOf = (d: BoothDressing) =>
  dressed.filter(
    (o) =>
      o.booth.zone === d.booth.zone &&
      o.booth.facing === d.booth.facing &&
      Math.abs(o.booth.rect.minZ - d.booth.rect.minZ) < eps,
  );

describe('booth dressing', () => {
  it('dresses every booth, and only booths', () => {
    expect(dressed.map((d) => d.booth.id).sort()).toEqual(booths.map((b) => b.id).sort());
    expect(dressBooths(stands.filter((s) => s.kind !== 'booth'))).toEqual([]);
  });

  it('gives every booth a unique number of its workshop, row and place, on a front header sign', () => {
    const numbers = dressed.map((d) => d.number);
    expect(new Set(numbers).size).toBe(dressed.length);
    for (const d of dressed) {
      expect(d.number).toMatch(/^[1-9]-[A-Z]\d{2}$/);
      const hall = buildings.findIndex((b) => b.id === zonePlacements[d.booth.zone]!.building) + 1;
      expect(d.number.startsWith(`${hall}-`), d.booth.id).toBe(true);
      // The first sign is the front header's: at the open front, looking out of the booth.
      const front = d.signs[0]!;
      const n = normalOf(front);
      const yaw = (boothFrame(d.booth).yawDeg * Math.PI) / 180;
      expect(n.x).toBeCloseTo(Math.sin(yaw), 6);
      expect(n.z).toBeCloseTo(Math.cos(yaw), 6);
      const c = centre(d.booth);
      expect(n.x * (front.x - c.x) + n.z * (front.z - c.z)).toBeGreaterThan(1);
      expect(front.y).toBeGreaterThan(2);
    }
  });

  it('numbers rows from north to south and places from west to east', () => {
    for (const d of dressed) {
      const [hall, rest] = d.number.split('-') as [string, string];
      const sameRow = dressed.filter((o) => o.number.startsWith(`${hall}-${rest[0]}`));
      // One row, one front line; places run west to east.
      expect(new Set(sameRow.map((o) => o.booth.rect.minZ.toFixed(2))).size).toBe(1);
      const sorted = [...sameRow].sort((a, b) => a.booth.rect.minX - b.booth.rect.minX);
      expect(sorted.map((o) => o.number)).toEqual([...sorted.map((o) => o.number)].sort());
      const north = dressed.filter((o) => o.number.startsWith(`${hall}-`) && o.number[2]! < rest[0]!);
      for (const o of north) expect(o.booth.rect.minZ).toBeLessThan(d.booth.rect.minZ);
    }
  });

  it('builds all three archetypes by the rules of the grid', () => {
    const kinds = new Set(dressed.map((d) => d.archetype));
    expect([...kinds].sort()).toEqual(['corner', 'inline', 'island']);
    for (const d of dressed) {
      const row = rowOf(d).sort((a, b) => a.booth.rect.minX - b.booth.rect.minX);
      const i = row.indexOf(d);
      if (d.archetype === 'corner') {
        // Open on exactly one side, the one at the end of its row.
        expect(Number(d.open.left) + Number(d.open.right), d.number).toBe(1);
        expect(i === 0 || i === row.length - 1, d.number).toBe(true);
        const openWest = (d.open.left ? boothFrame(d.booth).toHall(-1, 0) : boothFrame(d.booth).toHall(7, 0))
          .x;
        expect(openWest < d.booth.rect.minX ? i : row.length - 1 - i, d.number).toBe(0);
      } else if (d.archetype === 'island') {
        // Open all round, in the middle of an odd row, with its back-to-back partner also an island.
        expect(d.open).toEqual({ left: true, right: true, back: true });
        expect(row.length % 2, d.number).toBe(1);
        expect(i, d.number).toBe((row.length - 1) / 2);
        const partner = dressed.find(
          (o) =>
            o !== d &&
            o.booth.zone === d.booth.zone &&
            o.booth.rect.minX === d.booth.rect.minX &&
            (o.booth.rect.minZ === d.booth.rect.maxZ || o.booth.rect.maxZ === d.booth.rect.minZ),
        );
        expect(partner?.archetype, d.number).toBe('island');
      } else {
        expect(d.open).toEqual({ left: false, right: false, back: false });
        expect(i > 0 && i < row.length - 1, d.number).toBe(true);
      }
    }
  });

  it('closes every side that is not open with a wall carrying a graphic, and heads every open side with a sign', () => {
    for (const d of dressed) {
      const openSides = Number(d.open.left) + Number(d.open.right);
      expect(d.signs, d.number).toHaveLength(1 + openSides);
      // The back (or spine) graphic, plus one on the outside of each side wall.
      expect(d.graphics, d.number).toHaveLength(1 + (2 - openSides));
      const tall = d.panels.filter((b) => b.sy >= d.booth.heightM);
      // Walls: back (or half a spine) and one per closed side.
      expect(tall, d.number).toHaveLength(1 + (2 - openSides));
      const c = centre(d.booth);
      for (const g of d.graphics.slice(1)) {
        const n = normalOf(g);
        // Side graphics face away from the booth, into the cross aisle.
        expect(n.x * (g.x - c.x) + n.z * (g.z - c.z), d.number).toBeGreaterThan(1);
      }
    }
  });

  it('keeps the stand inside its footprint, clear of its instruments; only the spot arms reach over the aisle', () => {
    const feet = new Map<string, ReturnType<typeof instrumentFootprint>[]>();
    for (const p of defaultInstruments)
      feet.set(p.boothId, [...(feet.get(p.boothId) ?? []), instrumentFootprint(p)]);
    for (const d of dressed) {
      for (const b of [d.carpet, ...d.panels, ...d.fascia, ...d.counter, ...d.trim])
        expect(boxInside(b, d.booth), d.number).toBe(true);
      for (const b of [...d.panels, ...d.counter])
        for (const f of feet.get(d.booth.id) ?? []) {
          const overlaps =
            b.cx - b.sx / 2 < f.maxX - eps &&
            f.minX < b.cx + b.sx / 2 - eps &&
            b.cz - b.sz / 2 < f.maxZ - eps &&
            f.minZ < b.cz + b.sz / 2 - eps;
          // Bench instruments stand on the counter; nothing stands in a wall or post.
          if (b.sy > 1.01) expect(overlaps, `${d.number} wall/post over an instrument`).toBe(false);
        }
      for (const l of d.lamps) {
        expect(boxInside(l, d.booth)).toBe(false);
        expect(l.cy).toBeGreaterThan(d.booth.heightM - 0.2);
      }
      expect(d.pools.filter((p) => !p.wall)).toHaveLength(boothDress.spotShares.length);
    }
  });

  it('is the same plan however often it is computed', () => {
    expect(planBooths(booths)).toEqual(planBooths(booths));
  });
});
