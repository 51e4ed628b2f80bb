/**
 * Text on canvas textures, with no DOM and no three: the drawing functions take a 2D context (a page canvas
 * or an OffscreenCanvas in a worker) and the text is measured, wrapped and shrunk to fit its box here.
 */
/** The UI font stack; the canvas draws with the same fonts as the DOM. */
export const fontStack =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';

/** A 2D drawing context: a page canvas's or an OffscreenCanvas's. */
export type Ctx2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Measures the width of a text in a CSS font, px. */
export type Measure = (text: string, font: string) => number;

/** A Measure backed by a real context, with a cache (it leaves the context's font set to the last measured). */
export function measureWith(g: Ctx2D): Measure {
  // Fitting measures the same runs again and again; setting a font is the slow part, so keep the last one.
  const cache = new Map<string, number>();
  let current = '';
  return (text, font) => {
    const key = `${font}\u0000${text}`;
    let w = cache.get(key);
    if (w === undefined) {
      if (font !== current) g.font = current = font;
      w = g.measureText(text).width;
      cache.set(key, w);
    }
    return w;
  };
}

/** The CSS font for a weight and size in px. */
export function font(weight: number, px: number): string {
  return `${weight} ${Math.round(px * 10) / 10}px ${fontStack}`;
}

/**
 * Where a text may break: after spaces in Latin text, between any two characters in Chinese, but never
 * inside a short quoted name (“稳五进三布二”).
 */
function tokens(text: string): string[] {
  return text.match(/“[^”]{1,10}”|[A-Za-z0-9.,:;!?%’'()\-–/&+×°²³]+\s*|\s+|./gu) ?? [];
}

/**
 * Breaks text into lines no wider than maxW (px): by word in Latin text, by character in Chinese, never
 * starting a line with closing punctuation. A single word wider than maxW gets a line of its own.
 */
export function wrapText(measure: Measure, text: string, fontCss: string, maxW: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens(text)) {
    const next = line + tok;
    if (
      line.trim() &&
      measure(next.trimEnd(), fontCss) > maxW &&
      !/^[，。、；：！？”’）》,.;:!?)]/u.test(tok)
    ) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Text fitted to a box: its font size, font and lines. */
export interface FittedText {
  px: number;
  font: string;
  lines: string[];
  /** Height of the block: lines × line height. */
  heightPx: number;
  /** Width of the widest line. */
  widthPx: number;
  /** Whether the text was too long for its box even at the smallest size, and was cut with an ellipsis. */
  cut?: boolean;
}

/** How to fit a text: its weight, the largest and smallest sizes to try, the line height and the most lines. */
export interface FitOptions {
  weight: number;
  maxPx: number;
  minPx: number;
  maxLines: number;
  lineHeight?: number;
  /** How much smaller (a share) a size may be and still be preferred for needing fewer lines. */
  fewerLinesDrop?: number;
}

/**
 * Straight quotes in text without Chinese: the Chinese fonts first in the stack draw curly quotes full
 * width (a wide gap in “Hengyang’s”), and a canvas cannot be told the text's language.
 */
export function latinQuotes(text: string): string {
  if (/[\u3000-\u9fff]/u.test(text)) return text;
  return text.replace(/[‘’]/gu, "'").replace(/[“”]/gu, '"');
}

/** Wraps text at a size into lines of even length: the narrowest width that still needs no more lines. */
function balanced(measure: Measure, text: string, fontCss: string, maxW: number): string[] {
  const lines = wrapText(measure, text, fontCss, maxW);
  if (lines.length < 2) return lines;
  let lo = maxW / lines.length;
  let hi = maxW;
  for (let i = 0; i < 8; i++) {
    const mid = (lo + hi) / 2;
    if (wrapText(measure, text, fontCss, mid).length <= lines.length) hi = mid;
    else lo = mid;
  }
  return wrapText(measure, text, fontCss, hi);
}

/** A size is worth dropping to (by at most this share) if the text then needs fewer lines. */
const fewerLinesDrop = 0.22;

/**
 * The largest size (from maxPx down to minPx) at which the text wraps, in lines of even length, into at
 * most maxLines lines that fit a box of maxW × maxH px; a slightly smaller size that needs fewer lines is
 * preferred. At minPx it is wrapped anyway and, if still too long, cut with an ellipsis, so the text never
 * overflows its box.
 */
export function fitText(
  measure: Measure,
  raw: string,
  maxW: number,
  maxH: number,
  o: FitOptions,
): FittedText {
  const text = latinQuotes(raw);
  const lh = o.lineHeight ?? 1.2;
  const at = (px: number): FittedText => {
    const f = font(o.weight, px);
    const lines = balanced(measure, text, f, maxW);
    const widthPx = Math.max(0, ...lines.map((l) => measure(l, f)));
    return { px, font: f, lines, heightPx: lines.length * px * lh, widthPx };
  };
  const fits = (t: FittedText, lines: number) =>
    t.lines.length <= lines && t.heightPx <= maxH + 1e-6 && t.widthPx <= maxW + 1e-6;
  // The largest size in [lo, hi] at which the text fits in `lines` lines (a larger size never fits better).
  const largest = (lo: number, hi: number, lines: number): FittedText | null => {
    const top = at(hi);
    if (fits(top, lines)) return top;
    let good = at(lo);
    if (!fits(good, lines)) return null;
    for (let a = lo, b = hi; b - a > Math.max(0.5, a * 0.02);) {
      const t = at((a + b) / 2);
      if (fits(t, lines)) [a, good] = [t.px, t];
      else b = t.px;
    }
    return good;
  };
  const best = largest(o.minPx, o.maxPx, o.maxLines);
  if (best) {
    const floor = Math.max(o.minPx, best.px * (1 - (o.fewerLinesDrop ?? fewerLinesDrop)));
    for (let lines = 1; lines < best.lines.length; lines++) {
      const fewer = largest(floor, best.px, lines);
      if (fewer) return fewer;
    }
    return best;
  }
  // Too long even at the smallest size: keep the lines that fit and end the last with an ellipsis.
  const t = at(o.minPx);
  const room = Math.max(1, Math.min(o.maxLines, Math.floor(maxH / (o.minPx * lh))));
  const lines = t.lines.slice(0, room);
  if (t.lines.length > room || t.widthPx > maxW) {
    let last = lines[room - 1] ?? '';
    while (last && measure(`${last}…`, t.font) > maxW) last = Array.from(last).slice(0, -1).join('');
    lines[room - 1] = `${last}…`;
  }
  return {
    ...t,
    lines,
    cut: lines.join('') !== t.lines.join(''),
    heightPx: lines.length * o.minPx * lh,
    widthPx: Math.min(maxW, Math.max(0, ...lines.map((l) => measure(l, t.font)))),
  };
}

/** Draws fitted text from (x, y) (its top), left-aligned, centred or right-aligned on x. */
export function drawFitted(
  g: Ctx2D,
  t: FittedText,
  x: number,
  y: number,
  color: string,
  align: CanvasTextAlign = 'left',
  lineHeight = 1.2,
): void {
  g.save();
  g.font = t.font;
  g.fillStyle = color;
  g.textAlign = align;
  g.textBaseline = 'top';
  t.lines.forEach((line, i) =>
    g.fillText(line, x, y + i * t.px * lineHeight + t.px * (lineHeight - 1) * 0.5),
  );
  g.restore();
}
