import type { StateCreator } from 'zustand';
import { findExhibit } from '../../content/exhibits';
import { findCategory } from '../../content/instrumentCategories';
import { exhibitPlacement } from '../../layout/booths';
import type { PanelLayout } from '../../layout/framing';
import { framePose } from '../../layout/framing';
import { anchors } from '../../platform/anchors';
import { viewShape } from '../../platform/viewport';
import { demoControl } from '../demoControl';
import type { ExpoState } from '../expo';
import type { ActionSource } from '../source';
import { flightTo } from './view';

/** The open info panel: which exhibit, and which part section (null: the whole instrument). */
export interface Selection {
  id: string;
  part: string | null;
  /** Whether the panel takes keyboard focus when it opens (the guided tour keeps focus on its own bar). */
  takeFocus: boolean;
}

/** How focusExhibit opens a panel. */
export interface FocusOptions {
  layout?: PanelLayout;
  /** Move keyboard focus into the panel (default true). */
  takeFocus?: boolean;
  /** Who asks (default: the visitor). */
  source?: ActionSource;
}

/** The instrument category under the pointer and where the pointer was (client px) when it was set. */
export interface CategoryHover {
  id: string;
  x: number;
  y: number;
}

/** How far (px) the pointer may move over one category before its tooltip is moved after it. */
export const hoverRepositionPx = 32;

/** Panel layout for the current viewport: a bottom sheet on narrow screens. */
export function currentPanelLayout(): PanelLayout {
  return typeof window !== 'undefined' && window.innerWidth < 720 ? 'bottom' : 'side';
}

/** What is open beside the view: an exhibit's panel or an instrument category's card, and the hover tooltip. */
export interface PanelSlice {
  selected: Selection | null;
  /** The generic instrument category under the pointer (tooltip), if any. */
  hoveredCategory: CategoryHover | null;
  /** The open instrument-category card, by category id. */
  categoryCard: string | null;
  /**
   * Opens an exhibit's panel (at a part's section), frames it and closes the index and the article view;
   * an unknown id raises a notice instead.
   */
  focusExhibit: (id: string, part?: string | null, options?: FocusOptions) => boolean;
  closePanel: (source?: ActionSource) => void;
  /**
   * Names the category under the pointer (null: none). Sets state only when the category changes or the
   * pointer has moved more than hoverRepositionPx since it was set, not on every pointer move.
   */
  hoverCategory: (id: string | null, x?: number, y?: number) => void;
  /** Opens a category's card (closing any exhibit panel and the index); false for an unknown category. */
  openCategory: (id: string) => boolean;
  closeCategory: () => void;
}

/** The panel slice's state at the start of a visit. */
export const panelInitial = {
  selected: null as Selection | null,
  hoveredCategory: null as CategoryHover | null,
  categoryCard: null as string | null,
};

/** Panels: exhibits and categories. */
export const panelSlice: StateCreator<ExpoState, [], [], PanelSlice> = (set, get) => ({
  ...panelInitial,
  focusExhibit: (
    id,
    part = null,
    { layout = currentPanelLayout(), takeFocus = true, source = 'visitor' } = {},
  ) => {
    const exhibit = findExhibit(id);
    const place = exhibitPlacement(id);
    if (!exhibit || !place) {
      set({ notice: { kind: 'unknown-exhibit', id }, by: source });
      return false;
    }
    const knownPart = part && exhibit.parts.some((p) => p.id === part) ? part : null;
    const current = get().selected;
    if (current?.id === id && current.part === knownPart) {
      if (get().indexOpen || get().article) set({ indexOpen: false, article: null, by: source });
      return true;
    }
    const pose = framePose(place, place.sizeM, place.facingYawDeg, layout, viewShape(), anchors.get(id)?.[1]);
    if (current && current.id !== id) demoControl.stop();
    set({
      selected: { id, part: knownPart, takeFocus },
      categoryCard: null,
      indexOpen: false,
      article: null,
      notice: null,
      mode: 'walk',
      flight: current?.id === id ? get().flight : flightTo(pose, 'walk'),
      by: source,
    });
    return true;
  },
  closePanel: (by = 'visitor') => {
    demoControl.stop();
    set({ selected: null, by });
  },
  hoverCategory: (id, x = 0, y = 0) => {
    const now = get().hoveredCategory;
    if (id === null) {
      if (now) set({ hoveredCategory: null });
      return;
    }
    if (now?.id === id && Math.hypot(now.x - x, now.y - y) <= hoverRepositionPx) return;
    set({ hoveredCategory: { id, x, y } });
  },
  openCategory: (id) => {
    if (!findCategory(id)) return false;
    if (get().selected) get().closePanel();
    set({ categoryCard: id, hoveredCategory: null, indexOpen: false, by: 'visitor' });
    return true;
  },
  closeCategory: () => set({ categoryCard: null, by: 'visitor' }),
});
