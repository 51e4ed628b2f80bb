import { defaultInstruments } from '../layout/instruments';
import type { InstrumentPlacement } from '../layout/instruments';
import { categorySummary } from '../layout/instrumentSummary';
import { exhibits } from '../content/exhibits';
import { instrumentCategories } from '../content/instrumentCategories';
import { languages } from '../content/schema';
import type { Language, LocalizedText } from '../content/schema';
import { zones } from '../content/zones';

/** What an index entry leads to. */
export type SearchKind = 'exhibit' | 'zone' | 'category';

/** A piece of text an entry's panel or card shows, in one language (a match shows as a snippet of it). */
export interface SearchPassage {
  text: string;
  lang: Language;
}

/** One entry of the exhibit index: an exhibit, a zone or an instrument category. */
export interface SearchEntry {
  kind: SearchKind;
  id: string;
  /** The zone it stands in (a zone's own id); null for a category, which spans zones. */
  zone: string | null;
  /** Every zone it belongs to, for the zone filter (a category: the zones it appears in, most first). */
  zones: string[];
  title: LocalizedText;
  /** Names that belong to it, both languages: its parts and what they list, its zone (ranked below titles). */
  keywords: SearchPassage[];
  /** What its panel or card says, both languages: role, key points, parts, figures (ranked below keywords). */
  passages: SearchPassage[];
}

/** Every language of a text, as passages. */
const both = (t: LocalizedText): SearchPassage[] => languages.map((lang) => ({ text: t[lang], lang }));

/** A figure as one passage per language: its label, then its value. */
const figureText = (f: { label: LocalizedText; value: LocalizedText }): LocalizedText =>
  Object.fromEntries(languages.map((lang) => [lang, `${f.label[lang]} · ${f.value[lang]}`])) as LocalizedText;

/** Builds the index of every exhibit, zone and instrument category (category zones from the placements). */
export function buildSearchIndex(
  placements: readonly InstrumentPlacement[] = defaultInstruments,
): SearchEntry[] {
  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const fromExhibits: SearchEntry[] = exhibits.map((e) => ({
    kind: 'exhibit',
    id: e.id,
    zone: e.zone,
    zones: [e.zone],
    title: e.title,
    keywords: [
      ...e.parts.flatMap((p) => [p.name, ...(p.items ?? [])].flatMap(both)),
      ...both(zoneName.get(e.zone) ?? { zh: '', en: '' }),
    ],
    passages: [
      e.role,
      e.measures,
      e.howItWorks,
      e.whyItMatters,
      ...e.parts.map((p) => p.text),
      ...e.figures.flatMap((f) => [figureText(f), ...(f.note ? [f.note] : [])]),
    ].flatMap(both),
  }));
  const fromZones: SearchEntry[] = zones.map((z) => ({
    kind: 'zone',
    id: z.id,
    zone: z.id,
    zones: [z.id],
    title: z.name,
    keywords: [],
    passages: both(z.blurb),
  }));
  const fromCategories: SearchEntry[] = instrumentCategories.map((c) => ({
    kind: 'category',
    id: c.id,
    zone: null,
    zones: categorySummary(placements, c.id).zones.map((z) => z.zone),
    title: c.name,
    keywords: [],
    passages: both(c.card),
  }));
  return [...fromExhibits, ...fromZones, ...fromCategories];
}

const fold = (s: string) => s.normalize('NFKC').toLowerCase();

const latin = /[a-z0-9]/;

/**
 * Where folded query q first occurs in folded text, or -1. A query that begins with a Latin letter or
 * digit must begin a word ("ct" finds 工业CT and "industrial CT", not "electronics"); Chinese has no
 * word breaks to respect.
 */
export function findQuery(text: string, q: string): number {
  for (let at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1))
    if (!latin.test(q[0] ?? '') || at === 0 || !latin.test(text[at - 1]!)) return at;
  return -1;
}

/** Characters of context a snippet keeps around its match, per language (Chinese packs more per character). */
export const snippetContext: Readonly<Record<Language, { beforeChars: number; afterChars: number }>> = {
  zh: { beforeChars: 10, afterChars: 24 },
  en: { beforeChars: 28, afterChars: 60 },
};

/** Where a query matched outside the title: the passage around the match, cut to a short excerpt. */
export interface SearchSnippet {
  lang: Language;
  /** Text before the match (with a leading … when cut). */
  before: string;
  /** The matched text, as written. */
  match: string;
  /** Text after the match (with a trailing … when cut). */
  after: string;
}

/** One result: the entry, and the snippet of its text that matched (null for a title match). */
export interface SearchHit {
  entry: SearchEntry;
  snippet: SearchSnippet | null;
}

/** The snippet of passage p around the first match of folded query q, or null if q is not in it. */
function snippetOf(p: SearchPassage, q: string): SearchSnippet | null {
  // Fold character by character, remembering where each folded character came from.
  const chars = Array.from(p.text);
  let folded = '';
  const from: number[] = [];
  chars.forEach((c, i) => {
    const f = fold(c);
    folded += f;
    for (let k = 0; k < f.length; k++) from.push(i);
  });
  const at = findQuery(folded, q);
  if (at < 0) return null;
  const start = from[at]!;
  const end = from[at + q.length - 1]! + 1;
  const { beforeChars, afterChars } = snippetContext[p.lang];
  const cutStart = Math.max(0, start - beforeChars);
  const cutEnd = Math.min(chars.length, end + afterChars);
  return {
    lang: p.lang,
    before: (cutStart > 0 ? '…' : '') + chars.slice(cutStart, start).join(''),
    match: chars.slice(start, end).join(''),
    after: chars.slice(end, cutEnd).join('') + (cutEnd < chars.length ? '…' : ''),
  };
}

/** The first snippet for q among passages, preferring the given language. */
function firstSnippet(passages: readonly SearchPassage[], q: string, lang: Language): SearchSnippet | null {
  const ordered = [...passages.filter((p) => p.lang === lang), ...passages.filter((p) => p.lang !== lang)];
  for (const p of ordered) {
    const s = snippetOf(p, q);
    if (s) return s;
  }
  return null;
}

/**
 * How well an entry matches a folded query, and the snippet to show: 0 title starts with it, 1 title
 * contains it, 2 a keyword (name) does, 3 its panel text does, 4 every word is somewhere; null none.
 */
function rank(
  entry: SearchEntry,
  q: string,
  lang: Language,
): { r: number; snippet: SearchSnippet | null } | null {
  const titles = [fold(entry.title.zh), fold(entry.title.en)];
  if (titles.some((t) => t.startsWith(q))) return { r: 0, snippet: null };
  if (titles.some((t) => findQuery(t, q) >= 0)) return { r: 1, snippet: null };
  const keyword = firstSnippet(entry.keywords, q, lang);
  if (keyword) return { r: 2, snippet: keyword };
  const passage = firstSnippet(entry.passages, q, lang);
  if (passage) return { r: 3, snippet: passage };
  const words = q.split(/\s+/).filter(Boolean);
  const all = [...titles, ...[...entry.keywords, ...entry.passages].map((p) => fold(p.text))];
  if (words.length > 1 && words.every((w) => all.some((t) => findQuery(t, w) >= 0)))
    return { r: 4, snippet: words.map((w) => firstSnippet(entry.passages, w, lang)).find(Boolean) ?? null };
  return null;
}

/**
 * Results for a query in either language (case-insensitive substring of a title, a name or panel text),
 * within a zone when zoneFilter is set; ranked title-starts-with, title-contains, name, panel text, all
 * words, index order otherwise. A match outside the title comes with its snippet, in `lang` when the
 * text matches in that language.
 */
export function searchIndex(
  entries: readonly SearchEntry[],
  query: string,
  zoneFilter: string | null,
  lang: Language = languages[0],
): SearchHit[] {
  const inZone = zoneFilter ? entries.filter((e) => e.zones.includes(zoneFilter)) : [...entries];
  const q = fold(query).trim().replace(/\s+/g, ' ');
  if (!q) return inZone.map((entry) => ({ entry, snippet: null }));
  return inZone
    .map((entry, i) => ({ entry, i, m: rank(entry, q, lang) }))
    .filter((x): x is { entry: SearchEntry; i: number; m: NonNullable<typeof x.m> } => x.m !== null)
    .sort((a, b) => a.m.r - b.m.r || a.i - b.i)
    .map(({ entry, m }) => ({ entry, snippet: m.snippet }));
}

/** The entries searchIndex finds, without their snippets. */
export function searchEntries(
  entries: readonly SearchEntry[],
  query: string,
  zoneFilter: string | null,
): SearchEntry[] {
  return searchIndex(entries, query, zoneFilter).map((h) => h.entry);
}
