/**
 * Which pictogram a board draws beside a figure, read from the figure itself (its Chinese value and
 * label, which every figure has), so that both languages get the same picture.
 */
import type { ExhibitFigure } from '../../content/schema';

/** A figure's pictogram and the numbers it needs. */
export type FigureGlyph =
  | { kind: 'calendar'; year: number; month: number; day: number | null }
  /** Isotype: one small mark per counted thing; `highlight` marks the one the exhibit is about. */
  | { kind: 'count'; count: number; highlight: boolean }
  /** A share of a whole, as a ring chart (only where the article gives one: about half). */
  | { kind: 'share'; fraction: number }
  | { kind: 'money' | 'power' | 'growth' | 'honour' | 'place' | 'shield' | 'industry' | 'text' };

/** Most marks an isotype draws; larger counts get a plain pictogram. */
export const isotypeMax = 24;

/** The pictogram for a figure. */
export function figureGlyph(f: ExhibitFigure): FigureGlyph {
  const v = f.value.zh;
  const label = f.label.zh;
  const date = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$/.exec(v);
  if (date) return { kind: 'calendar', year: +date[1]!, month: +date[2]!, day: date[3] ? +date[3] : null };
  if (/获评|称号|身份|试点/.test(label)) return { kind: 'honour' };
  if (/知识产权/.test(label)) return { kind: 'shield' };
  if (/布局/.test(label)) return { kind: 'place' };
  if (/所属.*产业/.test(label)) return { kind: 'industry' };
  if (/亿元/.test(v)) return { kind: 'money' };
  if (/千瓦/.test(v)) return { kind: 'power' };
  if (/%/.test(v)) return { kind: 'growth' };
  if (/^约?一半$/.test(v)) return { kind: 'share', fraction: 0.5 };
  const count = /^\D{0,2}?(\d+)(家|个|条)/.exec(v);
  if (count && +count[1]! <= isotypeMax) return { kind: 'count', count: +count[1]!, highlight: /含/.test(v) };
  return { kind: 'text' };
}

/** A figure's value split for typesetting: the number large, the words around it smaller, a note below. */
export interface ValueParts {
  before: string;
  number: string;
  after: string;
  /** What follows a colon or stands in brackets: a list or an aside, set smaller on its own line. */
  note: string;
}

/** Splits a value at its first number (none: all of it is `before`) and its bracketed or listed note. */
export function splitValue(value: string): ValueParts {
  const noteAt = value.search(/[（(：:]/u);
  const main = noteAt > 0 ? value.slice(0, noteAt).trim() : value;
  const note =
    noteAt > 0
      ? value
          .slice(noteAt)
          .replace(/^[：:]\s*/u, '')
          .trim()
      : '';
  const m = /\d[\d,.]*(?:\s\d{3})*/.exec(main);
  if (!m || /^\d{4}年/.test(main)) return { before: main, number: '', after: '', note };
  return {
    before: main.slice(0, m.index),
    number: m[0],
    after: main.slice(m.index + m[0].length),
    note,
  };
}
