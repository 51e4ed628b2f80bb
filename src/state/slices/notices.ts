import type { StateCreator } from 'zustand';
import type { ExpoState } from '../expo';

/** A message for the visitor about something that went wrong (shown with role=alert). */
export type Notice =
  | { kind: 'unknown-exhibit'; id: string }
  | { kind: 'unknown-tour-stop'; stop: string }
  | { kind: 'unknown-section'; section: string };

/** Messages for the visitor: a bad link, and the models that failed to load. */
export interface NoticesSlice {
  notice: Notice | null;
  /** Exhibits whose 3D model failed to load (a placeholder stands in), in the order they failed. */
  failedModels: string[];
  /** Shows a notice (role=alert) for the visitor. */
  showNotice: (notice: Notice) => void;
  dismissNotice: () => void;
  /** Records that an exhibit's model failed to load (shown to the visitor until dismissed). */
  reportModelFailure: (id: string) => void;
  dismissModelFailures: () => void;
}

/** The notices slice's state at the start of a visit. */
export const noticesInitial = { notice: null as Notice | null, failedModels: [] as string[] };

/** Notices. */
export const noticesSlice: StateCreator<ExpoState, [], [], NoticesSlice> = (set, get) => ({
  ...noticesInitial,
  showNotice: (notice) => set({ notice }),
  dismissNotice: () => set({ notice: null }),
  reportModelFailure: (id) => {
    if (!get().failedModels.includes(id)) set({ failedModels: [...get().failedModels, id] });
  },
  dismissModelFailures: () => set({ failedModels: [] }),
});
