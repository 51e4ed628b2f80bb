import { defineStrings } from './stringTables';

/** The strings every live demo shares (its controls and the simulated-data note); each instrument's own demo strings live in its folder (src/heroes/<id>/ui/strings.ts): one block per language, the same keys in each. */
export const { table: demoStrings, text: demoText } = defineStrings({
  zh: {
    start: '开始演示',
    restart: '重新演示',
    stop: '停止',
    controls: '演示控制',
    simulated: '模拟数据：由仪器的物理模型实时计算，并非实测。',
  },
  en: {
    start: 'Start demo',
    restart: 'Restart',
    stop: 'Stop',
    controls: 'Demo controls',
    simulated:
      'Simulated data, computed live from a physical model of the instrument: not a real measurement.',
  },
});
