import { defineStrings } from './stringTables';

/**
 * Strings of the hall's printed signs, one block per language with the same keys: the expo entrance
 * (welcome backdrop, reception desk, directory, hanging banners) and the zone boards' infographics. Only the
 * 3D view uses them, so they load with it.
 *
 * The event's three parts, its month and its city are the article's (一场盛会 ¶3). The organiser, the dates
 * and the theme come from another public report (国际在线, 2025-11-14, on the 第二届计量仪器装备展): the
 * article names 中国计量协会 only as 吴方迪's association.
 */
export const { table: signStrings, text: signText } = defineStrings({
  zh: {
    entranceExpo: '第二届计量仪器装备展',
    entranceWhenWhere: '2025年11月 · 衡阳',
    entranceDates: '2025年11月11日—13日',
    entranceCity: '衡阳',
    entranceTwoAndOne: '“两会一展”',
    entranceSymposium: '全国计量工作座谈会',
    entranceConference: '全国产业计量融合创新会',
    entranceOrganiserLabel: '主办单位',
    entranceOrganiser: '中国计量协会',
    entranceThemeLabel: '主题',
    entranceTheme: '计量强基 产业融合 创新发展',
    entranceVenueLabel: '地点',
    entranceWelcome: '欢迎参观',
    entranceDesk: '咨询服务台',
    entranceDirectory: '展区导览图',
    entranceDirectoryZones: '展区',
    /** The zone boards' footer: where their figures come from. */
    boardSource: '资料来源：{publication}《{title}》· {section}',
    /** Month names for the boards' calendar pictograms, 1–12 separated by commas. */
    boardMonths: '1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月',
  },
  en: {
    entranceExpo: '2nd Metrology Instrument & Equipment Expo',
    entranceWhenWhere: 'November 2025 · Hengyang',
    entranceDates: '11–13 November 2025',
    entranceCity: 'Hengyang',
    entranceTwoAndOne: 'Two conferences and an expo',
    entranceSymposium: 'National Metrology Work Symposium',
    entranceConference: 'National Industrial Metrology Integration & Innovation Conference',
    entranceOrganiserLabel: 'Organiser',
    entranceOrganiser: 'China Metrology Association',
    entranceThemeLabel: 'Theme',
    entranceTheme: 'Metrology builds the base · Industry integrates · Innovation develops',
    entranceVenueLabel: 'Venue',
    entranceWelcome: 'Welcome to the',
    entranceDesk: 'Information desk',
    entranceDirectory: 'Hall directory',
    entranceDirectoryZones: 'Zones',
    /** The zone boards' footer: where their figures come from. */
    boardSource: 'Source: {publication}, “{title}” · {section}',
    /** Month names for the boards' calendar pictograms, 1–12 separated by commas. */
    boardMonths: 'JAN,FEB,MAR,APR,MAY,JUN,JUL,AUG,SEP,OCT,NOV,DEC',
  },
});
