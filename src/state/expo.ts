/**
 * The app's shared state and actions, read by the 3D scene and the DOM UI alike: one zustand store made of
 * small slices (state/slices/): the language, the view (walk or overview, camera flights), the open panel,
 * the dialogs, the notices. Every change records who asked for it (`by`, see state/source.ts).
 */
import { create } from 'zustand';
import { startPose } from '../layout/hall';
import { demoControl } from './demoControl';
import { resetNav } from './nav';
import type { ActionSource } from './source';
import { dialogsInitial, dialogsSlice } from './slices/dialogs';
import type { DialogsSlice } from './slices/dialogs';
import { languageInitial, languageSlice } from './slices/language';
import type { LanguageSlice } from './slices/language';
import { noticesInitial, noticesSlice } from './slices/notices';
import type { NoticesSlice } from './slices/notices';
import { panelInitial, panelSlice } from './slices/panel';
import type { PanelSlice } from './slices/panel';
import { flightTo, viewInitial, viewSlice, walkPose } from './slices/view';
import type { ViewSlice } from './slices/view';

export type { ArticleView } from './slices/dialogs';
export { isArticleSection } from './slices/dialogs';
export type { Notice } from './slices/notices';
export type { CategoryHover, FocusOptions, Selection } from './slices/panel';
export { currentPanelLayout, hoverRepositionPx } from './slices/panel';
export type { Flight, Pose, ViewMode } from './slices/view';
export { overviewView } from './slices/view';

/** The whole store: its slices, who made the last change, and the reset. */
export type ExpoState = LanguageSlice &
  ViewSlice &
  PanelSlice &
  DialogsSlice &
  NoticesSlice & {
    /** Who made the last change (a listener reads it with that change). */
    by: ActionSource;
    /** Back to the start of a visit: everything closed, the first language, the camera at the entrance. */
    reset: (source?: ActionSource) => void;
  };

const initial = {
  ...languageInitial,
  ...viewInitial,
  ...panelInitial,
  ...dialogsInitial,
  ...noticesInitial,
  by: 'visitor' as ActionSource,
};

/** App state and actions shared by the 3D scene and the DOM UI. */
export const useExpo = create<ExpoState>()((...a) => ({
  ...languageSlice(...a),
  ...viewSlice(...a),
  ...panelSlice(...a),
  ...dialogsSlice(...a),
  ...noticesSlice(...a),
  by: initial.by,
  reset: (by = 'kiosk') => {
    resetNav();
    demoControl.reset();
    const [set] = a;
    set({ ...initial, flight: flightTo(walkPose(startPose.x, startPose.z, startPose.yawDeg), 'walk'), by });
  },
}));
