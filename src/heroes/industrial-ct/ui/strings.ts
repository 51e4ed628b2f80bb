import type { LocalizedText } from '../../../content/schema';
import { textLookup } from '../../../content/placeholders';

/** The CT demo's strings (status line, charts), Chinese and English. */
export const ctStrings = {
  ctIdle: {
    zh: '点击“开始演示”：转台带动铸铝法兰转过 180°，逐个角度采集投影，用滤波反投影重建一个截面。这是简化的平行束模型；真实的锥束 CT 要转满 360°，重建整个体积。',
    en: 'Press Start: the turntable turns a cast-aluminium flange through 180°, one projection per angle, and filtered back-projection rebuilds one slice. This is a simplified parallel-beam model; a real cone-beam CT turns through 360° and reconstructs the whole volume.',
  },
  ctRunning: {
    zh: '投影 {n}/{total}：转台 {deg}°，截面逐步重建中',
    en: 'Projection {n} of {total}: turntable at {deg}°, slice building up',
  },
  ctDone: {
    zh: '重建完成：在 x = {x} mm、y = {y} mm 处发现直径约 {d} mm 的气孔（中心 μ = {mu} cm⁻¹，铝为 {al} cm⁻¹）。',
    en: 'Reconstruction complete: a pore about {d} mm across at x = {x} mm, y = {y} mm (μ = {mu} cm⁻¹ at its centre; aluminium {al} cm⁻¹).',
  },
  ctNothing: { zh: '重建完成：未发现缺陷。', en: 'Reconstruction complete: no flaw found.' },
  ctSinogramTitle: { zh: '正弦图（角度 × 探测器）', en: 'Sinogram (angle × detector)' },
  ctSliceTitle: {
    zh: '重建截面（平行束简化模型）',
    en: 'Reconstructed slice (simplified parallel-beam model)',
  },
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
} as const satisfies Record<string, LocalizedText>;

/** A key of ctStrings. */
export type CtStringKey = keyof typeof ctStrings;

/** One of these strings in a language, with `{name}` placeholders filled from vars. */
export const ctText = textLookup(ctStrings);
