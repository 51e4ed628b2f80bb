import type { LocalizedText } from '../../../content/schema';
import { textLookup } from '../../../content/placeholders';

/** The gravimeter demo's strings (status line, charts), Chinese and English. */
export const gravimeterStrings = {
  gravIdle: {
    zh: '点击“开始演示”：冷原子团在真空管中反复下落，先扫描干涉条纹，再逐次测出重力加速度 g。',
    en: 'Press Start: a cold-atom cloud drops down the vacuum tube again and again; first a fringe scan, then g drop by drop.',
  },
  gravScanning: {
    zh: '条纹扫描：第 {n}/{total} 次下落（脉冲间隔 T = 100 ms）',
    en: 'Fringe scan: drop {n} of {total} (pulse separation T = 100 ms)',
  },
  gravLocking: { zh: '锁定在条纹中点，开始测量…', en: 'Locking to mid-fringe, measurement starting…' },
  gravDrop: {
    zh: '第 {n} 次下落：g = {g} m/s²（{mgal} mGal）± {se} µGal',
    en: 'Drop {n}: g = {g} m/s² ({mgal} mGal) ± {se} µGal',
  },
  gravDropFirst: {
    zh: '第 1 次下落：g = {g} m/s²（{mgal} mGal），第 2 次起给出标准误差',
    en: 'Drop 1: g = {g} m/s² ({mgal} mGal); the standard error follows from drop 2',
  },
  gravDone: {
    zh: '测量完成：{n} 次下落，g = {g} m/s²（{mgal} mGal）± {se} µGal，与模拟设定值相差 {diff} µGal。',
    en: 'Measurement complete: {n} drops, g = {g} m/s² ({mgal} mGal) ± {se} µGal, {diff} µGal from the simulation’s set value.',
  },
  gravReference: {
    zh: '虚线是模拟的设定值：衡阳的 WGS84 正常重力 {ref} mGal（椭球模型值，以海拔代替椭球高，非实测）。真实的仪器还要扣除固体潮（峰峰值可达约 0.25 mGal）、气压和垂直梯度的影响，准确度约为几 µGal。',
    en: 'The dashed line is the simulation’s set value: WGS84 normal gravity for Hengyang, {ref} mGal (an ellipsoid model value, with height above sea level standing in for ellipsoidal height; not a measurement). A real instrument also corrects for Earth tides (up to about 0.25 mGal peak to peak), air pressure and the vertical gradient, and is accurate to a few µGal.',
  },
  gravFringeTitle: { zh: '干涉条纹（T = 100 ms）', en: 'Interference fringe (T = 100 ms)' },
  gravFringeAxis: { zh: '啁啾率 (α − α₀)/2π，Hz/s', en: 'chirp rate (α − α₀)/2π, Hz/s' },
  gravFringeAria: {
    zh: '干涉条纹图：{n} 个扫描点，纵轴为上能级原子比例 P，横轴为激光啁啾率，曲线为余弦拟合，条纹对比度 {c}。',
    en: 'Fringe chart: {n} scan points of the upper-state fraction P against laser chirp rate, with a cosine fit; fringe contrast {c}.',
  },
  gravMeanTitle: {
    zh: '逐次平均值 ± 1σ（相对模拟设定值，µGal）',
    en: 'Running mean ± 1σ (µGal from the set value)',
  },
  gravMeanAxis: { zh: '下落次数', en: 'drops' },
  gravMeanRef: { zh: '设定值：WGS84 正常重力（模型）', en: 'Set value: WGS84 normal gravity (model)' },
  gravMeanWaiting: { zh: '条纹扫描完成后开始测量', en: 'Measurement starts after the fringe scan' },
  gravMeanAria: {
    zh: '收敛图：{n} 次下落的 g 逐次平均值及 ±1σ 带，当前与模拟设定值相差 {diff} µGal，σ = {se} µGal。',
    en: 'Convergence chart: running mean of g over {n} drops with a ±1σ band, now {diff} µGal from the simulation’s set value, σ = {se} µGal.',
  },
  gravMeanAriaEmpty: {
    zh: '收敛图：测量尚未开始，虚线为模拟的设定值，即衡阳的 WGS84 正常重力。',
    en: 'Convergence chart: no drops measured yet; the dashed line is the simulation’s set value, WGS84 normal gravity for Hengyang.',
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of gravimeterStrings. */
export type GravimeterStringKey = keyof typeof gravimeterStrings;

/** One of these strings in a language, with `{name}` placeholders filled from vars. */
export const gravimeterText = textLookup(gravimeterStrings);
