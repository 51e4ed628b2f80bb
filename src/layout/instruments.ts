import type { InstrumentCategoryId } from '../content/instrumentCategories';
import { findCategory, instrumentCategoryIds } from '../content/instrumentCategories';
import { instrumentCount } from '../platform/instrumentCount';
import { mulberry32 } from '../science/random';
import type { Stand } from './booths';
import { boothFrame, boothShell, stands } from './booths';
import type { Rect } from './geometry';
import type { InstrumentMix } from './instrumentMix';
import { instrumentSizeM, zoneInstrumentMix } from './instrumentMix';
import type { PackItem } from './packRows';
import { fitRows } from './packRows';

/** One generic instrument standing in a booth. x, z: footprint centre; y: the surface it stands on. */
export interface InstrumentPlacement {
  id: string;
  category: InstrumentCategoryId;
  boothId: string;
  zone: string;
  x: number;
  y: number;
  z: number;
  /** Turn about the vertical; 0 faces +z (south). Instruments face their booth's open front. */
  yawDeg: number;
  /** Uniform scale applied to the category's nominal size (instrumentSizeM). */
  scale: number;
  colorIndex: number;
}

/** How many instruments fill the hall (the URL may ask for another number within its range). */
export { instrumentCount };

/** Number of body colours instruments are painted in (the scene owns the palette itself). */
export const instrumentPaletteSize = 6;

/** Where instruments stand inside a booth and how they vary, metres. */
const fill = {
  /** Bench instruments keep this far from the counter's edges. */
  counterMarginM: 0.05,
  /** Floor instruments keep this far from the side panels. */
  sideMarginM: 0.05,
  /** Floor instruments keep this far behind the counter. */
  behindCounterM: 0.15,
  /** ...and this far from the back panel. */
  backMarginM: 0.1,
  /** Smallest gap between neighbouring instruments at scale 1. */
  gapM: 0.1,
  /** Size variation between instruments of one kind: scale factor range. */
  jitter: [0.9, 1.08],
  /** Share of a booth's instruments painted in the booth's own colour. */
  houseColourShare: 0.65,
} as const;

/** Keeps a requested count within what the hall can show (0..max), as an integer. */
export function clampInstrumentCount(n: number): number {
  if (!Number.isFinite(n)) return instrumentCount.default;
  return Math.max(0, Math.min(instrumentCount.max, Math.floor(n)));
}

/** FNV-1a hash of a string: a stable seed per booth. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const evenMix: InstrumentMix = Object.fromEntries(instrumentCategoryIds.map((id) => [id, 1]));

/** Draws a category from a mix with a uniform number in [0, 1). */
function pick(mix: InstrumentMix, r: number): InstrumentCategoryId {
  const entries = Object.entries(mix) as [InstrumentCategoryId, number][];
  const total = entries.reduce((a, [, w]) => a + w, 0);
  let t = r * total;
  for (const [id, w] of entries) {
    t -= w;
    if (t < 0) return id;
  }
  return entries[entries.length - 1]![0];
}

interface Draft {
  category: InstrumentCategoryId;
  jitter: number;
  colorIndex: number;
}

/**
 * The first n instruments of a booth. Like a real exhibitor, each booth has a main product line: every
 * other instrument is of the booth's primary category (so it is always the most common there), the rest
 * are drawn from the zone's mix. Item k depends only on the booth and k, so a larger count adds
 * instruments without reshuffling the ones before.
 */
function draftBooth(booth: Stand, n: number): Draft[] {
  const rand = mulberry32(hash(booth.id));
  const mix = zoneInstrumentMix[booth.zone] ?? evenMix;
  const primary = pick(mix, rand());
  const house = Math.floor(rand() * instrumentPaletteSize);
  const out: Draft[] = [];
  for (let k = 0; k < n; k++) {
    const [r1, r2, r3, r4] = [rand(), rand(), rand(), rand()];
    out.push({
      category: k % 2 === 0 ? primary : pick(mix, r1),
      jitter: fill.jitter[0] + (fill.jitter[1] - fill.jitter[0]) * r2,
      colorIndex: r3 < fill.houseColourShare ? house : Math.floor(r4 * instrumentPaletteSize),
    });
  }
  return out;
}

/** Lays one booth's instruments out: bench instruments on the counter, the others on the floor behind it. */
function placeBooth(booth: Stand, n: number): InstrumentPlacement[] {
  const drafts = draftBooth(booth, n);
  const frame = boothFrame(booth);
  const sh = boothShell;
  const counter = {
    u0: sh.counterSideM + fill.counterMarginM,
    v0: sh.counterFrontM + fill.counterMarginM,
    w: frame.width - 2 * (sh.counterSideM + fill.counterMarginM),
    d: sh.counterDM - 2 * fill.counterMarginM,
    y: sh.counterHM,
  };
  const v0 = sh.counterFrontM + sh.counterDM + fill.behindCounterM;
  const floor = {
    u0: sh.panelM + fill.sideMarginM,
    v0,
    w: frame.width - 2 * (sh.panelM + fill.sideMarginM),
    d: frame.depth - sh.panelM - fill.backMarginM - v0,
    y: sh.platformM,
  };
  // Nothing rises into the fascia band at the top of the booth, where the booth's sign hangs.
  const topM = booth.heightM - sh.fasciaM;
  const sizeOf = (i: number, y: number) => {
    const d = drafts[i]!;
    return Math.min(d.jitter, (topM - y) / instrumentSizeM[d.category].h);
  };
  const out = new Array<InstrumentPlacement>(n);
  for (const [region, bench] of [
    [counter, true],
    [floor, false],
  ] as const) {
    // Group kinds together; on the floor, the tallest stand at the back.
    const idx = drafts
      .map((_, i) => i)
      .filter((i) => (findCategory(drafts[i]!.category)!.size === 'bench') === bench)
      .sort((a, b) => {
        const [ca, cb] = [drafts[a]!.category, drafts[b]!.category];
        const byHeight = bench ? 0 : instrumentSizeM[cb].h - instrumentSizeM[ca].h;
        return byHeight || ca.localeCompare(cb) || a - b;
      });
    const sizes = idx.map((i) => sizeOf(i, region.y));
    const items: PackItem[] = idx.map((i, j) => {
      const size = instrumentSizeM[drafts[i]!.category];
      return { w: size.w * sizes[j]!, d: size.d * sizes[j]! };
    });
    const { scale, spots } = fitRows(items, region, fill.gapM, bench ? 'centre' : 'back');
    idx.forEach((i, j) => {
      const d = drafts[i]!;
      const spot = spots[j]!;
      const p = frame.toHall(region.u0 + spot.u, region.v0 + spot.v);
      out[i] = {
        id: `${booth.id}-i${i}`,
        category: d.category,
        boothId: booth.id,
        zone: booth.zone,
        x: p.x,
        y: region.y,
        z: p.z,
        yawDeg: frame.yawDeg,
        scale: scale * sizes[j]!,
        colorIndex: d.colorIndex,
      };
    });
  }
  return out;
}

/** The booths instruments stand in: every booth-kind stand. */
export const instrumentBooths: readonly Stand[] = stands.filter((s) => s.kind === 'booth');

/**
 * Places `count` generic instruments (clamped to 0..10,000) in the booths, deterministically: the count is
 * shared out evenly over all booths, each booth shows its zone's mix, bench instruments stand on the
 * counter and larger ones on the booth floor behind it, all facing the open front. When a booth holds more
 * than fits at full size, its instruments shrink together until they fit without overlapping.
 */
export function placeInstruments(count: number = instrumentCount.default): InstrumentPlacement[] {
  const n = clampInstrumentCount(count);
  const booths = instrumentBooths;
  const out: InstrumentPlacement[] = [];
  booths.forEach((booth, i) => {
    // Share n out so that the counts differ by at most one and the extra ones are spread along the list.
    const here = Math.floor(((i + 1) * n) / booths.length) - Math.floor((i * n) / booths.length);
    out.push(...placeBooth(booth, here));
  });
  return out;
}

const cache = new Map<number, readonly InstrumentPlacement[]>();

/** Placements for a count, computed once per count (scene and UI share them). */
export function instrumentsFor(count: number): readonly InstrumentPlacement[] {
  const n = clampInstrumentCount(count);
  let list = cache.get(n);
  if (!list) {
    list = placeInstruments(n);
    cache.set(n, list);
  }
  return list;
}

/** The default placement: the article's "nearly a thousand" instruments. */
export const defaultInstruments: readonly InstrumentPlacement[] = instrumentsFor(instrumentCount.default);

/** Ground footprint of a placed instrument (axis-aligned: instruments face n, s, e or w). */
export function instrumentFootprint(p: InstrumentPlacement): Rect {
  const size = instrumentSizeM[p.category];
  const sideways = Math.abs(Math.sin((p.yawDeg * Math.PI) / 180)) > 0.5;
  const hw = ((sideways ? size.d : size.w) * p.scale) / 2;
  const hd = ((sideways ? size.w : size.d) * p.scale) / 2;
  return { minX: p.x - hw, maxX: p.x + hw, minZ: p.z - hd, maxZ: p.z + hd };
}
