import { parseContent, zonesSchema } from './schema';

/** Zones of the exhibition floor, named from the article; where they stand is decided in layout/hall.ts. */
export const zones = parseContent(
  zonesSchema,
  [
    {
      id: 'frontier-showcase',
      name: { zh: '前沿计量仪器展区', en: 'Frontier Instrument Showcase' },
      blurb: {
        zh: '量子绝对重力仪、工业CT与超声显微镜在此展出，代表国家顶尖测量水平。',
        en: 'The quantum absolute gravimeter, the industrial CT and the ultrasonic microscope: top national measuring instruments.',
      },
      section: 'gathering',
      color: '#3d7dd8',
    },
    {
      id: 'smart-weighing-park',
      name: { zh: '衡阳智能衡器计量产业园', en: 'Hengyang Smart Weighing & Metrology Industrial Park' },
      blurb: {
        zh: '衡阳的智能衡器计量产业已越过200亿元规模，布局为“一区两基地”。',
        en: "The city's smart weighing and metrology industry has passed 20 billion yuan, laid out as one zone and two bases.",
      },
      section: 'strategy',
      color: '#d8903d',
    },
    {
      id: 'chuanshan-time-valley',
      name: { zh: '船山时间谷', en: 'Chuanshan Time Valley' },
      blurb: {
        zh: '衡阳钟表企业的聚集地，已被评为“中国钟表产业基地”。',
        en: 'Where Hengyang’s clock and watch makers gather, named “China Clock and Watch Industry Base”.',
      },
      section: 'strategy',
      color: '#8a5cc9',
    },
    {
      id: 'changning-nonferrous',
      name: { zh: '常宁铜铅锌材料产业集群', en: 'Changning Copper, Lead & Zinc Materials Cluster' },
      blurb: {
        zh: '常宁市的铜铅锌材料产业集群，新近跻身“国家队”。',
        en: 'Changning’s copper, lead and zinc materials cluster, newly part of the “national team”.',
      },
      section: 'captions',
      color: '#c96b4a',
    },
    {
      id: 'strategy-wall',
      name: { zh: '“稳五进三布二”战略墙', en: 'Strategy Wall: Stabilise 5, Advance 3, Plant 2' },
      blurb: {
        zh: '五大优势产业、三大新兴产业、两大未来产业，衡阳现代化产业体系一览。',
        en: "Five established, three emerging and two future industries: Hengyang's industrial system at a glance.",
      },
      section: 'strategy',
      color: '#c9434a',
    },
    {
      id: 'innovation-results',
      name: { zh: '创新成果展区', en: 'Innovation Results' },
      blurb: {
        zh: '首台功率100千瓦的工业光纤激光器、知识产权完全自主的肝癌诊断试剂盒与特高压输变电装备集群。',
        en: 'The first 100 kW industrial fibre laser, a liver-cancer diagnostic kit with fully independent intellectual property, and the UHV transmission and transformation equipment cluster.',
      },
      section: 'logic',
      color: '#3fa37a',
    },
    {
      id: 'conference-venue',
      name: { zh: '“两会”专区', en: 'The Two Conferences' },
      blurb: {
        zh: '2025年11月同在衡阳举办的两场全国会议：全国计量工作座谈会与全国产业计量融合创新会。',
        en: 'The two national meetings held in Hengyang in November 2025: the National Metrology Work Symposium and the National Industrial Metrology Integration & Innovation Conference.',
      },
      section: 'gathering',
      color: '#5a6b80',
    },
  ],
  'zones (src/content/zones.ts)',
);

/** Ids of all zones. */
export type ZoneId = (typeof zones)[number]['id'];
