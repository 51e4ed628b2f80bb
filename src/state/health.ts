import { create } from 'zustand';

/** How the 3D view is doing: fine, its GPU context lost (restoring), or failed (the page reloads shortly). */
export type GraphicsHealth = 'ok' | 'lost' | 'failed';

interface HealthState {
  graphics: GraphicsHealth;
  setGraphics: (graphics: GraphicsHealth) => void;
}

/** The 3D view's health, shown to the visitor while it recovers. */
export const useHealth = create<HealthState>()((set) => ({
  graphics: 'ok',
  setGraphics: (graphics) => set({ graphics }),
}));
