import { CanvasTexture, SRGBColorSpace } from 'three';
import type { Exhibit, Language } from '../../content/schema';
import { zoneBoard } from '../../layout/booths';
import type { Ctx2D } from '../canvasText';
import { measureWith } from '../canvasText';
import { boardPlan, drawBoard, paleOf } from './boardArt';
import { boardData, tierBoardData } from './boardData';
import { drawTierBoard, tierBoardPlan } from './tierBoardArt';

/** Texture size of a board's face: 320 px a metre, so its figures stay sharp from a few metres. */
const texW = 1024;
const texH = Math.round((texW * zoneBoard.heightM) / zoneBoard.widthM);

/** Draws on a fresh canvas of the board's size and wraps it in a texture (once per language, not per frame). */
function drawn(draw: (g: Ctx2D) => void): CanvasTexture {
  const c = document.createElement('canvas');
  c.width = texW;
  c.height = texH;
  draw(c.getContext('2d')!);
  const texture = new CanvasTexture(c);
  texture.colorSpace = SRGBColorSpace;
  texture.anisotropy = 8;
  return texture;
}

/** The board's face: an infographic of the exhibit's figures, in the current language. */
export function boardTexture(exhibit: Exhibit, lang: Language, color: string): CanvasTexture {
  const data = boardData(exhibit, lang, color);
  return drawn((g) =>
    drawBoard(g, boardPlan(measureWith(g), texW, texH, data), texW, texH, data, {
      accent: color,
      pale: paleOf(color),
      white: '#ffffff',
    }),
  );
}

/** A tiered board's face: one column per tier (count, bar, industries, figures), so it reads 5 | 3 | 2. */
export function tierBoardTexture(exhibit: Exhibit, lang: Language, color: string): CanvasTexture {
  const data = tierBoardData(exhibit, lang, color);
  return drawn((g) =>
    drawTierBoard(g, tierBoardPlan(measureWith(g), texW, texH, data), texW, texH, data, paleOf(color)),
  );
}
