import type { Language, LocalizedText } from './schema';

/** Strings of the strategy wall's tier view, Chinese and English. */
export const boardStrings = {
  tiersHeading: { zh: '三个层次', en: 'The three tiers' },
  tiersLabel: { zh: '“稳五进三布二”的三个层次', en: 'The three tiers of the strategy' },
  tierCount: { zh: '{n}个产业', en: '{n} industries' },
  tierIndustries: { zh: '这一层的{n}个产业', en: 'The {n} industries of this tier' },
  tierFigures: { zh: '报道中与这一层相关的数字', en: 'Figures the article gives for this tier' },
  tierNoFigures: {
    zh: '报道没有为这一层给出数字。',
    en: 'The article gives no figures for this tier.',
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of boardStrings. */
export type BoardStringKey = keyof typeof boardStrings;

/** A board string in one language, with `{name}` placeholders filled from vars. */
export function boardText(
  lang: Language,
  key: BoardStringKey,
  vars: Record<string, string | number> = {},
): string {
  return boardStrings[key][lang].replace(/\{(\w+)\}/g, (_, name: string) =>
    String(vars[name] ?? `{${name}}`),
  );
}
