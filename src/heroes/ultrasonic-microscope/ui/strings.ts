import { defineStrings } from '../../../content/stringTables';

/** The C-scan demo's strings (status line, chart): one block per language, the same keys in each. */
export const { table: cscanStrings, text: cscanText } = defineStrings({
  zh: {
    cscanIdle: '点击“开始演示”：{f} MHz 超声换能器在水中逐行扫描芯片封装，对芯片与焊料之间的界面成像。',
    cscanRunning: '扫描第 {n}/{total} 行',
    cscanDone:
      '扫描完成：芯片粘接界面有分层，面积约 {a} mm²，中心 x = {x} mm、y = {y} mm，回波相位反转（其后为空气）。',
    cscanMoreOne: '另有 1 处较小缺陷（焊料空洞）。',
    cscanMore: '另有 {k} 处较小缺陷（焊料空洞）。',
    cscanNothing: '扫描完成：未发现分层。',
    cscanTitle: 'C 扫描图像（{mm} × {mm} mm 封装）',
    cscanLegend:
      '扫描 {cols} × {rows} 点，步距 {pitch}\u00a0µm。青色轮廓：分层；橙色轮廓：较小缺陷（−6 dB 法）',
    cscanAria: 'C 扫描图像：已扫描 {n}/{total} 行，亮度表示芯片粘接界面的回波强度。',
    cscanAriaDone: 'C 扫描图像：芯片粘接界面，最大的亮斑为分层，已用青色轮廓标出。',
    scaleBar: '{mm} mm',
  },
  en: {
    cscanIdle:
      'Press Start: a {f} MHz transducer scans the chip package line by line under water, imaging the interface between die and die attach.',
    cscanRunning: 'Scanning line {n} of {total}',
    cscanDone:
      'Scan complete: a delamination at the die attach, about {a} mm², centred at x = {x} mm, y = {y} mm; its echo is phase-inverted (air behind).',
    cscanMoreOne: 'Also one smaller flaw: a solder void.',
    cscanMore: 'Also {k} smaller flaws (solder voids).',
    cscanNothing: 'Scan complete: no delamination found.',
    cscanTitle: 'C-scan image ({mm} × {mm} mm package)',
    cscanLegend:
      'Scanned at {cols} × {rows} points {pitch}\u00a0µm apart. Cyan outline: delamination; orange: smaller flaws (−6 dB drop)',
    cscanAria:
      'C-scan image: {n} of {total} lines scanned; brightness is the echo strength at the die-attach interface.',
    cscanAriaDone:
      'C-scan image of the die-attach interface: the largest bright patch is the delamination, outlined in cyan.',
    scaleBar: '{mm} mm',
  },
});
