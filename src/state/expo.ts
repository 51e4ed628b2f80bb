import { create } from 'zustand';
import type { ArticleSectionId, Language } from '../content/schema';
import { articleSectionIds } from '../content/schema';
import { blockBounds, startPose, zonePlacements } from '../layout/hall';
import { collisionWorld } from '../layout/collision';
import { exhibitPlacement } from '../layout/booths';
import type { PanelLayout } from '../layout/framing';
import { framePose } from '../layout/framing';
import { anchors } from '../platform/anchors';
import { viewShape } from '../platform/viewport';
import { findExhibit } from '../content/exhibits';
import { findCategory } from '../content/instrumentCategories';
import { demoControl } from './demoControl';
import { nav, resetNav, walk } from './nav';

/** How the visitor sees the hall. */
export type ViewMode = 'walk' | 'overview';

/** Where a camera flight ends, metres and degrees (yaw 0 looks north, -z). */
export interface Pose {
  x: number;
  y: number;
  z: number;
  yawDeg: number;
  pitchDeg: number;
}

/** A request for the camera rig to fly somewhere; seq changes with every request. */
export interface Flight {
  seq: number;
  to: Pose;
  mode: ViewMode;
}

/** The bird's-eye view of the whole block: high above the south-east, looking at its centre. */
export const overviewView = (() => {
  const target = { x: (blockBounds.minX + blockBounds.maxX) / 2 - 5, y: 0, z: -10 };
  const pos = { x: target.x + 40, y: 150, z: target.z + 170 };
  const dx = target.x - pos.x;
  const dz = target.z - pos.z;
  const yawDeg = (Math.atan2(-dx, -dz) * 180) / Math.PI;
  const pitchDeg = (Math.atan2(target.y - pos.y, Math.hypot(dx, dz)) * 180) / Math.PI;
  return { target, pose: { ...pos, yawDeg, pitchDeg } as Pose };
})();

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
}

/** The instrument category under the pointer and where the pointer was (client px) when it was set. */
export interface CategoryHover {
  id: string;
  x: number;
  y: number;
}

/** How far (px) the pointer may move over one category before its tooltip is moved after it. */
export const hoverRepositionPx = 32;

/** A message for the visitor about something that went wrong (shown with role=alert). */
export type Notice =
  | { kind: 'unknown-exhibit'; id: string }
  | { kind: 'unknown-tour-stop'; stop: string }
  | { kind: 'unknown-section'; section: string };

/** The article view: open or not, and which section it shows first (null: from the top). */
export interface ArticleView {
  section: ArticleSectionId | null;
}

/** Whether a string names one of the article's sections. */
export function isArticleSection(s: string): s is ArticleSectionId {
  return (articleSectionIds as readonly string[]).includes(s);
}

interface ExpoState {
  lang: Language;
  selected: Selection | null;
  notice: Notice | null;
  mode: ViewMode;
  planOpen: boolean;
  helpOpen: boolean;
  /** Whether the exhibit index (search dialog) is open. */
  indexOpen: boolean;
  /** The article view, when open. */
  article: ArticleView | null;
  /** Exhibits whose 3D model failed to load (a placeholder stands in), in the order they failed. */
  failedModels: string[];
  flight: Flight | null;
  /** The generic instrument category under the pointer (tooltip), if any. */
  hoveredCategory: CategoryHover | null;
  /** The open instrument-category card, by category id. */
  categoryCard: string | null;
  setLang: (lang: Language) => void;
  toggleLang: () => void;
  setMode: (mode: ViewMode) => void;
  togglePlan: () => void;
  setPlanOpen: (open: boolean) => void;
  setHelpOpen: (open: boolean) => void;
  setIndexOpen: (open: boolean) => void;
  /** Walks (flies, animated) to a point on the floor; the spot is nudged out of walls and stands. */
  goTo: (x: number, z: number, yawDeg?: number) => void;
  /** Flies down into walk mode at a zone's entry point. */
  flyToZone: (zoneId: string) => boolean;
  /**
   * Opens an exhibit's panel (at a part's section), frames it and closes the index and the article view;
   * an unknown id raises a notice instead.
   */
  focusExhibit: (id: string, part?: string | null, options?: FocusOptions) => boolean;
  /** Opens the article view at a section (null: from the top); an unknown section raises a notice and opens it at the top. */
  openArticle: (section?: string | null) => void;
  closeArticle: () => void;
  /** Shows a notice (role=alert) for the visitor. */
  showNotice: (notice: Notice) => void;
  /** Records that an exhibit's model failed to load (shown to the visitor until dismissed). */
  reportModelFailure: (id: string) => void;
  dismissModelFailures: () => void;
  closePanel: () => void;
  dismissNotice: () => void;
  /**
   * Names the category under the pointer (null: none). Sets state only when the category changes or the
   * pointer has moved more than hoverRepositionPx since it was set, not on every pointer move.
   */
  hoverCategory: (id: string | null, x?: number, y?: number) => void;
  /** Opens a category's card (closing any exhibit panel and the index); false for an unknown category. */
  openCategory: (id: string) => boolean;
  closeCategory: () => void;
  reset: () => void;
}

const initial = {
  lang: 'zh' as Language,
  mode: 'walk' as ViewMode,
  planOpen: true,
  helpOpen: false,
  indexOpen: false,
  article: null as ArticleView | null,
  failedModels: [] as string[],
  flight: null as Flight | null,
  selected: null as Selection | null,
  notice: null as Notice | null,
  hoveredCategory: null as CategoryHover | null,
  categoryCard: null as string | null,
};

/** Panel layout for the current viewport: a bottom sheet on narrow screens. */
export function currentPanelLayout(): PanelLayout {
  return typeof window !== 'undefined' && window.innerWidth < 720 ? 'bottom' : 'side';
}

let seq = 0;
const rad2deg = 180 / Math.PI;

/** App state and actions shared by the 3D scene and the DOM UI. */
export const useExpo = create<ExpoState>()((set, get) => ({
  ...initial,
  setLang: (lang) => set({ lang }),
  toggleLang: () => set({ lang: get().lang === 'zh' ? 'en' : 'zh' }),
  setMode: (mode) => {
    if (mode === get().mode) return;
    if (mode === 'overview') {
      set({ mode, flight: { seq: ++seq, to: overviewView.pose, mode } });
    } else {
      const back = nav.lastWalk;
      set({
        mode,
        flight: {
          seq: ++seq,
          to: { x: back.x, y: walk.eyeHeightM, z: back.z, yawDeg: back.yaw * rad2deg, pitchDeg: 0 },
          mode,
        },
      });
    }
  },
  togglePlan: () => set({ planOpen: !get().planOpen }),
  setPlanOpen: (planOpen) => set({ planOpen }),
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  setIndexOpen: (indexOpen) => set({ indexOpen }),
  goTo: (x, z, yawDeg) => {
    const spot = collisionWorld.resolve({ x, z });
    const yaw =
      yawDeg ??
      (get().mode === 'walk'
        ? Math.atan2(-(spot.x - nav.x), -(spot.z - nav.z)) * rad2deg
        : nav.lastWalk.yaw * rad2deg);
    set({
      mode: 'walk',
      flight: {
        seq: ++seq,
        to: { x: spot.x, y: walk.eyeHeightM, z: spot.z, yawDeg: Number.isFinite(yaw) ? yaw : 0, pitchDeg: 0 },
        mode: 'walk',
      },
    });
  },
  flyToZone: (zoneId) => {
    const place = zonePlacements[zoneId];
    if (!place) return false;
    get().goTo(place.entry.x, place.entry.z, place.entry.yawDeg);
    return true;
  },
  focusExhibit: (id, part = null, { layout = currentPanelLayout(), takeFocus = true } = {}) => {
    const exhibit = findExhibit(id);
    const place = exhibitPlacement(id);
    if (!exhibit || !place) {
      set({ notice: { kind: 'unknown-exhibit', id } });
      return false;
    }
    const knownPart = part && exhibit.parts.some((p) => p.id === part) ? part : null;
    const current = get().selected;
    if (current?.id === id && current.part === knownPart) {
      if (get().indexOpen || get().article) set({ indexOpen: false, article: null });
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
      flight: current?.id === id ? get().flight : { seq: ++seq, to: pose, mode: 'walk' },
    });
    return true;
  },
  closePanel: () => {
    demoControl.stop();
    set({ selected: null });
  },
  dismissNotice: () => set({ notice: null }),
  showNotice: (notice) => set({ notice }),
  reportModelFailure: (id) => {
    if (!get().failedModels.includes(id)) set({ failedModels: [...get().failedModels, id] });
  },
  dismissModelFailures: () => set({ failedModels: [] }),
  openArticle: (section = null) => {
    if (section !== null && !isArticleSection(section)) {
      set({ article: { section: null }, indexOpen: false, notice: { kind: 'unknown-section', section } });
      return;
    }
    set({ article: { section }, indexOpen: false });
  },
  closeArticle: () => set({ article: null }),
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
    set({ categoryCard: id, hoveredCategory: null, indexOpen: false });
    return true;
  },
  closeCategory: () => set({ categoryCard: null }),
  reset: () => {
    resetNav();
    demoControl.reset();
    set({
      ...initial,
      flight: {
        seq: ++seq,
        to: { x: startPose.x, y: walk.eyeHeightM, z: startPose.z, yawDeg: startPose.yawDeg, pitchDeg: 0 },
        mode: 'walk',
      },
    });
  },
}));
