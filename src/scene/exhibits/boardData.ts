/** What each zone board shows, gathered from its exhibit for one language (no DOM, no three). */
import { articleSections, articleSource } from '../../content/article';
import type { Exhibit, Language } from '../../content/schema';
import { signText } from '../../content/signStrings';
import { latinQuotes } from '../canvasText';
import type { BoardData, BoardFigure } from './boardArt';
import { figureGlyph, splitValue } from './figureGlyph';
import type { TierBoardData } from './tierBoardArt';

/** The exhibit's figures as the board shows them: label, value, the value split for setting, a pictogram. */
export function boardFigures(figures: Exhibit['figures'], lang: Language): BoardFigure[] {
  return figures.map((f) => ({
    label: f.label[lang],
    value: f.value[lang],
    parts: splitValue(latinQuotes(f.value[lang])),
    glyph: figureGlyph(f),
  }));
}

/** The board's source line: the newspaper, the feature and the section the exhibit draws on. */
export function boardSource(exhibit: Exhibit, lang: Language): string {
  const section = articleSections[exhibit.citation.section];
  return signText(lang, 'boardSource', {
    publication: articleSource.publication[lang],
    title: lang === 'zh' ? articleSource.title : articleSource.titleEn,
    section: lang === 'zh' ? section.heading : section.headingEn,
  });
}

/** A zone board's content in a language, in the zone's colour. */
export function boardData(exhibit: Exhibit, lang: Language, color: string): BoardData {
  return {
    title: exhibit.title[lang],
    lede: exhibit.role[lang],
    figures: boardFigures(exhibit.figures, lang),
    source: boardSource(exhibit, lang),
    color,
    months: signText(lang, 'boardMonths').split(','),
  };
}

/** A tiered board's content: each tier's industries and the figures the exhibit ties to that tier. */
export function tierBoardData(exhibit: Exhibit, lang: Language, color: string): TierBoardData {
  return {
    title: exhibit.title[lang],
    tiers: exhibit.parts.map((p) => ({
      id: p.id,
      name: p.name[lang],
      items: (p.items ?? []).map((it) => it[lang]),
      figures: boardFigures(
        exhibit.figures.filter((f) => f.part === p.id),
        lang,
      ),
    })),
    source: boardSource(exhibit, lang),
    color,
  };
}
