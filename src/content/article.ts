import type { ArticleSectionId, LocalizedText } from './schema';

/** The newspaper feature every panel is tied to. */
export const articleSource = {
  title: '两会一展：一杆“产业之秤”称出衡阳新未来',
  titleEn: 'Two conferences and an expo: an "industry scale" weighs up a new future for Hengyang',
  publication: { zh: '衡阳日报', en: 'Hengyang Daily' },
  author: { zh: '邓小山', en: 'Deng Xiaoshan' },
  photographers: { zh: '彭斌、周围', en: 'Peng Bin, Zhou Wei' },
} as const;

/**
 * The article's sections: heading as printed (zh), our English rendering, and whether the heading is
 * printed in the article (`captions` and `lead` have no printed heading; their zh names are ours).
 *
 * How a citation `{ section, paragraph }` maps onto the text of ../shared/seed/article.txt
 * (implemented by parseArticle in citations.ts, which the unit test and build checks share):
 *
 * 1. Blocks. The text is cut into blocks at blank lines (lines holding only whitespace count as blank).
 *    A block that matches a printed heading below (whitespace ignored) is that section's heading.
 * 2. Front matter. Everything before the first block of 60 or more characters is front matter: title,
 *    byline, photo captions and the news-app promo box. The body starts at that block.
 * 3. Line-wrap mending. The print layout breaks some paragraphs mid-sentence (e.g. 前沿科 / 技在此交融,
 *    中国 / 计量协会). A body block that does not end a sentence (its last character, after closing
 *    quotes or brackets, is not 。！？…) is joined, without a separator, to the next block unless that
 *    next block is a heading. A paragraph is one mended block.
 * 4. Sections, paragraphs numbered from 1 within each:
 *    - captions: the front-matter blocks that end in 。 (optionally followed by a (资料图片) credit),
 *      i.e. the four photo captions, in print order.
 *    - lead: the first body paragraph (2025年11月，一场国家级计量盛会…), the feature's opening.
 *    - gathering (一场盛会): in print the heading stands after the opening paragraphs it belongs to
 *      (venue, the three instruments, 蒋华平 and 吴方迪); a layout artefact. So gathering = the body
 *      paragraphs after the lead up to the gathering heading, followed by the paragraphs under that
 *      heading, except that when the paragraphs under it repeat the strategy section word for word
 *      (as in this print) they are dropped as a duplicate. In this article: 1 = venue (走进衡阳建湘…),
 *      2 = 蒋华平's words, 3 = the event and 吴方迪's words. Were the heading moved to its proper place,
 *      the same paragraphs would get the same numbers.
 *    - strategy, fusion, logic: the paragraphs after their headings, up to the next heading.
 */
export const articleSections: Record<
  ArticleSectionId,
  { heading: string; headingEn: string; printed: boolean; summary: LocalizedText }
> = {
  captions: {
    heading: '图片说明',
    headingEn: 'Photo captions',
    printed: false,
    summary: {
      zh: '报道配了四张照片：智能衡器计量产业园，盛会现场，船山时间谷的展区，还有新晋“国家队”的常宁铜铅锌材料集群。',
      en: 'The four photos printed with the feature: the smart weighing park, the event itself, the Chuanshan Time Valley stand and the Changning copper, lead and zinc cluster, a new member of the “national team”.',
    },
  },
  lead: {
    heading: '导语',
    headingEn: 'Opening',
    printed: false,
    summary: {
      zh: '开篇：2025年11月，国家级的计量盛会来到衡阳，这座中部工业城市借“计量”这个支点，重新校准自己的发展方向。',
      en: 'The opening: in November 2025 a national metrology event came to Hengyang, and the central-China industrial city used metrology as a lever to recalibrate where it is heading.',
    },
  },
  gathering: {
    heading: '一场盛会·老工业基地的时空对话',
    headingEn: 'A grand gathering: an old industrial base in dialogue across time',
    printed: true,
    summary: {
      zh: '建湘老厂区的红砖墙和烟囱之间，近千件顶尖计量仪器同场亮相；同在2025年11月，两场全国会议与仪器装备展在衡阳举办，吴方迪一句话道出测量与制造的关系。',
      en: 'Among the red-brick walls and chimneys of the old Jianxiang works, nearly a thousand top instruments went on show; in the same month two national conferences and the equipment expo were held in Hengyang, and Wu Fangdi put the link between measuring and making in one sentence.',
    },
  },
  strategy: {
    heading: '一个战略·“稳五进三布二”的现代化产业体系',
    headingEn: 'One strategy: the "stabilise five, advance three, plant two" industrial system',
    printed: true,
    summary: {
      zh: '衡阳的现代化产业体系“稳五进三布二”：稳住五个优势产业，做强三个新兴产业，培育两个未来产业，并列出已有的成绩。',
      en: 'Hengyang’s industrial plan, “stabilise five, advance three, plant two”: hold five established industries steady, build up three emerging ones and seed two future ones, with the results so far.',
    },
  },
  fusion: {
    heading: '一次聚变·从展会流量到产业能量',
    headingEn: 'A fusion: from expo crowds to industrial energy',
    printed: true,
    summary: {
      zh: '盛会的效应在闭幕后继续：2025年12月20日那天，20家企业和单位集中签约进驻智能衡器计量产业园，展会的人气转成了产业的实力。',
      en: 'The event kept working after it closed: on 20 December 2025 twenty organisations signed up together to move into the smart weighing park, turning the expo’s crowds into industrial strength.',
    },
  },
  logic: {
    heading: '一个逻辑·精度赋能下的城市能级跃迁',
    headingEn: 'One logic: a city levelled up by precision',
    printed: true,
    summary: {
      zh: '追求发展上的精度，带动城市能级的提升：产业、创新和区位三个方面的跃升，以及支撑它们的代表性成果。',
      en: 'Raising the city’s level through precision: the leaps in industry, innovation and standing, and the landmark results behind them.',
    },
  },
};

/** Citation line shown under every panel. */
export const citationLine: LocalizedText = {
  zh: '来源：衡阳日报《两会一展：一杆“产业之秤”称出衡阳新未来》，记者 邓小山',
  en: 'Source: Hengyang Daily, "Two conferences and an expo", by Deng Xiaoshan',
};
