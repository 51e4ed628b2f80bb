import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { articleSections, articleSource, citationLine } from '../../src/content/article';
import { boardStrings } from '../../src/content/boardStrings';
import { signStrings } from '../../src/content/signStrings';
import { demoStrings } from '../../src/content/demoStrings';
import { exhibits } from '../../src/content/exhibits';
import { instrumentCategories } from '../../src/content/instrumentCategories';
import { kioskStrings } from '../../src/content/kioskStrings';
import {
  companionLanguage,
  languageInfo,
  languages,
  localizedTextSchema,
  originalLanguage,
} from '../../src/content/languages';
import type { Language } from '../../src/content/languages';
import { missingKeys, textLookup } from '../../src/content/stringTables';
import type { StringTable } from '../../src/content/stringTables';
import { contentSchemas } from '../../src/content/schema';
import { strings } from '../../src/content/strings';
import { tourStops } from '../../src/content/tour';
import { zones } from '../../src/content/zones';
import { heroIds } from '../../src/heroes/registry';
import { heroDemoUis } from '../../src/heroes/ui/views';

/** A pseudo-locale: every English text wrapped and marked, its {placeholders} kept. */
const pseudo = 'xx';
const pseudoText = (en: string) => `⟦${en.replace(/[aeiou]/g, (v) => v.toUpperCase())}⟧`;
const withPseudo = [...languages, pseudo] as const;

/** Whether a value is a text in every language of the app (plus, maybe, other fields: a quote). */
function isLocalized(value: object): value is Record<Language, string> {
  return languages.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');
}

/** A deep copy of data with the pseudo-locale's text added to every localised text in it. */
function pseudoLocalize<T>(data: T): T {
  if (Array.isArray(data)) return data.map(pseudoLocalize) as T;
  if (data === null || typeof data !== 'object') return data;
  const copy = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, pseudoLocalize(v)]));
  return (isLocalized(data) ? { ...copy, [pseudo]: pseudoText(data.en) } : copy) as T;
}

const text = localizedTextSchema(withPseudo, (l) => (l === pseudo ? 'Pseudo' : languageInfo[l].englishName));
const schemas = contentSchemas(text);

/** Everything the app says, by where it lives, each with the schema it must pass. */
const content = {
  zones: [schemas.zonesSchema, zones],
  exhibits: [schemas.exhibitsSchema, exhibits],
  tour: [schemas.tourSchema, tourStops],
  categories: [schemas.instrumentCategoriesSchema, instrumentCategories],
  article: [
    z.record(z.string(), z.object({ heading: text, summary: text })),
    { ...articleSections, source: { heading: articleSource.title, summary: citationLine } },
  ],
} as Record<string, [z.ZodMiniType, unknown]>;

/** Every string table of the UI. */
const tables: Record<string, StringTable> = {
  strings,
  demoStrings,
  kioskStrings,
  boardStrings,
  signStrings,
  ...Object.fromEntries(heroIds.map((id) => [`${id} demo strings`, heroDemoUis[id].strings])),
};

/** A table with the pseudo-locale's block added, made from the English one. */
const withPseudoBlock = (t: StringTable) => ({
  ...t,
  [pseudo]: Object.fromEntries(Object.entries(t.en).map(([k, v]) => [k, pseudoText(v)])),
});

describe('languages as data', () => {
  it.each(Object.keys(content))('builds %s with a third language added by data alone', (name) => {
    const [schema, data] = content[name]!;
    const result = schema.safeParse(pseudoLocalize(data));
    expect(result.success, result.error?.message).toBe(true);
    // And the schema does ask for the new language: the content as it is lacks it, and nothing else.
    const without = schema.safeParse(data);
    expect(without.success).toBe(false);
    expect(without.error?.issues.every((i) => i.path.at(-1) === pseudo)).toBe(true);
  });

  it.each(Object.keys(tables))('builds the %s table with a third language added by data alone', (name) => {
    const t = tables[name]!;
    expect(Object.keys(t)).toEqual([...languages]);
    expect(missingKeys(t)).toEqual([]);
    const extended = withPseudoBlock(t);
    expect(Object.keys(extended)).toEqual([...withPseudo]);
    expect(missingKeys(extended)).toEqual([]);
    // A key the new language lacks is found.
    const [first] = Object.keys(t.en);
    const gap = { ...extended, [pseudo]: { ...extended[pseudo], [first!]: '' } };
    expect(missingKeys(gap)).toEqual([`${pseudo}.${first}`]);
  });

  it('translates through the same lookup in the pseudo-locale, placeholders filled', () => {
    const say = textLookup(withPseudoBlock(strings) as unknown as typeof strings);
    const area = say(pseudo as Language, 'areaStatement', { area: '15,000' });
    expect(area).toBe(pseudoText(strings.en.areaStatement).replace('{area}', '15,000'));
  });

  it('shows the original beside a translation and the first translation beside the original', () => {
    expect(originalLanguage).toBe(languages[0]);
    expect(companionLanguage(originalLanguage)).toBe(languages[1]);
    for (const lang of languages.slice(1)) expect(companionLanguage(lang)).toBe(originalLanguage);
    expect(new Set(languages.map((l) => languageInfo[l].tag)).size).toBe(languages.length);
  });

  it('leaves every language-specific choice to content/languages.ts: no code names a language', () => {
    const root = path.resolve('src');
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
      );
    // Data (the text itself), the language table, and the check of our Chinese text against the Chinese
    // article may name languages; code may not.
    const data =
      /(content\/(exhibits|zones|tour|instrumentCategories|article|strings|demoStrings|kioskStrings|boardStrings|signStrings|languages|citations)|heroes\/[^/]+\/ui\/strings)\.ts$/;
    const code = files(root).filter((f) => /\.tsx?$/.test(f) && !data.test(f.split(path.sep).join('/')));
    expect(code.length).toBeGreaterThan(100);
    const naming = /'(zh|en)'|\.(zh|en)\b(?!\()|zh-CN|headingEn|titleEn/;
    const offenders = code.flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          naming.test(line) ? [`${path.relative(root, f)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(offenders).toEqual([]);
  });
});
