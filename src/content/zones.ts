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
        zh: '全市智能衡器计量产业规模已超过200亿元，形成“一区两基地”格局。',
        en: "The city's smart weighing and metrology industry has passed 20 billion yuan, laid out as one zone and two bases.",
      },
      section: 'strategy',
      color: '#d8903d',
    },
    {
      id: 'chuanshan-time-valley',
      name: { zh: '船山时间谷', en: 'Chuanshan Time Valley' },
      blurb: {
        zh: '获评“中国钟表产业基地”的钟表产业集聚区。',
        en: 'A cluster of clock and watch makers, named a China clock and watch industry base.',
      },
      section: 'strategy',
      color: '#8a5cc9',
    },
    {
      id: 'changning-nonferrous',
      name: { zh: '常宁铜铅锌材料产业集群', en: 'Changning Copper, Lead & Zinc Materials Cluster' },
      blurb: {
        zh: '新晋“国家队”的常宁市铜铅锌材料产业集群。',
        en: "Changning's copper, lead and zinc materials cluster, a new member of the national team.",
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
        zh: '首台100千瓦工业光纤激光器、自主知识产权肝癌诊断试剂盒与特高压输变电装备集群。',
        en: 'The first 100 kW industrial fiber laser, a home-grown liver-cancer test kit and the UHV transmission equipment cluster.',
      },
      section: 'logic',
      color: '#3fa37a',
    },
    {
      id: 'conference-venue',
      name: { zh: '两会会场', en: 'Conference Venue' },
      blurb: {
        zh: '全国计量工作座谈会与全国产业计量融合创新会在此召开。',
        en: 'Where the National Metrology Work Symposium and the National Industrial Metrology Integration & Innovation Conference met.',
      },
      section: 'gathering',
      color: '#5a6b80',
    },
  ],
  'zones (src/content/zones.ts)',
);

/** Ids of all zones. */
export type ZoneId = (typeof zones)[number]['id'];
