import { defineStrings } from '../../../content/stringTables';

/** The CT demo's strings (status line, charts): one block per language, the same keys in each. */
export const { table: ctStrings, text: ctText } = defineStrings({
  zh: {
    ctIdle:
      '点击“开始演示”：转台带动铸铝法兰转过 180°，逐个角度采集投影，用滤波反投影重建一个截面。这是简化的平行束模型；真实的锥束 CT 要转满 360°，重建整个体积。',
    ctRunning: '投影 {n}/{total}：转台 {deg}°，截面逐步重建中',
    ctDone:
      '重建完成：在 x = {x} mm、y = {y} mm 处发现直径约 {d} mm 的气孔（中心 μ = {mu} cm⁻¹，铝为 {al} cm⁻¹）。',
    ctNothing: '重建完成：未发现缺陷。',
    ctSinogramTitle: '正弦图（角度 × 探测器）',
    ctSliceTitle: '重建截面（平行束简化模型）',
    ctSinogramAria: '正弦图：已采集 {n}/{total} 个角度的投影，纵向为角度，横向为探测器位置。',
    ctSliceAria: '重建的法兰截面（{n}/{total} 个角度）：中心孔与六个螺栓孔。',
    ctSliceAriaFound: '重建的法兰截面：中心孔、六个螺栓孔，圆圈标出发现的气孔。',
    ctPore: '气孔',
  },
  en: {
    ctIdle:
      'Press Start: the turntable turns a cast-aluminium flange through 180°, one projection per angle, and filtered back-projection rebuilds one slice. This is a simplified parallel-beam model; a real cone-beam CT turns through 360° and reconstructs the whole volume.',
    ctRunning: 'Projection {n} of {total}: turntable at {deg}°, slice building up',
    ctDone:
      'Reconstruction complete: a pore about {d} mm across at x = {x} mm, y = {y} mm (μ = {mu} cm⁻¹ at its centre; aluminium {al} cm⁻¹).',
    ctNothing: 'Reconstruction complete: no flaw found.',
    ctSinogramTitle: 'Sinogram (angle × detector)',
    ctSliceTitle: 'Reconstructed slice (simplified parallel-beam model)',
    ctSinogramAria:
      'Sinogram: projections at {n} of {total} angles, angle downwards, detector position across.',
    ctSliceAria: 'Reconstructed flange slice ({n} of {total} angles): central bore and six bolt holes.',
    ctSliceAriaFound:
      'Reconstructed flange slice: central bore, six bolt holes, and the pore found, circled.',
    ctPore: 'pore',
  },
});
