/**
 * The languages the exhibition speaks, as data. This one table drives everything that varies by language:
 * the text schemas (every localised text must have each language), the string tables, the language switch
 * (a button for two languages, a menu for more), the BCP 47 tags (the page's `lang`, speech voices, number
 * formats) and the translator. Adding a language is adding its entry here and its text in the data;
 * tests/unit/languages.test.ts builds the whole content with a pseudo-locale to prove it.
 */
import * as z from 'zod/mini';

/** What the app needs to know about one language. */
export interface LanguageInfo {
  /** BCP 47 tag: the `lang` attribute, speech voices, number formats. */
  tag: string;
  /** The language's name in itself, as the switch shows it. */
  name: string;
  /** Its name in English, for messages to whoever edits the content. */
  englishName: string;
  /** Whether words are separated by spaces (English) or not (Chinese): joins sentences, wraps lines. */
  spaced: boolean;
  /** What separates the items of a list in running text. */
  listSeparator: string;
  /** Reading pace, characters per second (how long the tour stays for its narration). */
  readingCharsPerS: number;
  /** Characters of context a search snippet keeps around its match (Chinese packs more per character). */
  snippet: { beforeChars: number; afterChars: number };
}

/** Every language, the first being the original one (the article's, and the default). */
export const languageInfo = {
  zh: {
    tag: 'zh-CN',
    name: '中文',
    englishName: 'Chinese',
    spaced: false,
    listSeparator: '、',
    readingCharsPerS: 5,
    snippet: { beforeChars: 10, afterChars: 24 },
  },
  en: {
    tag: 'en',
    name: 'English',
    englishName: 'English',
    spaced: true,
    listSeparator: ', ',
    readingCharsPerS: 15,
    snippet: { beforeChars: 28, afterChars: 60 },
  },
} as const satisfies Record<string, LanguageInfo>;

/** A language the UI speaks, e.g. `'zh'`. */
export type Language = keyof typeof languageInfo;

/** Every language, the original one first. */
export const languages = Object.keys(languageInfo) as readonly Language[];

/** The original language (the article's): shown beside a translation, and the default. */
export const originalLanguage: Language = languages[0]!;

/** Text in every language; the original (Chinese) is primary and shown first. */
export type LocalizedText = Record<Language, string>;

/** The schema of a text in each of `langs` (named for messages by `nameOf`): every one present, not blank. */
export function localizedTextSchema<L extends string>(langs: readonly L[], nameOf: (lang: L) => string) {
  const text = (lang: L) => z.string().check(z.trim(), z.minLength(1, `${nameOf(lang)} text is missing`));
  return z.object(Object.fromEntries(langs.map((l) => [l, text(l)])) as Record<L, ReturnType<typeof text>>);
}

/** The schema of a text in every language. */
export const localizedText = localizedTextSchema(languages, (l) => languageInfo[l].englishName);

/** A language's BCP 47 tag (`zh-CN`, `en`). */
export function languageTag(lang: Language): string {
  return languageInfo[lang].tag;
}

/**
 * The language to show beside `lang` as a second line (a subtitle, the other name): the original
 * language beside a translation, and the first translation beside the original.
 */
export function companionLanguage(lang: Language): Language {
  return lang === originalLanguage ? languages[1]! : originalLanguage;
}

/** The language after `lang` in the list (the first after the last): where the one-button switch goes. */
export function nextLanguage(lang: Language): Language {
  return languages[(languages.indexOf(lang) + 1) % languages.length]!;
}

/** Every language's version of a text, the original first (search keywords, bilingual prompts). */
export function allTexts(text: LocalizedText): string[] {
  return languages.map((l) => text[l]);
}

/** Formats a whole number the way a language writes it (15,000). */
export function formatNumber(lang: Language, n: number): string {
  return new Intl.NumberFormat(languageTag(lang), { maximumFractionDigits: 0 }).format(n);
}
