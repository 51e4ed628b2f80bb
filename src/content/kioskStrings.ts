import type { LocalizedText } from './languages';
import { textLookup } from './placeholders';

/** Every string of kiosk mode (idle prompt, attract screen, joystick), Chinese and English. */
export const kioskStrings = {
  stillThere: { zh: '还在吗？', en: 'Still there?' },
  stillThereBody: {
    zh: '{s} 秒后本次参观将重新开始。',
    en: 'This visit starts over in {s} s.',
  },
  keepExploring: { zh: '继续参观', en: 'Keep exploring' },
  touchToStart: { zh: '触摸屏幕开始参观', en: 'Touch to start' },
  attractSubtitle: {
    zh: '两会一展 · 虚拟展厅 — 正在自动导览',
    en: 'Metrology Expo · Virtual Hall — guided tour playing',
  },
  joystick: {
    zh: '移动摇杆：向上拖动前进，向左右拖动转身',
    en: 'Joystick: drag up to walk, left or right to turn',
  },
} satisfies Record<string, LocalizedText>;

/** A kiosk string key. */
export type KioskStringKey = keyof typeof kioskStrings;

/** A kiosk string in a language, with `{name}` placeholders filled from vars. */
export const kioskText = textLookup(kioskStrings);
