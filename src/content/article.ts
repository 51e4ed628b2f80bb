import type { ArticleSectionId, LocalizedText } from './schema';

/** The newspaper feature every panel is tied to. */
export const articleSource = {
  title: '两会一展：一杆“产业之秤”称出衡阳新未来',
  titleEn: 'Two conferences and an expo: an "industry scale" weighs up a new future for Hengyang',
  publication: { zh: '衡阳日报', en: 'Hengyang Daily' },
  author: { zh: '邓小山', en: 'Deng Xiaoshan' },
  photographers: { zh: '彭斌、周围', en: 'Peng Bin, Zhou Wei' },
} as const;

/** The article's sections: heading as printed (zh) and our English rendering. */
export const articleSections: Record<ArticleSectionId, { heading: string; headingEn: string }> = {
  captions: { heading: '图片说明', headingEn: 'Photo captions' },
  lead: { heading: '导语', headingEn: 'Opening' },
  gathering: {
    heading: '一场盛会·老工业基地的时空对话',
    headingEn: 'A grand gathering: an old industrial base in dialogue across time',
  },
  strategy: {
    heading: '一个战略·“稳五进三布二”的现代化产业体系',
    headingEn: 'One strategy: the "stabilise five, advance three, plant two" industrial system',
  },
  fusion: {
    heading: '一次聚变·从展会流量到产业能量',
    headingEn: 'A fusion: from expo crowds to industrial energy',
  },
  logic: {
    heading: '一个逻辑·精度赋能下的城市能级跃迁',
    headingEn: 'One logic: a city levelled up by precision',
  },
};

/** Citation line shown under every panel. */
export const citationLine: LocalizedText = {
  zh: '来源：衡阳日报《两会一展：一杆“产业之秤”称出衡阳新未来》，记者 邓小山',
  en: 'Source: Hengyang Daily, "Two conferences and an expo", by Deng Xiaoshan',
};
