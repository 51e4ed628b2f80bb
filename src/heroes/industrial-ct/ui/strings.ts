import type { LocalizedText } from '../../../content/languages';
import { textLookup } from '../../../content/placeholders';

/** The CT demo's strings (status line, charts), Chinese and English. */
export const ctStrings = {
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
} as const satisfies Record<string, LocalizedText>;

/** A key of ctStrings. */
export type CtStringKey = keyof typeof ctStrings;

/** One of these strings in a language, with `{name}` placeholders filled from vars. */
export const ctText = textLookup(ctStrings);
