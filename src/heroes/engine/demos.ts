/**
 * Live demonstrations of the frontier instruments. The zustand store holds only coarse state
 * (which demo, running or done); the fast-changing data lives in each engine's plain mutable `live`
 * object (heroes/engine/engines.ts), advanced by `stepDemos` and read by the 3D view and the panel charts
 * on their own frames.
 *
 * A demo is driven by its own requestAnimationFrame loop (started by startDemo, stopped when the demo
 * finishes or is stopped), so it runs whether or not the 3D canvas is mounted. With
 * `prefers-reduced-motion: reduce` the loop still runs every frame but advances the demo only every
 * `demoLoop.reducedMotionStepS`, in one larger step: the same result in the same time, with the
 * animations and charts jumping twice a second instead of gliding.
 */
import { create } from 'zustand';
import { prefersReducedMotion } from '../../platform/motion';
import { demoControl } from '../../state/demoControl';
import { heroIds } from '../registry';
import type { HeroId } from '../registry';
import { engines } from './engines';

/** Whether the active demo is still computing or has finished (its result kept until stopped). */
export type DemoStatus = 'idle' | 'running' | 'done';

/** Pacing of the demo loop. */
export const demoLoop = {
  /** Longest frame step: a tab back from the background does not jump ahead, slow devices keep pace. */
  maxFrameS: 1,
  /** With reduced motion, the demo advances in steps this long. */
  reducedMotionStepS: 0.5,
} as const;

interface DemosState {
  /** The demo shown (running or finished), or null. */
  active: HeroId | null;
  status: DemoStatus;
  /** Increments with every start, so views can tell a restart from a continuation. */
  seq: number;
  startDemo: (id: HeroId) => void;
  stopDemo: () => void;
  resetDemos: () => void;
}

let frame: number | null = null;
let lastFrameMs: number | null = null;
let pendingS = 0;
let reducedMotion = false;

function stopLoop(): void {
  if (frame !== null && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
  [frame, lastFrameMs, pendingS] = [null, null, 0];
}

function tick(nowMs: number): void {
  const dtS = lastFrameMs === null ? 0 : Math.min(demoLoop.maxFrameS, (nowMs - lastFrameMs) / 1000);
  lastFrameMs = nowMs;
  pendingS += dtS;
  if (pendingS >= (reducedMotion ? demoLoop.reducedMotionStepS : 0)) {
    stepDemos(pendingS);
    pendingS = 0;
  }
  frame = useDemos.getState().status === 'running' ? requestAnimationFrame(tick) : null;
}

function startLoop(): void {
  stopLoop();
  if (typeof requestAnimationFrame !== 'function') return; // Node (tests): step by hand.
  reducedMotion = prefersReducedMotion();
  frame = requestAnimationFrame(tick);
}

/** Which demo runs, and the actions shared by the panel button and anything else that starts one. */
export const useDemos = create<DemosState>()((set, get) => ({
  active: null,
  status: 'idle',
  seq: 0,
  startDemo: (id) => {
    const { active, seq } = get();
    if (active && active !== id) engines[active].reset();
    engines[id].start();
    set({ active: id, status: 'running', seq: seq + 1 });
    startLoop();
  },
  stopDemo: () => {
    stopLoop();
    const { active } = get();
    if (active) engines[active].reset();
    set({ active: null, status: 'idle' });
  },
  resetDemos: () => {
    stopLoop();
    for (const id of heroIds) engines[id].reset();
    set({ active: null, status: 'idle', seq: 0 });
  },
}));

// The expo store stops and resets the demos through demoControl, so the engines load only with the views
// that show a demo.
demoControl.stop = () => useDemos.getState().stopDemo();
demoControl.reset = () => useDemos.getState().resetDemos();

/** Advances the running demo by dtS seconds (deterministic for a given sequence of steps). */
export function stepDemos(dtS: number): void {
  const { active, status } = useDemos.getState();
  if (!active || status !== 'running') return;
  if (engines[active].step(Math.max(0, dtS))) {
    useDemos.setState({ status: 'done' });
    stopLoop();
  }
}
