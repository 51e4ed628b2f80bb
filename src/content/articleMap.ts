import { articleSections } from './article';
import { exhibits } from './exhibits';
import type { ArticleSectionId, Exhibit, Zone } from './schema';
import { articleSectionIds } from './schema';
import { zones } from './zones';
import type { LocalizedText } from './languages';

/** One section of the article with what in the hall draws on it. */
export interface ArticleMapEntry {
  id: ArticleSectionId;
  heading: LocalizedText;
  printed: boolean;
  summary: LocalizedText;
  /** Exhibits whose panel is tied to this section (their main citation). */
  exhibits: Exhibit[];
  /** Exhibits tied elsewhere that also cite this section for a figure or a quote. */
  alsoCited: Exhibit[];
  /** Zones of the hall that come from this section. */
  zones: Zone[];
}

/** Every section a panel's figures and quote cite, besides its main one. */
function otherCitedSections(exhibit: Exhibit): Set<ArticleSectionId> {
  const cited = new Set<ArticleSectionId>();
  for (const f of exhibit.figures) if (f.citation) cited.add(f.citation.section);
  if (exhibit.quote) cited.add(exhibit.quote.citation.section);
  cited.delete(exhibit.citation.section);
  return cited;
}

/** The "tied to the article" map: the sections in print order, each with its exhibits and zones. */
export const articleMap: readonly ArticleMapEntry[] = articleSectionIds.map((id) => ({
  id,
  ...articleSections[id],
  exhibits: exhibits.filter((e) => e.citation.section === id),
  alsoCited: exhibits.filter((e) => otherCitedSections(e).has(id)),
  zones: zones.filter((z) => z.section === id),
}));
