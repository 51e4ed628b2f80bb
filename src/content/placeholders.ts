import type { Language, LocalizedText } from './languages';

/** Values for `{name}` placeholders in a localised string. */
export type TextVars = Record<string, string | number>;

/** Fills `{name}` placeholders from vars; a placeholder without a value stays as written. */
export function fillPlaceholders(template: string, vars: TextVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The lookup of one string table: a key's text in a language, with `{name}` placeholders filled. */
export function textLookup<K extends string>(
  table: Record<K, LocalizedText>,
): (lang: Language, key: K, vars?: TextVars) => string {
  return (lang, key, vars = {}) => fillPlaceholders(table[key][lang], vars);
}
