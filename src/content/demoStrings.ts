import type { LocalizedText } from './languages';
import { textLookup } from './placeholders';

/** The strings every live demo shares (its controls and the simulated-data note), Chinese and English; each
 * instrument's own demo strings live in its folder (src/heroes/<id>/ui/strings.ts). */
export const demoStrings = {
  start: { zh: '开始演示', en: 'Start demo' },
  restart: { zh: '重新演示', en: 'Restart' },
  stop: { zh: '停止', en: 'Stop' },
  controls: { zh: '演示控制', en: 'Demo controls' },
  simulated: {
    zh: '模拟数据：由仪器的物理模型实时计算，并非实测。',
    en: 'Simulated data, computed live from a physical model of the instrument: not a real measurement.',
  },
} as const satisfies Record<string, LocalizedText>;

/** A key of demoStrings. */
export type DemoStringKey = keyof typeof demoStrings;

/** A demo string in one language, with `{name}` placeholders filled from vars. */
export const demoText = textLookup(demoStrings);
