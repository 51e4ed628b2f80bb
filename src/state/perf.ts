import { create } from 'zustand';

interface PerfState {
  /** Performance factor from the frame-rate monitor: 1 best quality allowed, 0 the cheapest. */
  factor: number;
  /** How many times the monitor has moved the factor. */
  changes: number;
  setFactor: (factor: number) => void;
  reset: () => void;
}

/** Adaptive-quality state: changes a few times a session at most, never per frame. */
export const usePerf = create<PerfState>()((set, get) => ({
  factor: 1,
  changes: 0,
  setFactor: (factor) => {
    if (factor !== get().factor) set({ factor, changes: get().changes + 1 });
  },
  reset: () => set({ factor: 1, changes: 0 }),
}));
