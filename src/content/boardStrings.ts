import type { LocalizedText } from './languages';
import { textLookup } from './placeholders';

/** Strings of the Time Valley clock and the strategy wall's tier view, Chinese and English. */
export const boardStrings = {
  /** The panel's live time line; {time} is the visitor's local HH:MM:SS. */
  clockNow: { zh: '此刻 {time} · 您的本地时间', en: 'Now {time} · your local time' },
  clockNowNote: {
    zh: '展区上方的大钟走的就是这个时间。',
    en: 'The big clock above the zone shows this same time.',
  },
  /** Caption under the numerals on the 3D dial. */
  clockDialCaption: { zh: '您的本地时间', en: 'Your local time' },
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

/** A board string in a language, with `{name}` placeholders filled from vars. */
export const boardText = textLookup(boardStrings);
