import { describe, expect, it } from 'vitest';
import { exhibits, findExhibit } from '../../src/content/exhibits';
import { instrumentCategories } from '../../src/content/instrumentCategories';
import { buildSearchIndex, findQuery, searchEntries, searchIndex } from '../../src/ui/searchIndex';
import { zones } from '../../src/content/zones';
import { defaultInstruments } from '../../src/layout/instruments';
import { categorySummary } from '../../src/layout/instrumentSummary';

const index = buildSearchIndex();
const ids = (query: string, zone: string | null = null) => searchEntries(index, query, zone).map((e) => e.id);

describe('search index', () => {
  it('holds every exhibit, zone and instrument category once', () => {
    const key = (kind: string, id: string) => `${kind}:${id}`;
    const keys = index.map((e) => key(e.kind, e.id));
    expect(new Set(keys).size).toBe(keys.length);
    for (const e of exhibits) expect(keys).toContain(key('exhibit', e.id));
    for (const z of zones) expect(keys).toContain(key('zone', z.id));
    for (const c of instrumentCategories) expect(keys).toContain(key('category', c.id));
  });

  it('gives a category the zones its instruments stand in', () => {
    for (const c of instrumentCategories) {
      const entry = index.find((e) => e.kind === 'category' && e.id === c.id)!;
      expect(entry.zone).toBeNull();
      expect(entry.zones).toEqual(categorySummary(defaultInstruments, c.id).zones.map((z) => z.zone));
    }
  });

  it('finds a latin token inside a Chinese title, in any case', () => {
    expect(ids('CT')[0]).toBe('industrial-ct');
    expect(ids('ct')[0]).toBe('industrial-ct');
    expect(ids('ＣＴ')[0]).toBe('industrial-ct');
  });

  it('matches English and Chinese titles', () => {
    expect(ids('gravimeter')[0]).toBe('quantum-gravimeter');
    expect(ids('Quantum absolute')[0]).toBe('quantum-gravimeter');
    expect(ids('重力')[0]).toBe('quantum-gravimeter');
  });

  it('finds Chuanshan Time Valley by clock, 钟表 or 时间', () => {
    for (const q of ['clock', '钟表', '时间', 'time valley'])
      expect(ids(q)).toContain('chuanshan-time-valley');
  });

  it('ranks title-starts-with before title-contains before keyword matches, stably', () => {
    const hits = searchEntries(index, 'time', null);
    const score = (title: { zh: string; en: string }) => {
      const t = [title.zh, title.en].map((s) => s.toLowerCase());
      return t.some((s) => s.startsWith('time')) ? 0 : t.some((s) => s.includes('time')) ? 1 : 2;
    };
    const scores = hits.map((e) => score(e.title));
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(searchEntries(index, 'time', null)).toEqual(hits);
  });

  it('returns everything for an empty query, and narrows to a zone', () => {
    expect(searchEntries(index, '  ', null)).toHaveLength(index.length);
    const inValley = searchEntries(index, '', 'chuanshan-time-valley');
    expect(inValley.length).toBeGreaterThan(0);
    expect(inValley.length).toBeLessThan(index.length);
    expect(inValley.every((e) => e.zones.includes('chuanshan-time-valley'))).toBe(true);
    expect(ids('gravimeter', 'chuanshan-time-valley')).toEqual([]);
    expect(ids('gravimeter', 'frontier-showcase')[0]).toBe('quantum-gravimeter');
  });

  it('finds the innovation-results exhibit by what its panel says, before its zone, with the snippet', () => {
    for (const q of ['光纤激光器', '激光器', '试剂盒', '特高压', 'fibre laser', 'UHV']) {
      const hits = searchIndex(index, q, null, /[a-z]/i.test(q) ? 'en' : 'zh');
      const at = hits.findIndex((h) => h.entry.kind === 'exhibit' && h.entry.id === 'innovation-results');
      expect(at, q).toBe(0);
      expect(hits[1]!.entry).toMatchObject({ kind: 'zone', id: 'innovation-results' });
      const s = hits[0]!.snippet!;
      expect(s.match.toLowerCase(), q).toBe(q.toLowerCase());
      expect(s.lang).toBe(/[a-z]/i.test(q) ? 'en' : 'zh');
      expect(findExhibit('innovation-results')!.measures[s.lang]).toContain(
        `${s.before.replace(/^…/, '')}${s.match}${s.after.replace(/…$/, '')}`,
      );
    }
  });

  it('ranks titles, then names, then panel text, and shows no snippet for a title match', () => {
    const ct = searchIndex(index, 'CT', null, 'zh');
    expect(ct[0]).toEqual({ entry: expect.objectContaining({ id: 'industrial-ct' }), snippet: null });
    // A part's name (a keyword) ranks above text that merely mentions the word.
    const stage = searchIndex(index, '转台', null, 'zh');
    expect(stage[0]!.entry.id).toBe('industrial-ct');
    expect(stage[0]!.snippet!.match).toBe('转台');
    // Figures are indexed, label and value: the computed microgal scale is found.
    const micro = searchIndex(index, '微伽', null, 'zh');
    expect(micro[0]!.entry.id).toBe('quantum-gravimeter');
    // The snippet is cut around the match, with ellipses where text was left out.
    const kit = searchIndex(index, '试剂盒', null, 'zh')[0]!.snippet!;
    expect(kit.before.startsWith('…')).toBe(true);
    expect(Array.from(kit.before).length).toBeLessThanOrEqual(11);
  });

  it('matches a Latin query at the start of a word only, but Chinese anywhere', () => {
    expect(findQuery('industrial ct', 'ct')).toBe(11);
    expect(findQuery('工业ct', 'ct')).toBe(2);
    expect(findQuery('electronics', 'ct')).toBe(-1);
    expect(findQuery('工业光纤激光器', '激光器')).toBe(4);
    expect(ids('ct')).not.toContain('spectrometer');
  });

  it('finds nothing for nonsense', () => {
    expect(ids('zzqxv-夔夔')).toEqual([]);
  });
});
