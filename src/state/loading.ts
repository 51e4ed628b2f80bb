import { create } from 'zustand';
import type { StringKey } from '../content/strings';

/** The stages of start-up, each reported when it really happens. */
export const loadingSteps = [
  { id: 'shell', label: 'loadingStepShell' },
  { id: 'code', label: 'loadingStepCode' },
  { id: 'materials', label: 'loadingStepMaterials' },
  { id: 'hall', label: 'loadingStepHall' },
  { id: 'models', label: 'loadingStepModels' },
  { id: 'frame', label: 'loadingStepFrame' },
] as const satisfies readonly { id: string; label: StringKey }[];

/** A loading step id. */
export type LoadingStepId = (typeof loadingSteps)[number]['id'];

interface LoadingState {
  done: Partial<Record<LoadingStepId, true>>;
  /** Extra asset progress (models), 0..1, from the loader. */
  assets: { loaded: number; total: number };
  markDone: (id: LoadingStepId) => void;
  setAssets: (loaded: number, total: number) => void;
}

/** Start-up progress, shown by the loading screen. */
export const useLoading = create<LoadingState>()((set) => ({
  done: { shell: true },
  assets: { loaded: 0, total: 0 },
  markDone: (id) => set((s) => (s.done[id] ? s : { done: { ...s.done, [id]: true } })),
  setAssets: (loaded, total) => set({ assets: { loaded, total } }),
}));

/** Fraction of start-up done, 0..1: steps plus asset bytes. */
export function loadingProgress(s: Pick<LoadingState, 'done' | 'assets'>): number {
  const steps = loadingSteps.filter((x) => s.done[x.id]).length;
  const assets = s.assets.total > 0 ? s.assets.loaded / s.assets.total : 1;
  return (steps + assets) / (loadingSteps.length + 1);
}
