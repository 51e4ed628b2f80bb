import type { LocalizedText } from '../../../content/schema';
import { textLookup } from '../../../content/placeholders';

/** The C-scan demo's strings (status line, chart), Chinese and English. */
export const cscanStrings = {
  cscanIdle: {
    zh: '点击“开始演示”：{f} MHz 超声换能器在水中逐行扫描芯片封装，对芯片与焊料之间的界面成像。',
    en: 'Press Start: a {f} MHz transducer scans the chip package line by line under water, imaging the interface between die and die attach.',
  },
  cscanRunning: { zh: '扫描第 {n}/{total} 行', en: 'Scanning line {n} of {total}' },
  cscanDone: {
    zh: '扫描完成：芯片粘接界面有分层，面积约 {a} mm²，中心 x = {x} mm、y = {y} mm，回波相位反转（其后为空气）。',
    en: 'Scan complete: a delamination at the die attach, about {a} mm², centred at x = {x} mm, y = {y} mm; its echo is phase-inverted (air behind).',
  },
  cscanMoreOne: { zh: '另有 1 处较小缺陷（焊料空洞）。', en: 'Also one smaller flaw: a solder void.' },
  cscanMore: { zh: '另有 {k} 处较小缺陷（焊料空洞）。', en: 'Also {k} smaller flaws (solder voids).' },
  cscanNothing: { zh: '扫描完成：未发现分层。', en: 'Scan complete: no delamination found.' },
  cscanTitle: { zh: 'C 扫描图像（{mm} × {mm} mm 封装）', en: 'C-scan image ({mm} × {mm} mm package)' },
  cscanLegend: {
    zh: '扫描 {cols} × {rows} 点，步距 {pitch}\u00a0µm。青色轮廓：分层；橙色轮廓：较小缺陷（−6 dB 法）',
    en: 'Scanned at {cols} × {rows} points {pitch}\u00a0µm apart. Cyan outline: delamination; orange: smaller flaws (−6 dB drop)',
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

/** A key of cscanStrings. */
export type CscanStringKey = keyof typeof cscanStrings;

/** One of these strings in a language, with `{name}` placeholders filled from vars. */
export const cscanText = textLookup(cscanStrings);
