import type { Language, LocalizedText } from './schema';
import { fillPlaceholders } from './placeholders';
import type { TextVars } from './placeholders';

/** Every string of the live instrument demos (panel, status line, charts), Chinese and English. */
export const demoStrings = {
  start: { zh: '开始演示', en: 'Start demo' },
  restart: { zh: '重新演示', en: 'Restart' },
  stop: { zh: '停止', en: 'Stop' },
  controls: { zh: '演示控制', en: 'Demo controls' },
  simulated: {
    zh: '模拟数据：由仪器的物理模型实时计算，并非实测。',
    en: 'Simulated data, computed live from a physical model of the instrument: not a real measurement.',
  },

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
    zh: '测量完成：{n} 次下落，g = {g} m/s²（{mgal} mGal）± {se} µGal，与参考值相差 {diff} µGal。',
    en: 'Measurement complete: {n} drops, g = {g} m/s² ({mgal} mGal) ± {se} µGal, {diff} µGal from the reference.',
  },
  gravReference: {
    zh: '参考线：衡阳的 WGS84 正常重力 {ref} mGal（椭球模型值，非实测）',
    en: 'Reference line: WGS84 normal gravity for Hengyang, {ref} mGal (an ellipsoid model value, not a measurement)',
  },
  gravFringeTitle: { zh: '干涉条纹（T = 100 ms）', en: 'Interference fringe (T = 100 ms)' },
  gravFringeAxis: { zh: '啁啾率 (α − α₀)/2π，Hz/s', en: 'chirp rate (α − α₀)/2π, Hz/s' },
  gravFringeAria: {
    zh: '干涉条纹图：{n} 个扫描点，纵轴为上能级原子比例 P，横轴为激光啁啾率，曲线为余弦拟合，条纹对比度 {c}。',
    en: 'Fringe chart: {n} scan points of the upper-state fraction P against laser chirp rate, with a cosine fit; fringe contrast {c}.',
  },
  gravMeanTitle: {
    zh: '逐次平均值 ± 1σ（相对参考值，µGal）',
    en: 'Running mean ± 1σ (µGal from the reference)',
  },
  gravMeanAxis: { zh: '下落次数', en: 'drops' },
  gravMeanRef: { zh: 'WGS84 正常重力（衡阳）· 非实测', en: 'WGS84 normal gravity, Hengyang · not measured' },
  gravMeanWaiting: { zh: '条纹扫描完成后开始测量', en: 'Measurement starts after the fringe scan' },
  gravMeanAria: {
    zh: '收敛图：{n} 次下落的 g 逐次平均值及 ±1σ 带，当前比参考值 {diff} µGal，σ = {se} µGal。',
    en: 'Convergence chart: running mean of g over {n} drops with a ±1σ band, now {diff} µGal from the reference, σ = {se} µGal.',
  },
  gravMeanAriaEmpty: {
    zh: '收敛图：测量尚未开始，参考线为衡阳的 WGS84 正常重力。',
    en: 'Convergence chart: no drops measured yet; the reference line is WGS84 normal gravity for Hengyang.',
  },

  ctIdle: {
    zh: '点击“开始演示”：旋转台带动铸铝法兰转过 180°，逐个角度采集投影，用滤波反投影重建截面。',
    en: 'Press Start: the rotary stage turns a cast-aluminium flange through 180°, one projection per angle, and filtered back-projection rebuilds the slice.',
  },
  ctRunning: {
    zh: '投影 {n}/{total}：旋转台 {deg}°，截面逐步重建中',
    en: 'Projection {n} of {total}: stage at {deg}°, slice building up',
  },
  ctDone: {
    zh: '重建完成：在 x = {x} mm、y = {y} mm 处发现直径约 {d} mm 的气孔（中心 μ = {mu} cm⁻¹，铝为 {al} cm⁻¹）。',
    en: 'Reconstruction complete: a pore about {d} mm across at x = {x} mm, y = {y} mm (μ = {mu} cm⁻¹ at its centre; aluminium {al} cm⁻¹).',
  },
  ctNothing: { zh: '重建完成：未发现缺陷。', en: 'Reconstruction complete: no flaw found.' },
  ctSinogramTitle: { zh: '正弦图（角度 × 探测器）', en: 'Sinogram (angle × detector)' },
  ctSliceTitle: { zh: '重建截面', en: 'Reconstructed slice' },
  ctSinogramAria: {
    zh: '正弦图：已采集 {n}/{total} 个角度的投影，纵向为角度，横向为探测器位置。',
    en: 'Sinogram: projections at {n} of {total} angles, angle downwards, detector position across.',
  },
  ctSliceAria: {
    zh: '重建的法兰截面（{n}/{total} 个角度）：中心孔与六个螺栓孔。',
    en: 'Reconstructed flange slice ({n} of {total} angles): central bore and six bolt holes.',
  },
  ctSliceAriaFound: {
    zh: '重建的法兰截面：中心孔、六个螺栓孔，圆圈标出发现的气孔。',
    en: 'Reconstructed flange slice: central bore, six bolt holes, and the pore found, circled.',
  },
  ctPore: { zh: '气孔', en: 'pore' },

  cscanIdle: {
    zh: '点击“开始演示”：50 MHz 超声探头在水中逐行扫描芯片封装，对芯片与焊料之间的界面成像。',
    en: 'Press Start: a 50 MHz probe scans the chip package line by line under water, imaging the interface between die and die attach.',
  },
  cscanRunning: { zh: '扫描第 {n}/{total} 行', en: 'Scanning line {n} of {total}' },
  cscanDone: {
    zh: '扫描完成：芯片粘接界面有分层，面积约 {a} mm²，中心 x = {x} mm、y = {y} mm，回波相位反转（其后为空气）。',
    en: 'Scan complete: a delamination at the die attach, about {a} mm², centred at x = {x} mm, y = {y} mm; its echo is phase-inverted (air behind).',
  },
  cscanMoreOne: { zh: '另有 1 处较小缺陷（焊料空洞）。', en: 'Also one smaller flaw: a solder void.' },
  cscanMore: { zh: '另有 {k} 处较小缺陷（焊料空洞）。', en: 'Also {k} smaller flaws (solder voids).' },
  cscanNothing: { zh: '扫描完成：未发现分层。', en: 'Scan complete: no delamination found.' },
  cscanTitle: { zh: 'C 扫描图像（12 × 12 mm）', en: 'C-scan image (12 × 12 mm)' },
  cscanLegend: {
    zh: '青色轮廓：分层；橙色轮廓：较小缺陷（−6 dB 法）',
    en: 'Cyan outline: delamination; orange: smaller flaws (−6 dB drop)',
  },
  cscanAria: {
    zh: 'C 扫描图像：已扫描 {n}/{total} 行，亮度表示芯片粘接界面的回波强度。',
    en: 'C-scan image: {n} of {total} lines scanned; brightness is the echo strength at the die-attach interface.',
  },
  cscanAriaDone: {
    zh: 'C 扫描图像：芯片粘接界面，最大的亮斑为分层，已用青色轮廓标出。',
    en: 'C-scan image of the die-attach interface: the largest bright patch is the delamination, outlined in cyan.',
  },
  scaleBar: { zh: '{mm} mm', en: '{mm} mm' },
} as const satisfies Record<string, LocalizedText>;

/** A key of demoStrings. */
export type DemoStringKey = keyof typeof demoStrings;

/** A demo string in one language, with `{name}` placeholders filled from vars. */
export function demoText(lang: Language, key: DemoStringKey, vars: TextVars = {}): string {
  return fillPlaceholders(demoStrings[key][lang], vars);
}
