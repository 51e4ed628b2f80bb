import { CanvasTexture, SRGBColorSpace } from 'three';
import type { Exhibit } from '../../content/schema';
import { languageInfo } from '../../content/languages';
import type { Language } from '../../content/languages';
import { zoneBoard } from '../../layout/booths';
import { tierBoard, tierColumns } from '../../layout/tierBoard';
import { fontStack } from '../labelTexture';

const texW = 1200;
const texH = Math.round((texW * zoneBoard.heightM) / zoneBoard.widthM);
const ink = '#1d232b';
const inkSoft = '#4a5561';

/** Breaks text into lines no wider than maxW: by word where words are spaced (English), else by character. */
function wrap(g: CanvasRenderingContext2D, text: string, maxW: number, lang: Language): string[] {
  const tokens = languageInfo[lang].spaced ? text.split(/(?<=\s)/) : Array.from(text);
  const lines: string[] = [];
  let line = '';
  for (const tok of tokens) {
    if (line && g.measureText(line + tok).width > maxW) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line += tok;
  }
  if (line) lines.push(line.trimEnd());
  return lines;
}

function blankBoard(color: string): { c: HTMLCanvasElement; g: CanvasRenderingContext2D } {
  const c = document.createElement('canvas');
  c.width = texW;
  c.height = texH;
  const g = c.getContext('2d')!;
  g.fillStyle = '#faf8f3';
  g.fillRect(0, 0, texW, texH);
  g.fillStyle = color;
  g.fillRect(0, 0, texW, 40);
  g.textBaseline = 'top';
  return { c, g };
}

function toTexture(c: HTMLCanvasElement): CanvasTexture {
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 4;
  return texture;
}

/** The board's face: a coloured band, the exhibit's title and its one-line role, in the current language. */
export function boardTexture(exhibit: Exhibit, lang: Language, color: string): CanvasTexture {
  const pad = 72;
  const { c, g } = blankBoard(color);
  let y = 110;
  g.fillStyle = ink;
  g.font = `700 84px ${fontStack}`;
  for (const line of wrap(g, exhibit.title[lang], texW - 2 * pad, lang).slice(0, 3)) {
    g.fillText(line, pad, y);
    y += 104;
  }
  y += 40;
  g.fillStyle = inkSoft;
  g.font = `500 52px ${fontStack}`;
  for (const line of wrap(g, exhibit.role[lang], texW - 2 * pad, lang).slice(0, 6)) {
    g.fillText(line, pad, y);
    y += 70;
  }
  return toTexture(c);
}

/**
 * Board typography by script: a language written with spaces (English) sets more, smaller words and may
 * take two title lines; Chinese sets fewer, larger characters. Item sizes are tried largest first.
 */
const boardType = {
  spaced: { titleLines: 2, namePx: 40, itemSizesPx: [36, 32, 28, 25] },
  unspaced: { titleLines: 1, namePx: 68, itemSizesPx: [42, 38, 34] },
} as const;
const typeFor = (lang: Language) => boardType[languageInfo[lang].spaced ? 'spaced' : 'unspaced'];

/**
 * A tiered board's face: the title, then one column per part (count, name, and the names it lists), so the
 * strategy wall reads 5 | 3 | 2 from across the aisle.
 */
export function tierBoardTexture(exhibit: Exhibit, lang: Language, color: string): CanvasTexture {
  const pad = 48;
  const { c, g } = blankBoard(color);
  g.fillStyle = ink;
  const { titleLines: maxTitleLines, namePx, itemSizesPx: sizes } = typeFor(lang);
  let titleLines: string[] = [];
  let titlePx = 72;
  for (; titlePx >= 44; titlePx -= 8) {
    g.font = `700 ${titlePx}px ${fontStack}`;
    titleLines = wrap(g, exhibit.title[lang], texW - 2 * pad, lang);
    if (titleLines.length <= maxTitleLines) break;
  }
  titleLines.slice(0, maxTitleLines).forEach((line, i) => g.fillText(line, pad, 70 + i * titlePx * 1.15));

  const cols = tierColumns(exhibit.parts.length);
  const top = tierBoard.columnsTopFrac * texH;
  const headerH = 150;
  const colPad = 18;
  const bottom = texH - 24;
  const layout = (px: number) =>
    exhibit.parts.map((part, i) => {
      g.font = `500 ${px}px ${fontStack}`;
      const maxW = (cols[i]!.right - cols[i]!.left) * texW - 2 * colPad - px * 0.6;
      return (part.items ?? []).map((item) => wrap(g, item[lang], maxW, lang));
    });
  const height = (items: string[][], px: number) =>
    items.reduce((h, lines) => h + lines.length * px * 1.2 + px * 0.45, 0);
  let itemPx: number = sizes[sizes.length - 1]!;
  for (const px of sizes)
    if (layout(px).every((items) => top + headerH + 24 + height(items, px) <= bottom)) {
      itemPx = px;
      break;
    }
  const lines = layout(itemPx);

  exhibit.parts.forEach((part, i) => {
    const col = cols[i]!;
    const x0 = col.left * texW + colPad;
    if (i > 0) {
      g.fillStyle = color;
      g.fillRect(col.left * texW - 3, top, 6, bottom - top);
    }
    g.fillStyle = color;
    g.font = `800 136px ${fontStack}`;
    const count = String(part.items?.length ?? 0);
    g.fillText(count, x0, top);
    const countW = g.measureText(count).width;
    g.fillStyle = ink;
    g.font = `700 ${namePx}px ${fontStack}`;
    const nameLines = wrap(
      g,
      part.name[lang],
      (col.right - col.left) * texW - 2 * colPad - countW - 16,
      lang,
    );
    nameLines
      .slice(0, 2)
      .forEach((line, k) => g.fillText(line, x0 + countW + 16, top + 30 + k * namePx * 1.15));
    let y = top + headerH + 24;
    g.font = `500 ${itemPx}px ${fontStack}`;
    for (const itemLines of lines[i]!) {
      g.fillStyle = color;
      g.fillRect(x0, y + itemPx * 0.38, itemPx * 0.3, itemPx * 0.3);
      g.fillStyle = ink;
      itemLines.forEach((line, k) => g.fillText(line, x0 + itemPx * 0.6, y + k * itemPx * 1.2));
      y += itemLines.length * itemPx * 1.2 + itemPx * 0.45;
    }
  });
  return toTexture(c);
}
