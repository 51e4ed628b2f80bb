import { heroIds } from '../heroes/registry';
import { ctDefaultAngleCount } from '../heroes/industrial-ct/science/ct';
import {
  defaultPulseSeparationS,
  defaultScanPulseSeparationsS,
  recoilVelocityMs,
} from '../heroes/quantum-gravimeter/science/atomInterferometer';
import {
  hengyangNormalGravity,
  hengyangSite,
  normalGravity,
  toMilliGal,
} from '../heroes/quantum-gravimeter/science/gravity';
import {
  acousticMaterials,
  createCscanModel,
  packageLayout,
} from '../heroes/ultrasonic-microscope/science/cscan';
import * as z from 'zod/mini';
import { exhibitsSchema, parseContent } from './schema';
import type { Citation, Exhibit, ExhibitFigure, ExhibitQuote } from './schema';
import { zones } from './zones';

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

/** Free-air gradient of normal gravity at the site, m/s² per metre of height (negative: g falls going up). */
const freeAirGradient =
  normalGravity(site.latitudeDeg, site.elevationM + 1) - normalGravity(site.latitudeDeg, site.elevationM);
/** 1 µGal in m/s². */
const microGalMs2 = 1e-8;
const gradientMilliGalPerM = (-freeAirGradient * 1e5).toFixed(2);
const gradientMicroGalPerCm = (-freeAirGradient * 1e6).toFixed(1);
const microGalHeightMm = ((microGalMs2 / -freeAirGradient) * 1000).toFixed(1);
const microGalInG = ((microGalMs2 / hengyangNormalGravity) * 1e9).toFixed(2);

/** The model value of g at Hengyang, in m/s² (5 decimals, i.e. 1 mGal) and in mGal; computed, not measured. */
const normalGravityFigures: ExhibitFigure[] = [
  {
    label: {
      zh: `衡阳的WGS84正常重力（Somigliana公式加自由空气改正，${siteZh}；模型计算值，非实测）`,
      en: `WGS84 normal gravity at Hengyang (Somigliana formula + free-air correction, ${siteEn}; computed, not measured)`,
    },
    value: { zh: `${hengyangNormalGravity.toFixed(5)} m/s²`, en: `${hengyangNormalGravity.toFixed(5)} m/s²` },
    source: 'computed',
    note: {
      zh: `公式要用椭球面以上的高度；这里以海拔${site.elevationM}米代替，两者相差当地的大地水准面高度，每差1米，正常重力约差${gradientMilliGalPerM}毫伽。`,
      en: `The formula wants the height above the ellipsoid; the ${site.elevationM} m above sea level used here differs from it by the local geoid height, and each metre of difference is worth about ${gradientMilliGalPerM} mGal.`,
    },
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
  {
    label: {
      zh: '1微伽有多小（按衡阳的WGS84正常重力及其自由空气梯度计算）',
      en: 'How small one microgal is (from Hengyang’s WGS84 normal gravity and its free-air gradient)',
    },
    value: {
      zh: `1 µGal = 10⁻⁸ m/s² ≈ ${microGalInG} × 10⁻⁹ g，相当于高度变化约${microGalHeightMm}毫米`,
      en: `1 µGal = 10⁻⁸ m/s² ≈ ${microGalInG} × 10⁻⁹ g, the change over about ${microGalHeightMm} mm of height`,
    },
    source: 'computed',
    note: {
      zh: `高度每升高1厘米，重力约减小${gradientMicroGalPerCm}微伽。真实的原子重力仪准确度约为几微伽；要做到这一点，测量值还得扣除固体潮（一天之内让g起伏，峰峰值可达约0.25毫伽）和气压变化（约0.3微伽/百帕）的影响，并按垂直梯度归算到约定的高度。`,
      en: `Gravity falls by about ${gradientMicroGalPerCm} µGal for every centimetre of height. Real atom gravimeters are accurate to a few µGal; to get there, a reading is corrected for Earth tides (which swing g by up to about 0.25 mGal peak to peak within a day) and for air pressure (about 0.3 µGal per hPa), and referred to an agreed height using the vertical gradient.`,
    },
  },
];

const scanTsMs = defaultScanPulseSeparationsS.map((t) => Math.round(t * 1000));
const finalTMs = Math.round(defaultPulseSeparationS * 1000);
const armSeparationMm = (recoilVelocityMs * defaultPulseSeparationS * 1000).toFixed(1);
const cscan = createCscanModel();
const packageMm = 2 * packageLayout.packageHalfMm;
const dieMm = 2 * packageLayout.dieHalfMm;
const cscanPitchUm = Math.round((packageMm / cscan.cols) * 1000);
const waterWavelengthUm = Math.round(acousticMaterials.water.speedMs / cscan.frequencyMHz);

/** The demo's ultrasound wavelength and scan grid, computed from the C-scan model (the scale of what it shows). */
const cscanFigures: ExhibitFigure[] = [
  {
    label: {
      zh: `演示中${cscan.frequencyMHz}兆赫超声在水中的波长（声速${acousticMaterials.water.speedMs} m/s）`,
      en: `Wavelength of the demo’s ${cscan.frequencyMHz} MHz ultrasound in water (sound speed ${acousticMaterials.water.speedMs} m/s)`,
    },
    value: { zh: `约${waterWavelengthUm} µm`, en: `About ${waterWavelengthUm} µm` },
    source: 'computed',
    note: {
      zh: `横向分辨率大致是波长乘以声透镜的F数：${cscan.frequencyMHz}兆赫时为几十微米；几百兆赫的换能器可达几微米，但声波穿透得更浅。`,
      en: `Lateral resolution is roughly the wavelength times the lens’s f-number: tens of micrometres at ${cscan.frequencyMHz} MHz; transducers of several hundred MHz reach a few micrometres, but the sound reaches less deep.`,
    },
  },
  {
    label: { zh: '演示的扫描网格（模拟）', en: 'The demo’s scan grid (simulated)' },
    value: {
      zh: `${cscan.cols} × ${cscan.rows}点，步距${cscanPitchUm} µm，覆盖${packageMm} × ${packageMm} mm的封装（芯片${dieMm} × ${dieMm} mm）`,
      en: `${cscan.cols} × ${cscan.rows} points ${cscanPitchUm} µm apart, over a ${packageMm} × ${packageMm} mm package (die ${dieMm} × ${dieMm} mm)`,
    },
    source: 'computed',
    note: {
      zh: `演示图像的细节受${cscanPitchUm}微米步距的限制；真实的${cscan.frequencyMHz}兆赫扫描通常步距更小，图像更细。`,
      en: `The demo image’s detail is limited by its ${cscanPitchUm} µm step; a real ${cscan.frequencyMHz} MHz scan usually steps more finely and shows more.`,
    },
  },
];

/** Every info panel, validated on load: the frontier instruments, then the zones' exhibits. */
export const exhibits: readonly Exhibit[] = parseContent(
  exhibitsSchema.check(
    z.superRefine((list, ctx) => {
      const zoneIds = new Set<string>(zones.map((zone) => zone.id));
      list.forEach((exhibit, i) => {
        if (!zoneIds.has(exhibit.zone))
          ctx.addIssue({ code: 'custom', path: [i, 'zone'], message: `unknown zone ${exhibit.zone}` });
      });
      const heroes = list.filter((e) => e.kind === 'hero').map((e) => e.id);
      if (heroes.join() !== heroIds.join())
        ctx.addIssue({
          code: 'custom',
          path: [],
          message: `hero exhibits must be ${heroIds.join(', ')} (heroes/registry.ts) in that order, got ${heroes.join(', ')}`,
        });
    }),
  ),
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
          zh: '演示把衡阳的WGS84正常重力定为模拟的设定值，模拟一台冷原子重力仪的工作过程。数据带有模拟噪声，是计算机仿真，不是实测。真实的仪器还要扣除固体潮、气压和垂直梯度的影响，准确度约为几微伽。',
          en: 'The demo gives the simulation the WGS84 normal gravity at Hengyang as its set value and simulates a cold-atom gravimeter at work. Its data carry simulated noise: a computer simulation, not a measurement. A real instrument also corrects for Earth tides, air pressure and the vertical gradient, and is accurate to a few µGal.',
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
        zh: 'X射线管发出锥形的射线束，穿过放在转台上的工件，另一侧的平板探测器记下每条射线被削弱了多少，得到一幅二维投影。转台转满一周（360°），收集几百到上千个角度的投影。计算机用FDK算法重建，这是滤波反投影在锥形束下的形式：先给每幅投影加权并做斜坡滤波，再沿射线原路“反投影”回工件所在的空间叠加，一次还原出整个三维体积里各点对X射线的衰减。气孔里几乎没有材料，在图上比周围的金属更暗。',
        en: 'An X-ray tube sends a cone-shaped beam through the part on a turntable, and a flat-panel detector on the far side records how much each ray was weakened: one 2D projection. The turntable turns through a full circle (360°), gathering projections from hundreds to thousands of angles. The computer reconstructs with the FDK (Feldkamp–Davis–Kress) algorithm, filtered back-projection for a cone beam: it weights and ramp-filters each projection and smears it back along the paths the rays took, recovering in one go how strongly every point of the whole 3D volume absorbs X-rays. A gas pore holds almost no material, so it shows darker than the metal around it.',
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
            zh: 'X射线管里，高压加速的电子撞击金属靶，产生X射线。管电压越高，射线越“硬”，能穿透更厚、更致密的材料；焦点越小，图像越清晰。',
            en: 'Inside the X-ray tube, electrons driven by a high voltage strike a metal target and give off X-rays. A higher tube voltage makes harder rays that get through thicker, denser material; a smaller focal spot makes a sharper image.',
          },
        },
        {
          id: 'rotary-stage',
          name: { zh: '精密转台', en: 'Precision turntable' },
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
          zh: '一块铸铝法兰的内部藏着一个气孔，从外面看不出来。演示用计算机模拟它的一个截面从扫描到重建的全过程。这是简化的模型：平行射线束，只重建一个截面，转过180°就够了（平行束下，相差180°的两个角度照到的是同一组射线，只是方向相反）；真实的锥束CT要转满360°，重建整个体积。',
          en: 'A cast aluminium flange hides a gas pore that cannot be seen from outside. The demo simulates one slice of it, from scan to reconstruction. It is a simplified model: a parallel beam and a single slice, for which 180° of rotation is enough (with parallel rays, angles 180° apart see the same rays from opposite sides); a real cone-beam CT turns through 360° and reconstructs the whole volume.',
        },
        steps: [
          {
            zh: `转台带着法兰转过180°，共拍下${ctDefaultAngleCount}个角度的平行束投影，一行行拼成“正弦图”。`,
            en: `The turntable carries the flange through 180°, taking parallel-beam projections at ${ctDefaultAngleCount} angles, which build up row by row into a sinogram.`,
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
        zh: '聚焦式高频超声换能器（几十到几百兆赫）和样品一起浸在水里，水把声波耦合进样品。换能器发出短促的声脉冲，声波遇到声阻抗不同的界面就反射一部分，回波到达得越晚，界面就越深。只取某一深度对应的时间闸门内的回波强度，让换能器逐点扫过整个样品，就得到这一层的C扫描图像。固体与空气之间几乎全反射，所以分层和空洞在图上格外亮，回波相位也是反的。',
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
            zh: '驱动扫描机构带着换能器逐点移动，采集每一点的回波波形（A扫描），再按设定的时间闸门生成C扫描图像。',
            en: 'Drives the scanner that moves the transducer point by point, records the echo waveform at each point (an A-scan), and turns the gated echoes into a C-scan image.',
          },
        },
      ],
      citation: venue('超声显微镜'),
      quote: wuFangdiQuote,
      figures: [...cscanFigures, ...expoFigures],
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
            zh: '把时间闸门套在芯片与粘接层界面的回波上，只看这一层。',
            en: 'The time gate is set on the die-to-attach echo, so only that layer is imaged.',
          },
          {
            zh: `换能器来回往复，以${cscanPitchUm}微米的步距一行一行扫完${cscan.cols}×${cscan.rows}个点，C扫描图随之逐行显现。`,
            en: `The transducer sweeps back and forth, line by line over ${cscan.cols} × ${cscan.rows} points ${cscanPitchUm} µm apart, and the C-scan image fills in line by line.`,
          },
          {
            zh: '扫完后，回波又强、相位又反转的区域被判定为缺陷（背后是空气）：那处分层和那个空洞，并给出它们的位置和面积。',
            en: 'When the raster is done, areas whose echo is both strong and phase-inverted (air behind the interface) are flagged as flaws: the delamination and the void, with their positions and areas.',
          },
        ],
      },
    },
    {
      id: 'smart-weighing-park',
      kind: 'zone',
      zone: 'smart-weighing-park',
      title: { zh: '衡阳智能衡器计量产业园', en: 'Hengyang Smart Weighing & Metrology Industrial Park' },
      role: {
        zh: '“进三”里打头阵的新兴产业：让秤更聪明，让计量成为一门产业。',
        en: 'The front-runner of the three emerging industries: making scales smarter and turning metrology into an industry of its own.',
      },
      measures: {
        zh: '建设智能衡器计量产业园，是省里交给衡阳的任务，这一产业也被列入了全省的重点产业链。衡阳这一产业的规模已越过200亿元，布局概括为“一区两基地”。',
        en: 'Building a smart weighing and metrology industrial park is a task the province gave Hengyang, and the industry is one of the province’s key industrial chains. The city’s industry has passed 20 billion yuan and is laid out as “one zone, two bases”.',
      },
      howItWorks: {
        zh: '智能衡器的核心通常是称重传感器：弹性体受压后产生微小形变，贴在上面的应变片电阻随之改变，电桥把这一变化转成电压，再经放大、模数转换和标定，就成了屏幕上的重量读数。“智能”在于读数可以自动记录、联网上传并自我诊断。秤要可信，还得定期用标准砝码检定，量值一级级溯源到质量基准。',
        en: 'At the heart of a smart scale there is usually a load cell: a metal body flexes very slightly under load, strain gauges bonded to it change resistance, and a bridge circuit turns that into a voltage which is amplified, digitised and calibrated into the weight you read. “Smart” means the reading can be logged, sent over a network and self-checked. To be trusted, a scale is verified regularly with standard weights, so its readings trace step by step back to the national mass standard.',
      },
      whyItMatters: {
        zh: '贸易结算、物流、生产配料都离不开称重，称得准直接关系公平和质量。展会之后，在2025年12月20日又有20家单位集中签约进园，业务涵盖检验检测、标准物质和公共服务平台等方向，其中有工信部电子五所、中国计量大学、奋拓科技与汉树物联，补上了研发、标准和检测等环节。',
        en: 'Trade, logistics and batching in factories all depend on weighing, and an accurate scale is a matter of fairness and quality. After the expo, on 20 December 2025, twenty organisations in testing and inspection, public service platforms and reference materials signed up together to move into the park, among them China Jiliang University, the Fifth Electronics Research Institute of MIIT (the Ministry of Industry and Information Technology), Fentuo Technology and Hanshu IoT, filling gaps in research, standards and testing.',
      },
      parts: [],
      citation: { section: 'strategy', paragraph: 3, anchor: '一区两基地' },
      figures: [
        {
          label: {
            zh: '衡阳智能衡器计量产业的规模',
            en: 'Size of the city’s smart weighing and metrology industry',
          },
          value: { zh: '突破200亿元', en: 'Over 20 billion yuan' },
          source: 'article',
          match: '200亿元',
        },
        {
          label: { zh: '产业布局', en: 'Layout of the industry' },
          value: { zh: '“一区两基地”', en: '“One zone, two bases”' },
          source: 'article',
          match: '一区两基地',
        },
        {
          label: { zh: '园区集中签约日期', en: 'Date of the park’s joint signing ceremony' },
          value: { zh: '2025年12月20日', en: '20 December 2025' },
          source: 'article',
          match: '2025年12月20日',
          citation: { section: 'fusion', paragraph: 2, anchor: '2025年12月20日' },
        },
        {
          label: { zh: '签约入园的企业和单位', en: 'Organisations signed into the park' },
          value: { zh: '20家', en: '20' },
          source: 'article',
          match: '20家',
          citation: { section: 'fusion', paragraph: 2, anchor: '入园企业集中签约仪式' },
        },
      ],
    },
    {
      id: 'chuanshan-time-valley',
      kind: 'zone',
      zone: 'chuanshan-time-valley',
      title: { zh: '船山时间谷', en: 'Chuanshan Time Valley' },
      role: {
        zh: '衡阳的钟表产业聚集地，已获“中国钟表产业基地”称号。',
        en: 'Where Hengyang’s clock and watch makers gather, now holding the title “China Clock and Watch Industry Base”.',
      },
      measures: {
        zh: '船山时间谷被评为“中国钟表产业基地”，这是“稳五”成绩单上的一项。在湖南省的产业集群竞赛中，衡阳县的钟表集群是衡阳胜出的5个集群之一。',
        en: 'Chuanshan Time Valley has been named “China Clock and Watch Industry Base”, one of the results of the “stabilise five” strategy. In Hunan’s provincial cluster contest, the Hengyang County clock cluster was one of five Hengyang clusters that won.',
      },
      howItWorks: {
        zh: '钟表就是计时的计量器具：用一个频率稳定的振荡器“数”时间。机械表靠摆轮和游丝来回摆动，由擒纵机构一格一格放走发条的能量；石英表让石英晶体在电场中以每秒32768次振动，电路把它二分十五次得到一秒。振荡越稳定，走时越准；原子钟则以原子跃迁的频率为尺，是秒的定义所在。',
        en: 'A clock is a measuring instrument for time: it counts the swings of a stable oscillator. A mechanical watch uses a balance wheel and hairspring, with an escapement letting the mainspring’s energy out one tick at a time; a quartz watch makes a crystal vibrate 32,768 times a second and halves that fifteen times to get one second. The steadier the oscillator, the better the timekeeping; atomic clocks use the frequency of an atomic transition, which is how the second itself is defined.',
      },
      whyItMatters: {
        zh: '时间是测得最准的物理量，通信、导航、电网和金融交易都要求各地时钟彼此同步。钟表产业把精密加工和计时技术带进日常生活，也是衡阳“稳五”基本盘中有特色的一块。',
        en: 'Time is the most precisely measured quantity there is, and communications, navigation, power grids and financial trading all need clocks that agree with one another. The clock industry brings precision machining and timekeeping into daily life, and is a distinctive piece of the base Hengyang is consolidating.',
      },
      parts: [],
      citation: { section: 'strategy', paragraph: 2, anchor: '中国钟表产业基地' },
      figures: [
        {
          label: { zh: '获评称号', en: 'Title awarded' },
          value: { zh: '中国钟表产业基地', en: 'China Clock and Watch Industry Base' },
          source: 'article',
          match: '中国钟表产业基地',
        },
        {
          label: {
            zh: '湖南省产业集群竞赛里胜出的衡阳集群',
            en: 'Hengyang clusters that won the Hunan provincial cluster contest',
          },
          value: { zh: '5个（含衡阳县钟表）', en: '5 (including the Hengyang County clock cluster)' },
          source: 'article',
          match: '5个产业集群',
        },
      ],
    },
    {
      id: 'changning-nonferrous',
      kind: 'zone',
      zone: 'changning-nonferrous',
      title: { zh: '常宁铜铅锌材料产业集群', en: 'Changning Copper, Lead & Zinc Materials Cluster' },
      role: {
        zh: '新近跻身“国家队”的有色金属材料集群。',
        en: 'A non-ferrous materials cluster that has newly joined the “national team”.',
      },
      measures: {
        zh: '常宁市的铜、铅、锌材料产业集群新近跻身“国家队”。它所属的钢管及有色金属产业，是衡阳要巩固提升的五大优势产业之一。',
        en: 'Changning’s copper, lead and zinc materials cluster has newly joined the “national team”. Its field, steel pipes and non-ferrous metals, is one of the five established industries Hengyang means to consolidate.',
      },
      howItWorks: {
        zh: '有色金属材料的价值取决于纯度和成分，这离不开化学和物理测量。常见的做法有：X射线荧光光谱仪用X射线激发样品，根据各元素发出的特征荧光判断含量；火花直读光谱仪用电火花把金属局部汽化，分析发出的光谱；电感耦合等离子体质谱则能测出百万分之一以下的微量杂质。测量结果要用有证标准物质来校准，才能在买卖双方之间互认。',
        en: 'What a non-ferrous metal is worth depends on its purity and composition, and that comes down to chemical and physical measurement. Common methods: an X-ray fluorescence spectrometer excites the sample with X-rays and reads each element’s content from its characteristic glow; a spark optical emission spectrometer vaporises a spot of metal with a spark and analyses the light; ICP mass spectrometry finds trace impurities below one part per million. The results are calibrated against certified reference materials so that buyer and seller can both accept them.',
      },
      whyItMatters: {
        zh: '铜、铅、锌是电线电缆、蓄电池、镀锌钢材等的基础原料。成分测得准，冶炼和加工才能控得住质量，也才能把资源回收利用做精。',
        en: 'Copper, lead and zinc are the raw materials of cables, batteries and galvanised steel. Only when composition is measured accurately can smelting and processing hold their quality, and recycling get the most out of the metal.',
      },
      parts: [],
      citation: { section: 'captions', paragraph: 4, anchor: '常宁市铜铅锌材料产业集群' },
      figures: [
        {
          label: { zh: '配图说明中的身份', en: 'Status given in the photo caption' },
          value: { zh: '新晋“国家队”', en: 'New member of the “national team”' },
          source: 'article',
          match: '新晋“国家队”',
        },
        {
          label: { zh: '所属优势产业', en: 'Established industry it belongs to' },
          value: { zh: '钢管及有色金属', en: 'Steel pipes and non-ferrous metals' },
          source: 'article',
          match: '钢管及有色金属',
          citation: { section: 'strategy', paragraph: 2, anchor: '钢管及有色金属' },
        },
      ],
    },
    {
      id: 'strategy-wall',
      kind: 'zone',
      zone: 'strategy-wall',
      title: { zh: '“稳五进三布二”战略墙', en: 'Strategy wall: stabilise five, advance three, plant two' },
      role: {
        zh: '一面墙看懂衡阳的现代化产业体系：五个稳住，三个做强，两个培育。',
        en: 'Hengyang’s industrial system on one wall: five industries to hold steady, three to build up, two to seed.',
      },
      measures: {
        zh: '“稳五”是五大优势产业：输变电装备，钢管及有色金属，盐卤化工，电子信息，食品加工。“进三”是三大新兴产业：智能衡器计量，数字经济，资源循环利用。“布二”是两大未来产业：具身智能与核技术应用。这一蓝图由市政府参事晏华衡在采访中介绍。',
        en: 'Stabilise five: the established industries of power transmission and transformation equipment, steel pipes and non-ferrous metals, salt and brine chemicals, electronic information, and food processing. Advance three: the emerging industries of smart weighing and metrology, the digital economy, and resource recycling. Plant two: the future industries of embodied intelligence and nuclear technology applications. Yan Huaheng, counsellor to the city government, outlined the plan in an interview.',
      },
      howItWorks: {
        zh: '三个层次分工不同：“稳五”守住存量、推动传统产业升级，“进三”培育增量、打造增长引擎，“布二”提前储备未来的发展方向。报道认为，“两会一展”正好对应这三层：顶尖计量技术服务传统产业改造，展会本身是智能计量产业的展示和招商平台，汇聚的前沿思想又为未来产业播种。',
        en: 'The three tiers do different jobs: the five hold and upgrade what the city already has, the three grow new engines of growth, and the two prepare for what comes next. In the article’s reading the conferences and expo map onto all three: top metrology serves the upgrading of traditional industry, the expo itself showcases and recruits for the smart-metrology industry, and the ideas it gathered feed the future industries.',
      },
      whyItMatters: {
        zh: '战略并不平均用力，而是分清升级、崛起和储备的节奏。成绩已经可见：15条重点产业链上规模以上企业的产值增长了9.0%，衡阳有5个产业集群在全省产业集群竞赛中胜出，智能衡器计量产业规模超过200亿元。',
        en: 'The plan does not spread effort evenly; it sets a different pace for upgrading, rising and preparing. Results are already visible: the output of industrial enterprises above designated size on the 15 key industrial chains grew 9.0%, five Hengyang clusters won the provincial cluster contest, and smart weighing and metrology passed 20 billion yuan.',
      },
      parts: [
        {
          id: 'stabilise-five',
          name: { zh: '稳五', en: 'Stabilise five' },
          text: {
            zh: '五个已成规模的优势产业，任务是守住并提升，稳住全市产业集群的底盘。“稳”的分量有几组数字为证：重点产业链的增长、省里集群竞赛的胜出，以及园区和船山时间谷获得的称号。',
            en: 'Five industries the city is already strong in, to be held and upgraded as the base of its clusters. Figures show what “steady” means: growth on the key chains, wins in the provincial cluster contest, and titles for its parks and for Chuanshan Time Valley.',
          },
          citation: { section: 'strategy', paragraph: 2, anchor: '五大优势产业' },
          items: [
            { zh: '输变电装备', en: 'Power transmission and transformation equipment' },
            { zh: '钢管及有色金属', en: 'Steel pipes and non-ferrous metals' },
            { zh: '盐卤化工', en: 'Salt and brine chemicals' },
            { zh: '电子信息', en: 'Electronic information' },
            { zh: '食品加工', en: 'Food processing' },
          ],
        },
        {
          id: 'advance-three',
          name: { zh: '进三', en: 'Advance three' },
          text: {
            zh: '三个新兴产业要加力做大，成为新的增长引擎。打头阵的是智能衡器计量：省里把建设产业园的任务交给衡阳，并把它列进全省的重点产业链，全市规模已越过200亿元。',
            en: 'Three emerging industries to be built up into new engines of growth. Smart weighing and metrology leads: the province gave Hengyang the task of building its industrial park and listed it among the province’s key chains, and the city’s industry has passed 20 billion yuan.',
          },
          citation: { section: 'strategy', paragraph: 3, anchor: '三大新兴产业' },
          items: [
            { zh: '智能衡器计量', en: 'Smart weighing and metrology' },
            { zh: '数字经济', en: 'Digital economy' },
            { zh: '资源循环利用', en: 'Resource recycling' },
          ],
        },
        {
          id: 'plant-two',
          name: { zh: '布二', en: 'Plant two' },
          text: {
            zh: '两个未来产业要提前播种培育，抢先占住发展的高地。报道提醒，这一步既要胆识，也要像计量那样准的眼光，还要耐心。',
            en: 'Two future industries to be seeded and raised early, to take the high ground. The article notes that this takes courage, an eye as exact as measurement, and patience.',
          },
          citation: { section: 'strategy', paragraph: 4, anchor: '两大未来产业' },
          items: [
            { zh: '具身智能', en: 'Embodied intelligence' },
            { zh: '核技术应用', en: 'Nuclear technology applications' },
          ],
        },
      ],
      citation: { section: 'strategy', paragraph: 1, anchor: '稳五进三布二' },
      figures: [
        {
          label: { zh: '重点产业链', en: 'Key industrial chains' },
          value: { zh: '15条', en: '15' },
          part: 'stabilise-five',
          source: 'article',
          match: '15条重点产业链',
          citation: { section: 'strategy', paragraph: 2, anchor: '15条重点产业链' },
        },
        {
          label: {
            zh: '重点产业链上规模以上企业的产值增速',
            en: 'Output growth of industrial enterprises above designated size on the key chains',
          },
          value: { zh: '9.0%', en: '9.0%' },
          part: 'stabilise-five',
          source: 'article',
          match: '9.0%',
          citation: { section: 'strategy', paragraph: 2, anchor: '15条重点产业链' },
        },
        {
          label: { zh: '省产业集群竞赛胜出集群', en: 'Clusters that won the provincial contest' },
          value: {
            zh: '5个：智能衡器计量（衡阳市），泵业制造（衡东县），钟表（衡阳县），绿色造纸与纸品加工（耒阳市），牛仔服饰（常宁市）',
            en: '5: smart weighing & metrology (Hengyang city), pumps (Hengdong County), clocks (Hengyang County), green paper-making (Leiyang), denim clothing (Changning)',
          },
          part: 'stabilise-five',
          source: 'article',
          match: '5个产业集群',
          citation: { section: 'strategy', paragraph: 2, anchor: '湖南省产业集群竞赛' },
        },
        {
          label: { zh: '智能衡器计量产业规模', en: 'Smart weighing and metrology industry' },
          value: { zh: '突破200亿元', en: 'Over 20 billion yuan' },
          part: 'advance-three',
          source: 'article',
          match: '200亿元',
          citation: { section: 'strategy', paragraph: 3, anchor: '一区两基地' },
        },
        {
          label: { zh: '智能衡器计量的产业布局', en: 'Layout of smart weighing and metrology' },
          value: { zh: '“一区两基地”', en: '“One zone, two bases”' },
          part: 'advance-three',
          source: 'article',
          match: '一区两基地',
          citation: { section: 'strategy', paragraph: 3, anchor: '一区两基地' },
        },
        {
          label: { zh: '衡东泵业的全国市场份额', en: 'Hengdong pumps’ share of the national market' },
          value: { zh: '约一半', en: 'About half' },
          part: 'advance-three',
          source: 'article',
          match: '半壁江山',
          citation: { section: 'strategy', paragraph: 3, anchor: '衡东泵业制造' },
        },
      ],
    },
    {
      id: 'innovation-results',
      kind: 'zone',
      zone: 'innovation-results',
      title: { zh: '创新成果', en: 'Innovation results' },
      role: {
        zh: '从技术应用走向源头创新：衡阳近年的几项代表性成果。',
        en: 'From applying technology to originating it: some of Hengyang’s recent landmark results.',
      },
      measures: {
        zh: '代表性的成果有：首台功率100千瓦的工业光纤激光器；一款肝癌诊断试剂盒，拥有完全自主知识产权；特高压输变电装备集群被评为“国家先进制造业集群”。国家企业技术中心和省级制造业创新中心这类平台也在加速建设。',
        en: 'Landmark results: the first 100 kW industrial fibre laser; a liver-cancer diagnostic kit with fully independent intellectual property; and the ultra-high-voltage (UHV) transmission and transformation equipment cluster, named a national advanced manufacturing cluster. Platforms such as national enterprise technology centres and provincial manufacturing innovation centres are being built faster.',
      },
      howItWorks: {
        zh: '光纤激光器把掺稀土元素（常用镱）的光纤作为增益介质，由半导体激光器泵浦，光纤两端的光栅构成谐振腔；多路合束可把功率推到数十千瓦以上，用于厚板切割和焊接。诊断试剂盒一般利用抗体与血液中标志物的特异结合，把含量变成可读的信号。特高压指交流1000千伏、直流正负800千伏及以上的输电等级，能把电力低损耗地远距离输送。这三者都要靠精确计量：激光功率、试剂的检测限、高电压和大电流都需要可溯源的测量。',
        en: 'A fibre laser uses optical fibre doped with a rare earth (usually ytterbium) as its gain medium, pumped by diode lasers, with gratings written into the fibre forming the cavity; combining many such lasers pushes the power to tens of kilowatts and more, for cutting and welding thick plate. A diagnostic kit generally relies on antibodies binding specifically to a marker in the blood, turning its concentration into a readable signal. Ultra-high voltage means transmission at 1,000 kV AC or ±800 kV DC and above, carrying power far with low losses. All three depend on accurate measurement: laser power, a test’s detection limit, very high voltages and currents all need traceable measurements.',
      },
      whyItMatters: {
        zh: '报道把这些成果看作“城市能级跃迁”的证据：优势产业走向全球价值链的中高端，创新从引进应用转向源头突破，“衡阳造”参与到国家重大工程之中。',
        en: 'The article reads these results as evidence of the city moving up a level: its leading industries climbing to the middle and upper end of global value chains, innovation shifting from adoption to breakthroughs at the source, and Hengyang-made equipment taking part in major national projects.',
      },
      parts: [],
      citation: { section: 'logic', paragraph: 5, anchor: '首台100千瓦工业光纤激光器' },
      figures: [
        {
          label: { zh: '首台工业光纤激光器的功率', en: 'Power of the first industrial fibre laser' },
          value: { zh: '100千瓦', en: '100 kW' },
          source: 'article',
          match: '100千瓦',
        },
        {
          label: { zh: '肝癌诊断试剂盒的知识产权', en: 'Intellectual property of the liver-cancer kit' },
          value: { zh: '完全自主', en: 'Fully independent' },
          source: 'article',
          match: '完全自主知识产权',
        },
        {
          label: {
            zh: '特高压输变电装备集群获评',
            en: 'UHV transmission and transformation equipment cluster named',
          },
          value: { zh: '国家先进制造业集群', en: 'National advanced manufacturing cluster' },
          source: 'article',
          match: '国家先进制造业集群',
          citation: { section: 'logic', paragraph: 4, anchor: '特高压输变电装备集群' },
        },
      ],
    },
    {
      id: 'two-conferences',
      kind: 'zone',
      zone: 'conference-venue',
      title: { zh: '两会：计量工作座谈会与产业计量融合创新会', en: 'The two conferences' },
      role: {
        zh: '“两会一展”中的“两会”：全国计量工作座谈会和全国产业计量融合创新会。',
        en: 'The two conferences of the event: the National Metrology Work Symposium and the National Industrial Metrology Integration and Innovation Conference.',
      },
      measures: {
        zh: '2025年11月，这两场全国性会议与第二届计量仪器装备展一起在衡阳举行，参展商和与会者评价很高。吴方迪（中国计量协会理事长）用一句话点明了计量的分量，报道把计量比作工业的眼睛和神经。',
        en: 'In November 2025 these two national meetings took place in Hengyang together with the 2nd Metrology Instrument and Equipment Expo, and exhibitors and participants rated them highly. Wu Fangdi, President of the China Metrology Association, summed up in one sentence why measurement matters; the article calls metrology the “eyes” and “nerves” of industry.',
      },
      howItWorks: {
        zh: '产业计量关注的是“测量服务生产”：把国家计量基准的量值，经过各级标准和校准，一级级传递到车间里的量具和传感器上，让每个零件的尺寸、每台设备的参数都有可信的依据。第二场会议的名字就点出了目标：让计量与产业深度融合。',
        en: 'Industrial metrology is about measurement serving production: carrying the values of the national standards down, through each level of standards and calibration, to the gauges and sensors on the shop floor, so that every part’s dimensions and every machine’s settings rest on something trustworthy. The second conference carries the aim in its name: to merge metrology with industry.',
      },
      whyItMatters: {
        zh: '对衡阳来说，这不只是一次引进行业顶级资源的机会，也是向全国表明产业升级的决心与路径。这次盛会还为衡阳争取到跻身产业计量融合创新试点城市行列的机会。',
        en: 'For Hengyang this was more than a chance to bring in top resources of the field: it showed the whole country how the city means to upgrade its industry. The event also won Hengyang a valuable opportunity: to be included among the pilot cities for integrating metrology with industry.',
      },
      parts: [],
      citation: { section: 'gathering', paragraph: 3, anchor: '全国产业计量融合创新会' },
      quote: wuFangdiQuote,
      figures: [
        {
          label: { zh: '会议举办时间', en: 'When the conferences took place' },
          value: { zh: '2025年11月', en: 'November 2025' },
          source: 'article',
          match: '2025年11月',
        },
        {
          label: { zh: '衡阳赢得的机遇', en: 'The opportunity Hengyang won' },
          value: {
            zh: '跻身“产业计量融合创新试点城市”行列',
            en: 'To join the pilot cities for integrating metrology with industry',
          },
          source: 'article',
          match: '产业计量融合创新试点城市',
        },
      ],
    },
  ],
  'exhibits (src/content/exhibits.ts)',
);

/** The exhibit with this id, or undefined. */
export function findExhibit(id: string): Exhibit | undefined {
  return exhibits.find((e) => e.id === id);
}
