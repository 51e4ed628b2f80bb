import {
  defaultPulseSeparationS,
  defaultScanPulseSeparationsS,
  recoilVelocityMs,
} from '../science/atomInterferometer';
import { createCscanModel } from '../science/cscan';
import { ctDefaultAngleCount } from '../science/ct';
import { hengyangNormalGravity, hengyangSite, toMilliGal } from '../science/gravity';
import { exhibitsSchema, parseContent } from './schema';
import type { Citation, Exhibit, ExhibitFigure, ExhibitQuote } from './schema';
import { zones } from './zones';

/** The three frontier instruments in hall order, left to right as the visitor faces them. */
export const heroExhibitIds = ['quantum-gravimeter', 'industrial-ct', 'ultrasonic-microscope'] as const;
export type HeroExhibitId = (typeof heroExhibitIds)[number];

/** The venue paragraph (一场盛会 ¶1): the 15,000 m² hall, nearly a thousand instruments, the three named ones. */
const venue = (anchor: string): Citation => ({ section: 'gathering', paragraph: 1, anchor });
/** 一场盛会 ¶3: the event itself and 吴方迪's words. */
const eventParagraph: Citation = { section: 'gathering', paragraph: 3, anchor: '全国计量工作座谈会' };

/** 吴方迪's words on measuring, shown on every frontier-instrument panel (one quote, one paragraph). */
const wuFangdiQuote: ExhibitQuote = {
  zh: '只有测得出，才能造得出；只有测得准，才能造得精。',
  en: 'Only what can be measured can be made; only what is measured accurately can be made precisely.',
  speaker: { zh: '中国计量协会理事长 吴方迪', en: 'Wu Fangdi, President of the China Metrology Association' },
  citation: { section: 'gathering', paragraph: 3, anchor: '吴方迪' },
};

/** Figures about the expo every frontier panel shows (from the article). */
const expoFigures: ExhibitFigure[] = [
  {
    label: { zh: '展区面积', en: 'Exhibition area' },
    value: { zh: '1.5万平方米', en: '15,000 m²' },
    source: 'article',
    match: '1.5万平方米',
  },
  {
    label: { zh: '参展计量仪器', en: 'Metrology instruments on show' },
    value: { zh: '近千件', en: 'Nearly 1,000' },
    source: 'article',
    match: '近千件',
  },
  {
    label: { zh: '“两会一展”举办时间', en: 'When the conferences and expo took place' },
    value: { zh: '2025年11月', en: 'November 2025' },
    source: 'article',
    match: '2025年11月',
    citation: eventParagraph,
  },
];

/** Groups the digits of a whole number in threes with spaces: 979070 → "979 070". */
function groupDigits(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}

const site = hengyangSite;
const siteZh = `北纬${site.latitudeDeg.toFixed(2)}°、海拔${site.elevationM}米`;
const siteEn = `${site.latitudeDeg.toFixed(2)}° N, ${site.elevationM} m`;

/** The model value of g at Hengyang, in m/s² (5 decimals, i.e. 1 mGal) and in mGal; computed, not measured. */
const normalGravityFigures: ExhibitFigure[] = [
  {
    label: {
      zh: `衡阳的WGS84正常重力（Somigliana公式加自由空气改正，${siteZh}；模型计算值，非实测）`,
      en: `WGS84 normal gravity at Hengyang (Somigliana formula + free-air correction, ${siteEn}; computed, not measured)`,
    },
    value: { zh: `${hengyangNormalGravity.toFixed(5)} m/s²`, en: `${hengyangNormalGravity.toFixed(5)} m/s²` },
    source: 'computed',
  },
  {
    label: {
      zh: `同一正常重力值，以毫伽表示（WGS84模型计算，${siteZh}）`,
      en: `The same WGS84 normal gravity in milligal (model value, ${siteEn})`,
    },
    value: {
      zh: `${groupDigits(toMilliGal(hengyangNormalGravity))} 毫伽`,
      en: `${groupDigits(toMilliGal(hengyangNormalGravity))} mGal`,
    },
    source: 'computed',
    note: {
      zh: '参考椭球模型给出的是“理论上该有”的重力；实地测得的值还包含地下物质分布造成的局部异常，可达数十毫伽。',
      en: 'The reference ellipsoid gives the gravity one would expect; a real measurement also picks up local anomalies from the rock below, up to tens of mGal.',
    },
  },
];

const scanTsMs = defaultScanPulseSeparationsS.map((t) => Math.round(t * 1000));
const finalTMs = Math.round(defaultPulseSeparationS * 1000);
const armSeparationMm = (recoilVelocityMs * defaultPulseSeparationS * 1000).toFixed(1);
const cscan = createCscanModel();

/** The frontier instruments' panels, validated on load. */
export const exhibits: readonly Exhibit[] = parseContent(
  exhibitsSchema.superRefine((list, ctx) => {
    const zoneIds = new Set<string>(zones.map((z) => z.id));
    list.forEach((exhibit, i) => {
      if (!zoneIds.has(exhibit.zone))
        ctx.addIssue({ code: 'custom', path: [i, 'zone'], message: `unknown zone ${exhibit.zone}` });
    });
    const heroes = list.filter((e) => e.kind === 'hero').map((e) => e.id);
    if (heroes.join() !== heroExhibitIds.join())
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `hero exhibits must be ${heroExhibitIds.join(', ')} in that order, got ${heroes.join(', ')}`,
      });
  }),
  [
    {
      id: 'quantum-gravimeter',
      kind: 'hero',
      zone: 'frontier-showcase',
      title: { zh: '量子绝对重力仪', en: 'Quantum absolute gravimeter' },
      role: {
        zh: '感知大地极其微小的起伏变化。',
        en: 'Senses the faintest undulations of the Earth beneath us.',
      },
      measures: {
        zh: '当地重力加速度g的绝对数值。它不需要拿另一台重力仪来标定，量值直接溯源到激光的波长和原子钟的时间。',
        en: 'The absolute value of the local acceleration of gravity, g. It needs no calibration against another gravimeter: the result traces straight back to the wavelength of light and the ticking of an atomic clock.',
      },
      howItWorks: {
        zh: '先用激光把铷原子冷却到只比绝对零度高百万分之几度，再让这团原子在真空管里自由下落。下落途中，三束拉曼激光脉冲依次作用（π/2、π、π/2）：第一束把每个原子的物质波一分为二，第二束让两路改变方向、重新靠拢，第三束把它们合在一起发生干涉。两路之间积累的相位差等于k_eff·g·T²，其中k_eff是激光的有效波矢，T是脉冲间隔。数一数最后处在各个能态的原子各占多少，就能读出这个相位，进而求出g。',
        en: 'Lasers cool rubidium atoms to a few millionths of a degree above absolute zero, then the cloud is let fall inside a vacuum tube. On the way down three Raman laser pulses act on it (π/2, π, π/2): the first splits each atom’s matter wave into two paths, the second turns the paths back towards each other, and the third recombines them so that they interfere. The phase difference built up between the paths is k_eff·g·T², where k_eff is the lasers’ effective wave vector and T the time between pulses. Counting how many atoms end up in each energy state reads out that phase, and with it g.',
      },
      whyItMatters: {
        zh: '重力的细微差别反映了地下物质的分布和地壳的变动，可用于大地测量、资源勘探和地球物理研究。在计量领域，静重式力标准机、基布尔秤等都要用到准确的当地重力值。原子本身就是下落的“测试质量”，没有会磨损的机械部件，适合长时间连续观测。',
        en: 'Small differences in gravity reveal how mass is distributed underground and how the crust moves, which serves geodesy, resource prospecting and geophysics. In metrology, deadweight force standards and Kibble balances need an accurate local value of g. Because the falling test mass is the atoms themselves, there are no mechanical parts to wear out, so the instrument can record continuously for long periods.',
      },
      parts: [
        {
          id: 'vacuum-tube',
          name: { zh: '真空管', en: 'Vacuum tube' },
          text: {
            zh: '原子团在这段超高真空的管子里自由下落。抽走空气是为了不让气体分子撞上原子、打乱它们的量子相干；管外一般还套有磁屏蔽，挡住杂散磁场。',
            en: 'The atom cloud falls freely down this ultra-high-vacuum tube. With the air pumped out, no gas molecules knock into the atoms and spoil their quantum coherence; a magnetic shield usually surrounds the tube to keep stray fields out.',
          },
        },
        {
          id: 'laser-system',
          name: { zh: '激光系统', en: 'Laser system' },
          text: {
            zh: '提供冷却和囚禁原子的光，以及三次拉曼脉冲。激光频率锁定在铷原子的跃迁谱线上，光的波长就成了这台仪器的长度尺子。',
            en: 'Supplies the light that cools and traps the atoms and the three Raman pulses. Its frequency is locked to a rubidium transition, so the wavelength of the light becomes the instrument’s ruler.',
          },
        },
        {
          id: 'electronics-unit',
          name: { zh: '电子控制单元', en: 'Electronics unit' },
          text: {
            zh: '掌管脉冲时序，读取探测到的原子数，拟合干涉条纹后算出g。脉冲间隔T由高稳定的频率基准给出，是测量中的时间尺子。',
            en: 'Times the pulses, reads the detected atom numbers and fits the interference fringe to work out g. The pulse spacing T comes from a stable frequency reference: the instrument’s clock.',
          },
        },
      ],
      citation: venue('量子绝对重力仪'),
      quote: wuFangdiQuote,
      figures: [...normalGravityFigures, ...expoFigures],
      demo: {
        title: {
          zh: '模拟测量：用原子干涉称出衡阳的重力',
          en: 'Simulated run: weighing Hengyang’s gravity with atom waves',
        },
        intro: {
          zh: '演示以衡阳的WGS84正常重力作为“真值”，模拟一台冷原子重力仪的工作过程。数据带有模拟噪声，是计算机仿真，不是实测。',
          en: 'The demo takes the WGS84 normal gravity at Hengyang as the true value and simulates a cold-atom gravimeter at work. Its data carry simulated noise: a computer simulation, not a measurement.',
        },
        steps: [
          {
            zh: '激光先在真空管顶部把一团铷原子聚拢并冷却，然后关掉囚禁光，原子团从静止开始自由下落。',
            en: 'Lasers gather and cool a cloud of rubidium atoms at the top of the tube, then the trap is switched off and the cloud falls from rest.',
          },
          {
            zh: `三次拉曼脉冲依次把原子的物质波分开、转向、再合拢；画面把两路的间距放大了，实际最多只有约${armSeparationMm}毫米。`,
            en: `Three Raman pulses split the matter wave, turn the paths round and bring them together again; the picture exaggerates the gap, which is really at most about ${armSeparationMm} mm.`,
          },
          {
            zh: '原子落到底部的探测光处，数出处在两个能态的原子各有多少，得到这一次下落的干涉结果。',
            en: 'At the bottom the detection beam counts the atoms in each of the two states, giving the interference result of that drop.',
          },
          {
            zh: `在脉冲间隔T=${finalTMs}毫秒下扫描激光频率的变化率，一次次下落描出干涉条纹。更短间隔（${scanTsMs.slice(0, -1).join('、')}毫秒）的粗扫已在后台完成，用来认准是哪一条条纹。`,
            en: `With the pulses ${finalTMs} ms apart, the rate at which the laser frequency is chirped is swept, drop after drop, tracing out the interference fringe. Quicker scans with shorter spacings (${scanTsMs.slice(0, -1).join(', ')} ms) have already run in the background to make sure it is the right fringe.`,
          },
          {
            zh: '随后锁定在条纹最陡处连续测量：每次下落给出一个g值，平均值逐渐稳定，标准误差随次数增加而减小，最终落在模拟所设定的衡阳正常重力附近。',
            en: 'Then the instrument locks on the steepest point of the fringe and keeps measuring: each drop gives a value of g, the running mean settles, its standard error shrinks, and it closes in on the Hengyang normal gravity the simulation was given.',
          },
        ],
      },
    },
    {
      id: 'industrial-ct',
      kind: 'hero',
      zone: 'frontier-showcase',
      title: { zh: '工业CT', en: 'Industrial CT' },
      role: {
        zh: '不拆不碰，就给结构复杂的零部件做一次全面“体检”。',
        en: 'Gives complex components a full check-up without taking them apart or even touching them.',
      },
      measures: {
        zh: '零件内部的三维结构：尺寸和壁厚，以及气孔、裂纹、夹杂等肉眼看不到的缺陷。',
        en: 'A part’s whole interior in 3D: dimensions and wall thicknesses, and hidden defects such as pores, cracks and inclusions.',
      },
      howItWorks: {
        zh: 'X射线源发出的射线穿过放在转台上的工件，另一侧的平板探测器记下每条射线被削弱了多少，得到一幅投影。转台一边转一边拍，收集几百到上千个角度的投影。计算机先对每幅投影做斜坡滤波，再沿射线原路“反投影”回去叠加，这就是滤波反投影算法；它还原出每个截面上各点对X射线的衰减，截面叠起来便是完整的三维模型。气孔里几乎没有材料，在图上比周围的金属更暗。',
        en: 'X-rays from the source pass through the part on a turntable, and a flat-panel detector on the far side records how much each ray was weakened: one projection. The turntable steps round, gathering projections from hundreds to thousands of angles. The computer ramp-filters each projection and smears it back along the paths the rays took (filtered back-projection), recovering how strongly every point of each slice absorbs X-rays; stacked slices make a full 3D volume. A gas pore holds almost no material, so it shows darker than the metal around it.',
      },
      whyItMatters: {
        zh: '铸件、焊接件、增材制造零件和电池内部的缺陷，从外表看不出来。CT不用切开工件就能看清内部并测出尺寸，是质量检验和失效分析的有力工具，也让零件可以在不报废的前提下逐件检查。',
        en: 'Flaws inside castings, welds, 3D-printed parts and batteries cannot be seen from outside. CT shows the inside and measures it without cutting the part open, which makes it a strong tool for quality control and failure analysis, and lets parts be checked one by one without scrapping any.',
      },
      parts: [
        {
          id: 'xray-source',
          name: { zh: 'X射线源', en: 'X-ray source' },
          text: {
            zh: '高压加速的电子撞击金属靶，产生X射线。管电压越高，射线越“硬”，能穿透更厚、更致密的材料；焦点越小，图像越清晰。',
            en: 'Electrons driven by a high voltage strike a metal target and give off X-rays. A higher tube voltage makes harder rays that get through thicker, denser material; a smaller focal spot makes a sharper image.',
          },
        },
        {
          id: 'rotary-stage',
          name: { zh: '精密转台', en: 'Rotary stage' },
          text: {
            zh: '托着工件按精确的角度一步步旋转。转轴晃动哪怕很小，也会让重建图像变模糊、尺寸测不准。',
            en: 'Carries the part round in precise angular steps. Even a tiny wobble of the axis blurs the reconstruction and throws off the measured dimensions.',
          },
        },
        {
          id: 'flat-panel-detector',
          name: { zh: '平板探测器', en: 'Flat-panel detector' },
          text: {
            zh: '闪烁体先把X射线变成可见光，下面的像素阵列再把光变成电信号，每个角度记录一幅数字投影图。',
            en: 'A scintillator turns the X-rays into visible light and a pixel array beneath it turns the light into an electrical signal, recording one digital projection at each angle.',
          },
        },
      ],
      citation: venue('工业CT'),
      quote: wuFangdiQuote,
      figures: expoFigures,
      demo: {
        title: {
          zh: '模拟扫描：找出铸铝法兰里的气孔',
          en: 'Simulated scan: finding the pore in a cast aluminium flange',
        },
        intro: {
          zh: '一块铸铝法兰的内部藏着一个气孔，从外面看不出来。演示用计算机模拟它的一个截面从扫描到重建的全过程。',
          en: 'A cast aluminium flange hides a gas pore that cannot be seen from outside. The demo simulates one slice of it, from scan to reconstruction.',
        },
        steps: [
          {
            zh: `转台带着法兰在180°范围内转动，共拍下${ctDefaultAngleCount}个角度的投影，一行行拼成“正弦图”。`,
            en: `The turntable carries the flange through 180°, taking projections at ${ctDefaultAngleCount} angles, which build up row by row into a sinogram.`,
          },
          {
            zh: '每拍一幅投影，就立刻做斜坡滤波并反投影到截面上；滤波锐化边缘，抵消反投影带来的模糊。',
            en: 'Each projection is ramp-filtered and back-projected onto the slice as soon as it is taken; the filter sharpens edges and cancels the blur back-projection would otherwise leave.',
          },
          {
            zh: '随着角度增多，截面图像由模糊渐渐变得清晰，中心孔和螺栓孔显露出来。',
            en: 'As the angles add up, the slice sharpens from a blur; the bore and the bolt holes emerge.',
          },
          {
            zh: '扫描结束后，把重建截面与设计图纸上的法兰对比，金属内部最暗的一处被标记为气孔，并估出它的大小。',
            en: 'When the scan is complete, the slice is compared with the flange as designed; the darkest spot inside the metal is marked as the pore and its size estimated.',
          },
        ],
      },
    },
    {
      id: 'ultrasonic-microscope',
      kind: 'hero',
      zone: 'frontier-showcase',
      title: { zh: '超声显微镜', en: 'Ultrasonic microscope' },
      role: {
        zh: '在材料的微观尺度上找出藏在内部的瑕疵。',
        en: 'Finds flaws hidden inside materials, down to the microscopic scale.',
      },
      measures: {
        zh: '材料和器件内部各层之间的结合情况：分层、空洞、裂纹等缺陷的位置和大小。',
        en: 'How well the buried layers of a material or device are bonded: where delaminations, voids and cracks are, and how large.',
      },
      howItWorks: {
        zh: '聚焦式高频超声换能器（几十到几百兆赫）和样品一起浸在水里，水把声波耦合进样品。换能器发出短促的声脉冲，声波遇到声阻抗不同的界面就反射一部分，回波到达得越晚，界面就越深。只取某一深度对应的时间窗（“门”）内的回波强度，让换能器逐点扫过整个样品，就得到这一层的C扫描图像。固体与空气之间几乎全反射，所以分层和空洞在图上格外亮，回波相位也是反的。',
        en: 'A focused high-frequency transducer (tens to hundreds of megahertz) sits in water with the sample; the water couples the sound into it. The transducer sends short pulses, and every interface between materials of different acoustic impedance reflects part of the wave back: the later an echo arrives, the deeper its interface. Keeping only the echo strength inside a time window (a gate) set to one depth, and stepping the transducer point by point over the sample, builds a C-scan image of that layer. A solid-to-air boundary reflects almost everything, so delaminations and voids show up bright, with the echo phase inverted.',
      },
      whyItMatters: {
        zh: '芯片封装、焊接层和复合材料中的分层与空洞，会在受热、受力后扩大，最终让器件失效。声学扫描不损坏样品就能及早发现这些问题，是电子制造和可靠性检验的常用手段。',
        en: 'Delaminations and voids in chip packages, solder joints and composites grow under heat and stress until the device fails. Acoustic scanning finds them early without harming the sample, which makes it a routine check in electronics manufacturing and reliability testing.',
      },
      parts: [
        {
          id: 'transducer',
          name: { zh: '超声换能器', en: 'Transducer' },
          text: {
            zh: '压电元件既发射也接收高频声脉冲，声透镜把声束会聚到样品内部的某个深度。频率越高，分辨率越高，但能穿透的深度越浅。',
            en: 'A piezoelectric element both sends and receives the high-frequency pulses, and an acoustic lens focuses the beam at a chosen depth in the sample. Higher frequency means finer detail but shallower reach.',
          },
        },
        {
          id: 'water-tank',
          name: { zh: '水槽', en: 'Water tank' },
          text: {
            zh: '样品泡在水中检测。高频超声在空气里几乎传不过去，水却能把声波从换能器顺畅地送进样品。',
            en: 'The sample is inspected under water. High-frequency ultrasound barely travels through air, while water carries it smoothly from the transducer into the sample.',
          },
        },
        {
          id: 'control-station',
          name: { zh: '控制工作站', en: 'Control station' },
          text: {
            zh: '驱动扫描机构带着换能器逐点移动，采集每一点的回波波形（A扫描），再按设定的时间门生成C扫描图像。',
            en: 'Drives the scanner that moves the transducer point by point, records the echo waveform at each point (an A-scan), and turns the gated echoes into a C-scan image.',
          },
        },
      ],
      citation: venue('超声显微镜'),
      quote: wuFangdiQuote,
      figures: expoFigures,
      demo: {
        title: {
          zh: '模拟扫描：芯片封装里的分层',
          en: 'Simulated scan: a delamination inside a chip package',
        },
        intro: {
          zh: '一颗塑封芯片的芯片与焊料粘接层之间有一处分层，焊料层里还有一个小空洞。演示用计算机模拟声学扫描，把它们找出来。',
          en: 'In a moulded chip package the die has come loose from its solder attach in one area, and the solder holds a small void. The demo simulates an acoustic scan that finds both.',
        },
        steps: [
          {
            zh: `${cscan.frequencyMHz}兆赫的换能器隔着约${cscan.waterPathMm}毫米的水发出声脉冲，在每一点记录一条A扫描：封装表面、芯片表面、芯片与粘接层界面的回波按先后排开。`,
            en: `The ${cscan.frequencyMHz} MHz transducer pings through about ${cscan.waterPathMm} mm of water and records an A-scan at each point: echoes from the package surface, the top of the die and the die-to-attach interface arrive one after another.`,
          },
          {
            zh: '把时间门套在芯片与粘接层界面的回波上，只看这一层。',
            en: 'The time gate is set on the die-to-attach echo, so only that layer is imaged.',
          },
          {
            zh: `换能器来回往复，一行一行扫完${cscan.cols}×${cscan.rows}个点，C扫描图随之逐行显现。`,
            en: `The transducer sweeps back and forth, line by line over ${cscan.cols} × ${cscan.rows} points, and the C-scan image fills in line by line.`,
          },
          {
            zh: '扫完后，回波又强、相位又反转的区域被判定为缺陷（背后是空气）：那处分层和那个空洞，并给出它们的位置和面积。',
            en: 'When the raster is done, areas whose echo is both strong and phase-inverted (air behind the interface) are flagged as flaws: the delamination and the void, with their positions and areas.',
          },
        ],
      },
    },
  ],
  'exhibits (src/content/exhibits.ts)',
);

/** The exhibit with this id, or undefined. */
export function findExhibit(id: string): Exhibit | undefined {
  return exhibits.find((e) => e.id === id);
}
