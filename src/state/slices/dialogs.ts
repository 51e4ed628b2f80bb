import type { StateCreator } from 'zustand';
import { articleSectionIds } from '../../content/schema';
import type { ArticleSectionId } from '../../content/schema';
import type { ExpoState } from '../expo';
import type { ActionSource } from '../source';

/** The article view: open or not, and which section it shows first (null: from the top). */
export interface ArticleView {
  section: ArticleSectionId | null;
}

/** Whether a string names one of the article's sections. */
export function isArticleSection(s: string): s is ArticleSectionId {
  return (articleSectionIds as readonly string[]).includes(s);
}

/** The floor plan, the help, the exhibit index and the article view: which are open. */
export interface DialogsSlice {
  planOpen: boolean;
  helpOpen: boolean;
  /** Whether the exhibit index (search dialog) is open. */
  indexOpen: boolean;
  /** The article view, when open. */
  article: ArticleView | null;
  togglePlan: () => void;
  setPlanOpen: (open: boolean) => void;
  setHelpOpen: (open: boolean) => void;
  setIndexOpen: (open: boolean) => void;
  /** Opens the article view at a section (null: from the top); an unknown section raises a notice and opens it at the top. */
  openArticle: (section?: string | null, source?: ActionSource) => void;
  closeArticle: (source?: ActionSource) => void;
}

/** The dialogs slice's state at the start of a visit: only the floor plan open. */
export const dialogsInitial = {
  planOpen: true,
  helpOpen: false,
  indexOpen: false,
  article: null as ArticleView | null,
};

/** Dialogs and the plan. */
export const dialogsSlice: StateCreator<ExpoState, [], [], DialogsSlice> = (set, get) => ({
  ...dialogsInitial,
  togglePlan: () => set({ planOpen: !get().planOpen, by: 'visitor' }),
  setPlanOpen: (planOpen) => set({ planOpen, by: 'visitor' }),
  setHelpOpen: (helpOpen) => set({ helpOpen, by: 'visitor' }),
  setIndexOpen: (indexOpen) => set({ indexOpen, by: 'visitor' }),
  openArticle: (section = null, by = 'visitor') => {
    if (section !== null && !isArticleSection(section)) {
      set({ article: { section: null }, indexOpen: false, notice: { kind: 'unknown-section', section }, by });
      return;
    }
    set({ article: { section }, indexOpen: false, by });
  },
  closeArticle: (by = 'visitor') => set({ article: null, by }),
});
