import type { InstrumentCategory } from './schema';
import { instrumentCategoriesSchema, parseContent } from './schema';

/** Ids of the generic instrument categories, in display order (layout tables are keyed by these). */
export const instrumentCategoryIds = [
  'cmm',
  'platform-scale',
  'precision-balance',
  'calibration-bench',
  'signal-rack',
  'pressure-calibrator',
  'spectrometer',
  'time-frequency-rack',
  'environmental-chamber',
  'laser-tracker',
  'hardness-tester',
  'electrical-calibrator',
  'watch-timer',
] as const;

/** Id of a generic instrument category. */
export type InstrumentCategoryId = (typeof instrumentCategoryIds)[number];

/** A category whose id is known to be one of instrumentCategoryIds (checked below, at load). */
export type TypedCategory = InstrumentCategory & { id: InstrumentCategoryId };

/**
 * The generic instruments that fill the booths. Labels are generic kinds of instrument typical of a
 * metrology expo, never a brand or a model; the card says what the kind of instrument measures or is for.
 */
export const instrumentCategories: readonly TypedCategory[] = parseContent(
  instrumentCategoriesSchema,
  [
    {
      id: 'cmm',
      name: { zh: '三坐标测量机', en: 'Coordinate measuring machine' },
      card: {
        zh: '测头沿三根互相垂直的轴移动，逐点触碰工件表面，由坐标算出尺寸、形状和位置误差，是机械加工质量检验的常用设备。',
        en: 'A probe travels along three perpendicular axes and touches a part point by point; from the coordinates it works out sizes, form and position errors. A workhorse of machining quality control.',
      },
      size: 'large',
    },
    {
      id: 'platform-scale',
      name: { zh: '电子平台秤', en: 'Platform scale' },
      card: {
        zh: '秤台下的称重传感器把重量变成电信号，由称重仪表显示读数，用于仓储、物流和生产线上的中大件称量。',
        en: 'Load cells under the platform turn weight into an electrical signal that the indicator reads out; used for medium and heavy goods in warehouses, logistics and production lines.',
      },
      size: 'floor',
    },
    {
      id: 'precision-balance',
      name: { zh: '精密天平', en: 'Precision balance' },
      card: {
        zh: '带防风罩的实验室天平，可称到毫克甚至更小的量级，多采用电磁力平衡原理，需用标准砝码定期校准。',
        en: 'A laboratory balance with a draught shield that weighs to a milligram or finer, usually by electromagnetic force restoration; it is checked regularly against standard weights.',
      },
      size: 'bench',
    },
    {
      id: 'calibration-bench',
      name: { zh: '多功能校准台', en: 'Calibration bench' },
      card: {
        zh: '把标准器和被校仪表放在同一工作台上逐一比对，记录偏差并给出校准结果，让现场仪表的量值能溯源到国家计量基准。',
        en: 'A workbench where field instruments are compared one by one with reference standards and their deviations recorded, so that their readings trace back to the national standards.',
      },
      size: 'floor',
    },
    {
      id: 'signal-rack',
      name: { zh: '示波器与信号分析机柜', en: 'Oscilloscope & signal analysis rack' },
      card: {
        zh: '机柜里装有示波器、信号源和频谱分析仪，用来观察电信号的波形、频率和噪声，服务电子信息产品的研发与检测。',
        en: 'A rack of oscilloscopes, signal generators and spectrum analysers that shows the waveform, frequency and noise of electrical signals, for developing and testing electronics.',
      },
      size: 'floor',
    },
    {
      id: 'pressure-calibrator',
      name: { zh: '压力校验仪', en: 'Pressure calibrator' },
      card: {
        zh: '用手泵或内置泵造出稳定的压力，与高准确度压力模块的读数比对，检定压力表和压力变送器。',
        en: 'Builds up a steady pressure with a hand or built-in pump and compares a pressure gauge or transmitter with a high-accuracy pressure module.',
      },
      size: 'bench',
    },
    {
      id: 'spectrometer',
      name: { zh: '直读光谱仪', en: 'Optical emission spectrometer' },
      card: {
        zh: '用电火花激发金属样品发光，按谱线的波长和强度测出各元素的含量，适合冶炼和铸造现场的快速成分分析。',
        en: 'A spark makes a metal sample glow; the wavelengths and strengths of its spectral lines give the amount of each element, for fast composition checks in smelters and foundries.',
      },
      size: 'floor',
    },
    {
      id: 'time-frequency-rack',
      name: { zh: '时间频率标准机柜', en: 'Time & frequency standard rack' },
      card: {
        zh: '以原子钟或卫星驯服振荡器为核心，输出高度稳定的频率和时间信号，用于校准计时器、频率计和各类钟表。',
        en: 'Built around an atomic clock or a satellite-disciplined oscillator, it delivers very stable frequency and time signals for calibrating timers, frequency counters and clocks.',
      },
      size: 'floor',
    },
    {
      id: 'environmental-chamber',
      name: { zh: '环境试验箱', en: 'Environmental test chamber' },
      card: {
        zh: '在箱内精确控制温度和湿度，考察产品在高温、低温或潮湿条件下能否正常工作、测量是否依然准确。',
        en: 'Holds a precisely controlled temperature and humidity inside, to find out whether a product still works, and still measures correctly, when it is hot, cold or damp.',
      },
      size: 'large',
    },
    {
      id: 'laser-tracker',
      name: { zh: '激光跟踪仪', en: 'Laser tracker' },
      card: {
        zh: '激光束跟随移动的靶球，由距离和两个角度求出它的空间坐标，可在数十米范围内测量大型部件和装配工装。',
        en: 'A laser beam follows a moving target sphere; its distance and two angles give the position in space, so large parts and assembly jigs can be measured over tens of metres.',
      },
      size: 'floor',
    },
    {
      id: 'hardness-tester',
      name: { zh: '硬度计', en: 'Hardness tester' },
      card: {
        zh: '以规定的试验力把压头压入材料表面，由压痕的深度或大小换算出硬度，是检验金属材料和热处理质量的基本手段。',
        en: 'Presses an indenter into the surface with a set force and turns the depth or size of the dent into a hardness value: a basic check of metals and of heat treatment.',
      },
      size: 'bench',
    },
    {
      id: 'electrical-calibrator',
      name: { zh: '多功能电学校准源', en: 'Multifunction electrical calibrator' },
      card: {
        zh: '输出准确的电压、电流和电阻等标准量，用来校准万用表、电能表以及电力系统中的各种测量仪表。',
        en: 'Sources accurate voltage, current and resistance to calibrate multimeters, energy meters and the measuring instruments of power systems.',
      },
      size: 'bench',
    },
    {
      id: 'watch-timer',
      name: { zh: '校表仪', en: 'Watch timing tester' },
      card: {
        zh: '用传感器拾取机械表的走时声，分析日差、摆幅和偏振，帮助调校钟表的走时精度。',
        en: "A sensor picks up a mechanical watch's ticking and works out its daily rate, balance amplitude and beat error, to help regulate its timekeeping.",
      },
      size: 'bench',
    },
  ],
  'instrument categories (src/content/instrumentCategories.ts)',
) as TypedCategory[];

// The layout's tables are keyed by the id list above; the content must list exactly those ids, in order.
if (instrumentCategories.map((c) => c.id).join() !== instrumentCategoryIds.join())
  throw new Error('instrument categories must match instrumentCategoryIds, in the same order');

/** A category by id, or undefined for an unknown id. */
export function findCategory(id: string): TypedCategory | undefined {
  return instrumentCategories.find((c) => c.id === id);
}
