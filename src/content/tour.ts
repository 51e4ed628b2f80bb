import * as z from 'zod/mini';
import { findExhibit } from './exhibits';
import { kebabId, localizedText, parseContent } from './schema';

/** One stop of the guided tour: an exhibit whose panel opens there (or the entrance), and what is said. */
export const tourStopSchema = z.object({
  id: kebabId,
  /** The exhibit whose panel opens at this stop; null for the entrance, which has no panel. */
  exhibit: z.nullable(z.string()),
  /** Title of a stop without an exhibit (an exhibit stop uses the exhibit's title). */
  title: z.optional(localizedText),
  /** What the guide says here, in our own words; shown in the tour bar and read aloud when asked. */
  narration: localizedText,
});
export type TourStop = z.infer<typeof tourStopSchema>;

/** The tour: unique stop ids, every exhibit known, every stop titled one way or the other. */
export const tourSchema = z.array(tourStopSchema).check(
  z.minLength(2),
  z.superRefine((stops, ctx) => {
    const seen = new Set<string>();
    stops.forEach((stop, i) => {
      if (seen.has(stop.id))
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate stop ${stop.id}` });
      seen.add(stop.id);
      if (stop.exhibit !== null && !findExhibit(stop.exhibit))
        ctx.addIssue({ code: 'custom', path: [i, 'exhibit'], message: `unknown exhibit ${stop.exhibit}` });
      if (stop.exhibit === null && !stop.title)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'title'],
          message: 'a stop without an exhibit needs a title',
        });
    });
  }),
);

/**
 * The guided tour, in walking order: from the main entrance west to the strategy wall, north through the
 * Time Valley and the Changning cluster, east to the innovation results and the two conferences' zone, back
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
        zh: '欢迎来到衡阳建湘工业文化街区。斑驳的红砖墙和高耸的烟囱还在，衡阳国投集团的董事长蒋华平把这里形容为1958年工业风貌与2025年前沿科技的一场对话。2025年11月，街区里1.5万平方米的展区摆进了近千件国内顶尖的计量仪器。',
        en: 'Welcome to the Jianxiang industrial-culture block in Hengyang. The weathered red-brick walls and tall chimneys are still here; Jiang Huaping, chairman of the city’s state-owned investment group, described it as a dialogue between the industrial look of 1958 and the frontier technology of 2025. In November 2025 its 15,000 m² exhibition area held nearly a thousand of the country’s best measuring instruments.',
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
        en: 'This is Chuanshan Time Valley, named “China Clock and Watch Industry Base”. Look up at the big clock: it shows your own local time, right now.',
      },
    },
    {
      id: 'changning',
      exhibit: 'changning-nonferrous',
      narration: {
        zh: '常宁市的铜铅锌材料产业集群新近跻身“国家队”。金属成分测得准，冶炼和回收才能做得精。',
        en: 'The Changning copper, lead and zinc materials cluster has newly joined the “national team”. Measuring a metal’s make-up precisely is what lets smelting and recycling be precise too.',
      },
    },
    {
      id: 'innovation',
      exhibit: 'innovation-results',
      narration: {
        zh: '创新成果展区讲的是从应用走向源头创新：首台功率达100千瓦的工业光纤激光器，一款知识产权完全自主的肝癌诊断试剂盒，还有已是国家先进制造业集群的特高压输变电装备。',
        en: 'The innovation results show the move from applying technology to originating it: the first 100 kW industrial fibre laser, a liver-cancer diagnostic kit with fully independent intellectual property, and the UHV transmission and transformation equipment cluster, now a national advanced manufacturing cluster.',
      },
    },
    {
      id: 'conferences',
      exhibit: 'two-conferences',
      narration: {
        zh: '这一站讲“两会”：全国计量工作座谈会和全国产业计量融合创新会于2025年11月在衡阳召开，与第二届计量仪器装备展合称“两会一展”。这次盛会为衡阳争取到跻身产业计量融合创新试点城市行列的机会。',
        en: 'This stop is about the two conferences: in November 2025 the National Metrology Work Symposium and the National Industrial Metrology Integration and Innovation Conference were held in Hengyang, and with the 2nd Metrology Instrument and Equipment Expo they are called “two conferences and an expo”. The event won Hengyang the opportunity to join the pilot cities for integrating metrology with industry.',
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
        zh: '最后是三件前沿仪器。量子绝对重力仪让一团冷原子自由下落，用原子干涉测出重力加速度。它能察觉的变化小到约1微伽，也就是g的十亿分之一左右，相当于把仪器抬高3毫米带来的变化。可以在面板里运行演示。',
        en: 'Last, the three frontier instruments. The quantum absolute gravimeter lets a cloud of cold atoms fall and measures gravity by atom interference. It can sense changes as small as about one microgal, roughly a billionth of g: as much as gravity changes when the instrument is raised by 3 mm. You can run the demonstration in the panel.',
      },
    },
    {
      id: 'ct',
      exhibit: 'industrial-ct',
      narration: {
        zh: '工业CT让工件在锥形X射线束中转满一圈，从几百个角度拍下投影，再由计算机重建出整个三维体积，不拆开、不损伤就能看见内部的空洞和裂纹。',
        en: 'The industrial CT turns a part through a full circle in a cone of X-rays, taking projections from hundreds of angles, and rebuilds its whole volume by computer, revealing voids and cracks inside without taking it apart or harming it.',
      },
    },
    {
      id: 'microscope',
      exhibit: 'ultrasonic-microscope',
      narration: {
        zh: '超声显微镜用高频声波逐点扫描材料，从回波里找出肉眼看不见的分层和空洞；在50兆赫下能分辨几十微米的细节。导览到此结束，您可以继续自由参观。',
        en: 'The ultrasonic microscope scans a material point by point with high-frequency sound and finds hidden delaminations and voids in the echoes; at 50 MHz it resolves details of a few tens of micrometres. That ends the tour; carry on exploring as you like.',
      },
    },
  ],
  'tour (src/content/tour.ts)',
);

/** Number of stops. */
export const tourLength = tourStops.length;

/** Rough reading time of a stop's narration, seconds: ~5 Chinese characters or ~15 English characters a second. */
export function narrationSeconds(stop: TourStop, lang: 'zh' | 'en'): number {
  const chars = Array.from(stop.narration[lang]).length;
  return chars / (lang === 'zh' ? 5 : 15);
}
