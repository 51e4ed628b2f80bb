import type { Measure } from '../../src/scene/canvasText';

/**
 * A stand-in for a canvas's measureText in Node: Chinese characters and full-width punctuation one em wide,
 * spaces 0.28 em, everything else 0.56 em (about Noto Sans's average Latin advance).
 */
export const fakeMeasure: Measure = (text, fontCss) => {
  const px = Number(/([\d.]+)px/.exec(fontCss)?.[1] ?? 10);
  let em = 0;
  for (const ch of text) em += /[\u3000-\u9fff\uff00-\uffef“”]/u.test(ch) ? 1 : ch === ' ' ? 0.28 : 0.56;
  return em * px;
};
