import { defineStrings } from './stringTables';

/** Strings of the Time Valley clock and the strategy wall's tier view: one block per language, the same keys in each. */
export const { table: boardStrings, text: boardText } = defineStrings({
  zh: {
    /** The panel's live time line; {time} is the visitor's local HH:MM:SS. */
    clockNow: '此刻 {time} · 您的本地时间',
    clockNowNote: '展区上方的大钟走的就是这个时间。',
    /** Caption under the numerals on the 3D dial. */
    clockDialCaption: '您的本地时间',
    tiersHeading: '三个层次',
    tiersLabel: '“稳五进三布二”的三个层次',
    tierCount: '{n}个产业',
    tierIndustries: '这一层的{n}个产业',
    tierFigures: '报道中与这一层相关的数字',
    tierNoFigures: '报道没有为这一层给出数字。',
  },
  en: {
    /** The panel's live time line; {time} is the visitor's local HH:MM:SS. */
    clockNow: 'Now {time} · your local time',
    clockNowNote: 'The big clock above the zone shows this same time.',
    /** Caption under the numerals on the 3D dial. */
    clockDialCaption: 'Your local time',
    tiersHeading: 'The three tiers',
    tiersLabel: 'The three tiers of the strategy',
    tierCount: '{n} industries',
    tierIndustries: 'The {n} industries of this tier',
    tierFigures: 'Figures the article gives for this tier',
    tierNoFigures: 'The article gives no figures for this tier.',
  },
});
