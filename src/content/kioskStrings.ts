import { defineStrings } from './stringTables';

/** Every string of kiosk mode (idle prompt, attract screen, joystick): one block per language, the same keys in each. */
export const { table: kioskStrings, text: kioskText } = defineStrings({
  zh: {
    stillThere: '还在吗？',
    stillThereBody: '{s} 秒后本次参观将重新开始。',
    keepExploring: '继续参观',
    touchToStart: '触摸屏幕开始参观',
    attractSubtitle: '两会一展 · 虚拟展厅 — 正在自动导览',
    joystick: '移动摇杆：向上拖动前进，向左右拖动转身',
  },
  en: {
    stillThere: 'Still there?',
    stillThereBody: 'This visit starts over in {s} s.',
    keepExploring: 'Keep exploring',
    touchToStart: 'Touch to start',
    attractSubtitle: 'Metrology Expo · Virtual Hall — guided tour playing',
    joystick: 'Joystick: drag up to walk, left or right to turn',
  },
});
