import { create } from 'zustand';
import type { KioskConfig } from '../platform/settings';
import { kioskLimits } from '../platform/settings';
import { useExpo } from './expo';
import { resetTour, tourClock, useTour } from './tour';

/** Where an unattended kiosk is: someone visiting, the "Still there?" countdown, or the attract loop. */
export type KioskPhase = 'visit' | 'warning' | 'attract';

/** Kiosk tunables: the attract loop's tour pace (multiplier on every stay) and the countdown's tick. */
export const kioskPacing = { attractPace: 0.75, tickMs: 1000 } as const;

interface KioskState {
  /** Whether kiosk mode is on (`?kiosk`). */
  on: boolean;
  idleS: number;
  warnS: number;
  phase: KioskPhase;
  /** Whole seconds left on the "Still there?" prompt (0 outside the warning). */
  countdown: number;
  /** Visits reset so far (idle resets and attract ends). */
  resets: number;
  /** Tour pace used while the attract loop plays. */
  attractPace: number;
  /** Applies settings from the URL and starts (or stops) the idle timer. */
  configure: (config: KioskConfig) => void;
  /** The visitor touched, clicked, typed or scrolled: keeps the visit (or ends the attract loop on a key). */
  noteActivity: () => void;
  /** Puts every store back to its initial state: panels closed, tour off, language default, camera at the entrance. */
  resetVisit: () => void;
  /** Plays the guided tour by itself, looping, under the "Touch to start" overlay. */
  startAttract: () => void;
  /** Ends the attract loop and starts a fresh visit at the entrance. */
  endAttract: () => void;
  /** Stops every kiosk timer (the app unmounting). */
  dispose: () => void;
}

let idleTimer: ReturnType<typeof setTimeout> | null = null;
let warnTimer: ReturnType<typeof setTimeout> | null = null;
let tickTimer: ReturnType<typeof setInterval> | null = null;

function clearTimers(): void {
  if (idleTimer) clearTimeout(idleTimer);
  if (warnTimer) clearTimeout(warnTimer);
  if (tickTimer) clearInterval(tickTimer);
  idleTimer = warnTimer = tickTimer = null;
}

const initial = {
  on: false,
  idleS: kioskLimits.idleS.default as number,
  warnS: kioskLimits.warnS.default as number,
  phase: 'visit' as KioskPhase,
  countdown: 0,
  resets: 0,
  attractPace: kioskPacing.attractPace as number,
};

/** Kiosk mode: idle timer, "Still there?" prompt, visit reset and the attract loop. */
export const useKiosk = create<KioskState>()((set, get) => {
  const armIdle = () => {
    clearTimers();
    const { on, phase, idleS } = get();
    if (!on || phase === 'attract') return;
    idleTimer = setTimeout(warn, idleS * 1000);
  };

  const warn = () => {
    clearTimers();
    const { warnS } = get();
    const endsAt = Date.now() + warnS * 1000;
    set({ phase: 'warning', countdown: Math.ceil(warnS) });
    tickTimer = setInterval(
      () => set({ countdown: Math.max(0, Math.ceil((endsAt - Date.now()) / 1000)) }),
      kioskPacing.tickMs,
    );
    warnTimer = setTimeout(() => {
      get().resetVisit();
      get().startAttract();
    }, warnS * 1000);
  };

  return {
    ...initial,
    configure: ({ on, idleS, warnS }) => {
      set({ on, idleS, warnS, phase: 'visit', countdown: 0 });
      armIdle();
    },
    noteActivity: () => {
      const { on, phase } = get();
      if (!on) return;
      if (phase === 'attract') return get().endAttract();
      if (phase === 'warning') set({ phase: 'visit', countdown: 0 });
      armIdle();
    },
    resetVisit: () => {
      clearTimers();
      resetTour();
      tourClock.pace = 1;
      useExpo.getState().reset('kiosk'); // also resets the demos and the live navigation state
      set({ phase: 'visit', countdown: 0, resets: get().resets + 1 });
      armIdle();
    },
    startAttract: () => {
      clearTimers();
      set({ phase: 'attract', countdown: 0 });
      tourClock.pace = get().attractPace;
      useTour.getState().start(0, { playing: true, loop: true, source: 'kiosk' });
    },
    endAttract: () => {
      if (get().phase !== 'attract') return;
      get().resetVisit();
    },
    dispose: () => clearTimers(),
  };
});

/** Puts the kiosk store back to its initial state (kiosk off, no timers); for tests. */
export function resetKiosk(): void {
  clearTimers();
  useKiosk.setState(initial);
}
