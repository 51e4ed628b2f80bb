import * as z from 'zod/mini';
import { findExhibit } from './exhibits';
import { parseContent, tourSchema as tourShape } from './schema';
import type { TourStop } from './schema';
import { languageInfo } from './languages';
import type { Language } from './languages';

/** The tour: unique stop ids, every exhibit known, every stop titled one way or the other. */
export const tourSchema = tourShape.check(
  z.superRefine((stops, ctx) => {
    stops.forEach((stop, i) => {
      if (stop.exhibit !== null && !findExhibit(stop.exhibit))
        ctx.addIssue({ code: 'custom', path: [i, 'exhibit'], message: `unknown exhibit ${stop.exhibit}` });
    });
  }),
);

/**
 * The guided tour, in walking order: from the main entrance west to the strategy wall, north through the
 * Time Valley and the Changning cluster, east to the innovation results and the conference venue, back
 * past the weighing park, and last the three frontier instruments just inside the entrance.
 */
export const tourStops = parseContent(
  tourSchema,
  [
    {
      id: 'entrance',
      exhibit: null,
      title: { zh: '主入口', en: 'Main entrance' },
      narration: {
        zh: '欢迎来到湘见·建湘工业文化街区。老厂房保留着1958年的工业风貌，2025年11月，这里的1.5万平方米展区摆进了近千件国内顶尖的计量仪器，“两会一展”也在此举行。',
        en: 'Welcome to the Jianxiang industrial-culture block. These workshops keep the look of 1958; in November 2025 their 15,000 m² exhibition area held nearly a thousand of the country’s best measuring instruments, and the two conferences and the expo met here.',
      },
    },
    {
      id: 'strategy',
      exhibit: 'strategy-wall',
      narration: {
        zh: '第一站是战略墙。衡阳的产业蓝图叫“稳五进三布二”：五个优势产业要稳住，三个新兴产业要做强，两个未来产业要提前培育。点墙上的三栏，可以看每一层有哪些产业。',
        en: 'First, the strategy wall. Hengyang’s plan is called “stabilise five, advance three, plant two”: hold five established industries steady, build up three emerging ones and seed two for the future. Choose a column to see which industries each tier holds.',
      },
    },
    {
      id: 'time-valley',
      exhibit: 'chuanshan-time-valley',
      narration: {
        zh: '这里是船山时间谷，它被评为“中国钟表产业基地”。抬头看那座大钟：它走的正是您此刻的当地时间。',
        en: 'This is Chuanshan Time Valley, named a China clock and watch industry base. Look up at the big clock: it shows your own local time, right now.',
      },
    },
    {
      id: 'changning',
      exhibit: 'changning-nonferrous',
      narration: {
        zh: '常宁的铜铅锌材料产业集群出现在报道的配图里，被称作新晋“国家队”。金属成分测得准，冶炼和回收才能做得精。',
        en: 'The Changning copper, lead and zinc cluster appears in one of the article’s photos, called a new member of the “national team”. Measuring a metal’s make-up precisely is what lets smelting and recycling be precise too.',
      },
    },
    {
      id: 'innovation',
      exhibit: 'innovation-results',
      narration: {
        zh: '创新成果展区讲的是从应用走向源头创新：首台功率达100千瓦的工业光纤激光器，一款知识产权完全自主的肝癌诊断试剂盒，还有已是国家先进制造业集群的特高压输变电装备。',
        en: 'The innovation results show the move from applying technology to originating it: the first 100 kW industrial fibre laser, a liver-cancer test kit with fully home-owned rights, and the UHV transmission equipment cluster, now a national advanced manufacturing cluster.',
      },
    },
    {
      id: 'conferences',
      exhibit: 'two-conferences',
      narration: {
        zh: '在两会会场，全国计量工作座谈会和全国产业计量融合创新会与仪器装备展同期召开，合称“两会一展”。会后，衡阳获得了成为产业计量融合创新的试点城市的机会。',
        en: 'At the conference venue the national metrology symposium and the industrial metrology conference met alongside the equipment expo, together called “two conferences and an expo”. Afterwards Hengyang won a chance to become a pilot city for merging metrology with industry.',
      },
    },
    {
      id: 'weighing-park',
      exhibit: 'smart-weighing-park',
      narration: {
        zh: '智能衡器计量是“进三”的排头兵，全市规模已超过200亿元，形成“一区两基地”。展会结束后，2025年12月20日又有20家企业和单位签约进园。',
        en: 'Smart weighing and metrology leads the three emerging industries: over 20 billion yuan across the city, laid out as one zone and two bases. After the expo, on 20 December 2025, twenty more organisations signed up to join the park.',
      },
    },
    {
      id: 'gravimeter',
      exhibit: 'quantum-gravimeter',
      narration: {
        zh: '最后是三件前沿仪器。量子绝对重力仪让一团冷原子自由下落，用原子干涉测出重力加速度，能察觉大地极细微的起伏。可以在面板里运行演示。',
        en: 'Last, the three frontier instruments. The quantum absolute gravimeter lets a cloud of cold atoms fall and measures gravity by atom interference, sensing the faintest rises and dips of the ground. You can run the demonstration in the panel.',
      },
    },
    {
      id: 'ct',
      exhibit: 'industrial-ct',
      narration: {
        zh: '工业CT让X射线从几百个角度穿过工件，再由计算机重建出断面，不拆开、不损伤就能看见内部的空洞和裂纹。',
        en: 'The industrial CT sends X-rays through a part from hundreds of angles and rebuilds its cross-sections by computer, revealing voids and cracks inside without taking it apart or harming it.',
      },
    },
    {
      id: 'microscope',
      exhibit: 'ultrasonic-microscope',
      narration: {
        zh: '超声显微镜用高频声波逐点扫描材料，从回波里找出肉眼看不见的分层和空洞。导览到此结束，您可以继续自由参观。',
        en: 'The ultrasonic microscope scans a material point by point with high-frequency sound and finds hidden delaminations and voids in the echoes. That ends the tour; carry on exploring as you like.',
      },
    },
  ],
  'tour (src/content/tour.ts)',
);

/** Number of stops. */
export const tourLength = tourStops.length;

/** Rough reading time of a stop's narration, seconds, at the language's reading pace (languages.ts). */
export function narrationSeconds(stop: TourStop, lang: Language): number {
  return Array.from(stop.narration[lang]).length / languageInfo[lang].readingCharsPerS;
}
