/**
 * String tables: the UI's own words (as opposed to the content data), one table per feature, and in each
 * table one block per language with the same keys. Every table goes through defineStrings (a key missing
 * from a language is a type error), which also makes its lookup (textLookup, the translator).
 */
import type { Language } from './languages';

/** Values for `{name}` placeholders in a localised string. */
export type TextVars = Record<string, string | number>;

/** Fills `{name}` placeholders from vars; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, vars: TextVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A string table: for every language, the same keys, each a text that may hold `{name}` placeholders. */
export type StringTable<K extends string = string> = Readonly<Record<Language, Readonly<Record<K, string>>>>;

/** The keys of a string table. */
export type StringKeyOf<T> = T extends StringTable<infer K> ? K : never;

/**
 * Declares a string table (one block per language, each with every key) and its lookup:
 * `export const { table: kioskStrings, text: kioskText } = defineStrings({ zh: {…}, en: {…} })`.
 */
export function defineStrings<const K extends string>(table: { [L in Language]: Record<K, string> }) {
  return { table: table as StringTable<K>, text: textLookup<K>(table) };
}

/** The lookup of one string table: a key's text in a language, with `{name}` placeholders filled. */
export function textLookup<K extends string>(
  table: StringTable<K>,
): (lang: Language, key: K, vars?: TextVars) => string {
  return (lang, key, vars = {}) => fillPlaceholders(table[lang][key], vars);
}

/** `language.key` for every key some language of the table has and another lacks (or leaves blank). */
export function missingKeys(table: Readonly<Record<string, Readonly<Record<string, string>>>>): string[] {
  const blocks = Object.entries(table);
  const keys = new Set(blocks.flatMap(([, block]) => Object.keys(block)));
  return blocks.flatMap(([lang, block]) =>
    [...keys].filter((k) => !block[k]?.trim()).map((k) => `${lang}.${k}`),
  );
}
