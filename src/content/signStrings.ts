import type { Language, LocalizedText } from './schema';
import { fillPlaceholders } from './placeholders';
import type { TextVars } from './placeholders';

/**
 * Strings of the hall's printed signs, Chinese and English: the expo entrance (welcome backdrop, reception
 * desk, directory, hanging banners) and the zone boards' infographics. Only the 3D view uses them, so they
 * load with it.
 *
 * The event's three parts, its month and its city are the article's (一场盛会 ¶3). The organiser, the dates
 * and the theme come from another public report (国际在线, 2025-11-14, on the 第二届计量仪器装备展): the
 * article names 中国计量协会 only as 吴方迪's association.
 */
export const signStrings = {
  entranceExpo: { zh: '第二届计量仪器装备展', en: '2nd Metrology Instrument & Equipment Expo' },
  entranceWhenWhere: { zh: '2025年11月 · 衡阳', en: 'November 2025 · Hengyang' },
  entranceDates: { zh: '2025年11月11日—13日', en: '11–13 November 2025' },
  entranceCity: { zh: '衡阳', en: 'Hengyang' },
  entranceTwoAndOne: { zh: '“两会一展”', en: 'Two conferences and an expo' },
  entranceSymposium: { zh: '全国计量工作座谈会', en: 'National Metrology Work Symposium' },
  entranceConference: {
    zh: '全国产业计量融合创新会',
    en: 'National Industrial Metrology Integration & Innovation Conference',
  },
  entranceOrganiserLabel: { zh: '主办单位', en: 'Organiser' },
  entranceOrganiser: { zh: '中国计量协会', en: 'China Metrology Association' },
  entranceThemeLabel: { zh: '主题', en: 'Theme' },
  entranceTheme: {
    zh: '计量强基 产业融合 创新发展',
    en: 'Metrology builds the base · Industry integrates · Innovation develops',
  },
  entranceVenueLabel: { zh: '地点', en: 'Venue' },
  entranceWelcome: { zh: '欢迎参观', en: 'Welcome to the' },
  entranceDesk: { zh: '咨询服务台', en: 'Information desk' },
  entranceDirectory: { zh: '展区导览图', en: 'Hall directory' },
  entranceDirectoryZones: { zh: '展区', en: 'Zones' },
  /** The zone boards' footer: where their figures come from. */
  boardSource: {
    zh: '资料来源：{publication}《{title}》· {section}',
    en: 'Source: {publication}, “{title}” · {section}',
  },
  /** Month names for the boards' calendar pictograms, 1–12 separated by commas. */
  boardMonths: {
    zh: '1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月',
    en: 'JAN,FEB,MAR,APR,MAY,JUN,JUL,AUG,SEP,OCT,NOV,DEC',
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of signStrings. */
export type SignStringKey = keyof typeof signStrings;

/** An entrance string in a language, with `{name}` placeholders filled from vars. */
export function signText(lang: Language, key: SignStringKey, vars: TextVars = {}): string {
  return fillPlaceholders(signStrings[key][lang], vars);
}
