import { describe, expect, it } from 'vitest';
import { instrumentCategories, instrumentCategoryIds } from '../../src/content/instrumentCategories';
import type { InstrumentCategoryId } from '../../src/content/instrumentCategories';
import { boothShell, stands } from '../../src/layout/booths';
import type { Rect } from '../../src/layout/geometry';
import { instrumentSizeM, zoneInstrumentMix } from '../../src/layout/instrumentMix';
import {
  defaultInstruments,
  instrumentBooths,
  instrumentCount,
  instrumentFootprint,
  instrumentsFor,
  placeInstruments,
} from '../../src/layout/instruments';
import { boothSigns, categoryCounts, categorySummary } from '../../src/layout/instrumentSummary';
import type { InstrumentPlacement } from '../../src/layout/instruments';
import { packRows } from '../../src/layout/packRows';

const eps = 1e-6;
const boothById = new Map(stands.map((s) => [s.id, s]));
const sizeClass = new Map(instrumentCategories.map((c) => [c.id, c.size]));
const facingYaw = { n: 180, s: 0, e: 90, w: -90 } as const;

const within = (inner: Rect, outer: Rect) =>
  inner.minX >= outer.minX - eps &&
  inner.maxX <= outer.maxX + eps &&
  inner.minZ >= outer.minZ - eps &&
  inner.maxZ <= outer.maxZ + eps;
const overlap = (a: Rect, b: Rect) =>
  a.minX < b.maxX - eps && b.minX < a.maxX - eps && a.minZ < b.maxZ - eps && b.minZ < a.maxZ - eps;

function byBooth(list: readonly InstrumentPlacement[]): Map<string, InstrumentPlacement[]> {
  const m = new Map<string, InstrumentPlacement[]>();
  for (const p of list) m.set(p.boothId, [...(m.get(p.boothId) ?? []), p]);
  return m;
}

/** Checks the standing rules for every instrument of a placement; returns the broken ones (empty: none). */
function standingProblems(list: readonly InstrumentPlacement[]): string[] {
  const problems: string[] = [];
  for (const [boothId, items] of byBooth(list)) {
    const booth = boothById.get(boothId);
    if (booth?.kind !== 'booth') {
      problems.push(`${boothId} is not a booth`);
      continue;
    }
    const feet = items.map(instrumentFootprint);
    items.forEach((p, i) => {
      const bench = sizeClass.get(p.category) === 'bench';
      if (!within(feet[i]!, booth.rect)) problems.push(`${p.id} sticks out of its booth`);
      if (p.zone !== booth.zone) problems.push(`${p.id} is in zone ${p.zone}, its booth in ${booth.zone}`);
      if (p.yawDeg !== facingYaw[booth.facing]) problems.push(`${p.id} does not face the open front`);
      if (p.y !== (bench ? boothShell.counterHM : boothShell.platformM))
        problems.push(`${p.id} does not stand on the ${bench ? 'counter' : 'platform'}`);
      if (p.y + instrumentSizeM[p.category].h * p.scale > booth.heightM - boothShell.fasciaM + eps)
        problems.push(`${p.id} rises into the fascia band`);
      for (let j = 0; j < i; j++)
        if (overlap(feet[i]!, feet[j]!)) problems.push(`${p.id} overlaps ${items[j]!.id}`);
    });
  }
  return problems;
}

function mostCommon(list: readonly InstrumentPlacement[], zone: string): [InstrumentCategoryId, number][] {
  const counts = new Map<InstrumentCategoryId, number>();
  for (const p of list) if (p.zone === zone) counts.set(p.category, (counts.get(p.category) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

describe('generic instruments in the booths', () => {
  it('fills the hall with nearly a thousand instruments by default', () => {
    expect(defaultInstruments.length).toBeGreaterThanOrEqual(900);
    expect(defaultInstruments.length).toBeLessThanOrEqual(1100);
    expect(defaultInstruments.length).toBe(instrumentCount.default);
    expect(new Set(defaultInstruments.map((p) => p.id)).size).toBe(defaultInstruments.length);
  });

  it('stands every instrument inside its booth, facing the open front, without overlaps', () => {
    // Bench instruments stand on the counter, the others on the platform behind it, so footprints in
    // one booth may not overlap at all: there is no stacking.
    expect(standingProblems(defaultInstruments)).toEqual([]);
  });

  it('spreads instruments over every booth stand, and nowhere else', () => {
    const booths = stands.filter((s) => s.kind === 'booth');
    expect(instrumentBooths).toEqual(booths);
    const per = byBooth(defaultInstruments);
    expect(per.size).toBe(booths.length);
    const sizes = [...per.values()].map((l) => l.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('shows at least eight categories, and instruments of every size class', () => {
    const counts = categoryCounts(defaultInstruments);
    const used = instrumentCategoryIds.filter((id) => counts[id] > 0);
    expect(used.length).toBeGreaterThanOrEqual(8);
    expect(new Set(used.map((id) => sizeClass.get(id)))).toEqual(new Set(['bench', 'floor', 'large']));
  });

  it('is deterministic', () => {
    expect(placeInstruments(1000)).toEqual(placeInstruments(1000));
    expect(instrumentsFor(1000)).toBe(defaultInstruments);
  });

  it.each([100, 101, 999, 1001, 2500, 10_000])('honours a count of %i exactly', (n) => {
    const list = placeInstruments(n);
    expect(list).toHaveLength(n);
    expect(standingProblems(list)).toEqual([]);
  });

  it('keeps the first instruments of a booth when the count grows', () => {
    const small = byBooth(placeInstruments(500));
    const large = byBooth(placeInstruments(2000));
    for (const [booth, items] of small)
      expect(items.map((p) => p.category)).toEqual(
        large
          .get(booth)!
          .slice(0, items.length)
          .map((p) => p.category),
      );
  });

  it('follows each zone mix: scales in the weighing park, time and frequency in the time valley', () => {
    const weighing = mostCommon(defaultInstruments, 'smart-weighing-park');
    expect(['precision-balance', 'platform-scale']).toContain(weighing[0]![0]);
    const total = weighing.reduce((a, [, n]) => a + n, 0);
    const scales = weighing.filter(([id]) => id === 'precision-balance' || id === 'platform-scale');
    expect(scales.reduce((a, [, n]) => a + n, 0) / total).toBeGreaterThan(0.4);
    expect(mostCommon(defaultInstruments, 'chuanshan-time-valley')[0]![0]).toBe('time-frequency-rack');
    expect(mostCommon(defaultInstruments, 'changning-nonferrous')[0]![0]).toBe('spectrometer');
    for (const p of defaultInstruments) {
      const mix = zoneInstrumentMix[p.zone];
      expect(mix, `${p.zone} has a mix`).toBeDefined();
      expect(mix![p.category], `${p.category} belongs to the mix of ${p.zone}`).toBeGreaterThan(0);
    }
  });

  it('summarises a category by zone, and signs each booth with its most common category', () => {
    const counts = categoryCounts(defaultInstruments);
    for (const id of instrumentCategoryIds) {
      const s = categorySummary(defaultInstruments, id);
      expect(s.total).toBe(counts[id]);
      expect(s.zones.map((z) => z.count)).toEqual([...s.zones.map((z) => z.count)].sort((a, b) => b - a));
    }
    expect(categorySummary(defaultInstruments, 'no-such-kind')).toEqual({ total: 0, zones: [] });
    const signs = boothSigns(defaultInstruments);
    expect(signs).toHaveLength(instrumentBooths.length);
    const per = byBooth(defaultInstruments);
    for (const { booth, category } of signs) {
      const items = per.get(booth.id)!;
      const mine = items.filter((p) => p.category === category).length;
      for (const id of instrumentCategoryIds)
        expect(items.filter((p) => p.category === id).length).toBeLessThanOrEqual(mine);
    }
  });

  it('gives every category a nominal size; bench instruments fit the counter', () => {
    expect(Object.keys(instrumentSizeM).sort()).toEqual([...instrumentCategoryIds].sort());
    for (const c of instrumentCategories)
      if (c.size === 'bench') expect(instrumentSizeM[c.id].d * 1.08).toBeLessThan(boothShell.counterDM - 0.1);
  });
});

describe('row packing', () => {
  it('spreads a row evenly and refuses what does not fit', () => {
    const spots = packRows(
      [
        { w: 1, d: 1 },
        { w: 1, d: 0.5 },
      ],
      { w: 5, d: 2 },
      0.1,
      'back',
    )!;
    expect(spots[0]!.u).toBeCloseTo(1 + 0.5);
    expect(spots[1]!.u).toBeCloseTo(5 - 1 - 0.5);
    expect(spots[0]!.v).toBeCloseTo(1.5);
    expect(spots[1]!.v).toBeCloseTo(1.75);
    expect(packRows([{ w: 6, d: 1 }], { w: 5, d: 2 }, 0.1, 'back')).toBeNull();
    expect(
      packRows(
        Array.from({ length: 3 }, () => ({ w: 4, d: 1 })),
        { w: 5, d: 2 },
        0.1,
        'back',
      ),
    ).toBeNull();
  });
});
