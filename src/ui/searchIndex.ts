import { defaultInstruments } from '../layout/instruments';
import type { InstrumentPlacement } from '../layout/instruments';
import { categorySummary } from '../layout/instrumentSummary';
import { exhibits } from '../content/exhibits';
import { instrumentCategories } from '../content/instrumentCategories';
import { allTexts } from '../content/languages';
import type { LocalizedText } from '../content/languages';
import { zones } from '../content/zones';

/** What an index entry leads to. */
export type SearchKind = 'exhibit' | 'zone' | 'category';

/** One entry of the exhibit index: an exhibit, a zone or an instrument category. */
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** The zone it stands in (a zone's own id); null for a category, which spans zones. */
  zone: string | null;
  /** Every zone it belongs to, for the zone filter (a category: the zones it appears in, most first). */
  zones: string[];
  title: LocalizedText;
  /** Further text, in both languages, that a query may match (ranked below title matches). */
  keywords: string[];
}

/** Builds the index of every exhibit, zone and instrument category (category zones from the placements). */
export function buildSearchIndex(
  placements: readonly InstrumentPlacement[] = defaultInstruments,
): SearchEntry[] {
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const names = (ids: string[]) => ids.flatMap((id) => Object.values(zoneName.get(id) ?? {}));
  const fromExhibits: SearchEntry[] = exhibits.map((e) => ({
    kind: 'exhibit',
    id: e.id,
    zone: e.zone,
    zones: [e.zone],
    title: e.title,
    keywords: [...allTexts(e.role), ...e.parts.flatMap((p) => allTexts(p.name)), ...names([e.zone])],
  }));
  const fromZones: SearchEntry[] = zones.map((z) => ({
    kind: 'zone',
    id: z.id,
    zone: z.id,
    zones: [z.id],
    title: z.name,
    keywords: allTexts(z.blurb),
  }));
  const fromCategories: SearchEntry[] = instrumentCategories.map((c) => ({
    kind: 'category',
    id: c.id,
    zone: null,
    zones: categorySummary(placements, c.id).zones.map((z) => z.zone),
    title: c.name,
    keywords: allTexts(c.card),
  }));
  return [...fromExhibits, ...fromZones, ...fromCategories];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

/** How well an entry matches a folded query: 0 title starts with it, 1 title contains it, 2 keyword, 3 all words somewhere, null none. */
function rank(entry: SearchEntry, q: string): number | null {
  const titles = allTexts(entry.title).map(fold);
  if (titles.some((t) => t.startsWith(q))) return 0;
  if (titles.some((t) => t.includes(q))) return 1;
  const keywords = entry.keywords.map(fold);
  if (keywords.some((k) => k.includes(q))) return 2;
  const words = q.split(/\s+/).filter(Boolean);
  const all = [...titles, ...keywords];
  if (words.length > 1 && words.every((w) => all.some((t) => t.includes(w)))) return 3;
  return null;
}

/**
 * Entries matching a query in either language (case-insensitive substring of a title or keyword), within a
 * zone when zoneFilter is set; ranked title-starts-with, title-contains, keyword, index order otherwise.
 */
export function searchEntries(
  entries: readonly SearchEntry[],
  query: string,
  zoneFilter: string | null,
): SearchEntry[] {
  const inZone = zoneFilter ? entries.filter((e) => e.zones.includes(zoneFilter)) : [...entries];
  const q = fold(query).trim().replace(/\s+/g, ' ');
  if (!q) return inZone;
  return inZone
    .map((entry, i) => ({ entry, i, r: rank(entry, q) }))
    .filter((x): x is { entry: SearchEntry; i: number; r: number } => x.r !== null)
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.entry);
}
