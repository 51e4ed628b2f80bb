import { create } from 'zustand';
import { narrationSeconds, tourLength, tourStops } from '../content/tour';
import { languageTag } from '../content/languages';
import type { Language } from '../content/languages';
import { startPose } from '../layout/hall';
import { speak, stopSpeaking } from '../platform/speech';
import { useExpo } from './expo';
import { useLoading } from './loading';
import type { ActionSource } from './source';

/** Tour pacing, seconds: time allowed for the flight to a stop, and the shortest and longest stay. */
export const tourPacing = { flightS: 4, minStayS: 8, maxStayS: 40, afterSpeechS: 1.5 } as const;

interface TourState {
  /** Whether the tour is running (playing or paused). */
  active: boolean;
  /** The current stop, 0-based. */
  index: number;
  /** Whether it moves on by itself after each stop. */
  playing: boolean;
  /** Whether narration is read aloud (off until the visitor turns it on). */
  speech: boolean;
  /** Whether it starts again from the first stop after the last (the kiosk's attract loop). */
  loop: boolean;
  /** Who made the last change: the tour moving itself on, or whoever started, stepped or left it. */
  by: ActionSource;
  /** Starts (or jumps) to a stop, playing unless told otherwise; false for a stop that does not exist. */
  start: (index?: number, options?: { playing?: boolean; loop?: boolean; source?: ActionSource }) => boolean;
  /** Goes to a stop of the running tour (starting it if needed); false for a stop that does not exist. */
  goToStop: (index: number, source?: ActionSource) => boolean;
  next: () => void;
  prev: () => void;
  togglePlay: () => void;
  pause: () => void;
  setSpeech: (on: boolean) => void;
  /** Ends the tour; the current panel stays open. */
  exit: (source?: ActionSource) => void;
}

/** How long the tour stays at a stop before moving on, seconds (scaled by `pace`). */
export function stayFor(index: number, lang: Language, pace = 1): number {
  const stop = tourStops[index];
  if (!stop) return 0;
  const read = narrationSeconds(stop, lang);
  return (
    (tourPacing.flightS + Math.min(tourPacing.maxStayS, Math.max(tourPacing.minStayS, read))) *
    Math.max(0, pace)
  );
}

/** Multiplier on every stay; the kiosk's attract loop and tests may change it. */
export const tourClock = { pace: 1 };

let timer: ReturnType<typeof setTimeout> | null = null;
/** Bumped on every stop change, so a late timer or speech end from an earlier stop does nothing. */
let token = 0;
/** Stop index whose narration is still being read aloud (-1: none). */
let speakingFor = -1;
let advanceWhenSpoken = false;

function clearTimer(): void {
  if (timer) clearTimeout(timer);
  timer = null;
}

const initial = {
  active: false,
  index: 0,
  playing: false,
  speech: false,
  loop: false,
  by: 'visitor' as ActionSource,
};

/** The guided tour: which stop, playing or paused, narration aloud or not. */
export const useTour = create<TourState>()((set, get) => {
  /** Moves on after the stay, or after the narration has been read, whichever is later. */
  const schedule = () => {
    clearTimer();
    const { active, playing, index } = get();
    if (!active || !playing) return;
    const mine = token;
    // A tour opened by a link while the hall is still loading waits for the first frame before timing its stay.
    if (!useLoading.getState().done.frame) {
      const stop = useLoading.subscribe((l) => {
        if (!l.done.frame) return;
        stop();
        if (mine === token) schedule();
      });
      return;
    }
    const lang = useExpo.getState().lang;
    timer = setTimeout(
      () => {
        timer = null;
        if (mine !== token) return;
        if (speakingFor === index) advanceWhenSpoken = true;
        else advance();
      },
      stayFor(index, lang, tourClock.pace) * 1000,
    );
  };

  const advance = () => {
    const { index, loop, active } = get();
    if (!active) return;
    if (index + 1 < tourLength) get().goToStop(index + 1, 'tour');
    else if (loop) get().goToStop(0, 'tour');
    else set({ playing: false, by: 'tour' });
  };

  const narrate = () => {
    const { index, speech } = get();
    speakingFor = -1;
    advanceWhenSpoken = false;
    if (!speech) return;
    const stop = tourStops[index];
    const lang = useExpo.getState().lang;
    if (!stop) return;
    const mine = token;
    const started = speak(stop.narration[lang], languageTag(lang), () => {
      if (mine !== token) return;
      speakingFor = -1;
      if (advanceWhenSpoken && get().playing) {
        advanceWhenSpoken = false;
        timer = setTimeout(advance, tourPacing.afterSpeechS * 1000);
      }
    });
    if (started) speakingFor = index;
  };

  return {
    ...initial,
    start: (index = 0, { playing = true, loop = false, source = 'visitor' } = {}) => {
      if (!Number.isInteger(index) || index < 0 || index >= tourLength) return false;
      set({ active: true, playing, loop, by: source });
      return get().goToStop(index, source);
    },
    goToStop: (index, by = 'visitor') => {
      const stop = tourStops[index];
      if (!stop) return false;
      token++;
      clearTimer();
      set({ active: true, index, by });
      // The tour moves the hall itself: these changes are the tour's, whoever asked for the stop.
      const expo = useExpo.getState();
      if (stop.exhibit) expo.focusExhibit(stop.exhibit, null, { takeFocus: false, source: 'tour' });
      else {
        if (expo.selected) expo.closePanel('tour');
        if (expo.article) expo.closeArticle('tour');
        expo.goTo(startPose.x, startPose.z, startPose.yawDeg, 'tour');
      }
      narrate();
      schedule();
      return true;
    },
    next: () => {
      const { index, loop } = get();
      if (index + 1 < tourLength) get().goToStop(index + 1);
      else if (loop) get().goToStop(0);
    },
    prev: () => {
      const { index } = get();
      if (index > 0) get().goToStop(index - 1);
    },
    togglePlay: () => {
      if (get().playing) get().pause();
      else {
        set({ playing: true, by: 'visitor' });
        // Playing on from the last stop starts again from the first.
        if (get().index + 1 >= tourLength && !get().loop) get().goToStop(0);
        else schedule();
      }
    },
    pause: () => {
      token++;
      clearTimer();
      advanceWhenSpoken = false;
      set({ playing: false, by: 'visitor' });
    },
    setSpeech: (on) => {
      set({ speech: on });
      if (!on) {
        stopSpeaking();
        speakingFor = -1;
        if (advanceWhenSpoken && get().playing) {
          advanceWhenSpoken = false;
          advance();
        }
      } else if (get().active) narrate();
    },
    exit: (by = 'visitor') => {
      token++;
      clearTimer();
      if (speakingFor >= 0) stopSpeaking();
      speakingFor = -1;
      advanceWhenSpoken = false;
      set({ active: false, playing: false, loop: false, by });
    },
  };
});

/** Puts the tour back to its initial state (not running, narration off). */
export function resetTour(): void {
  useTour.getState().exit();
  useTour.setState(initial);
}

// The visitor taking over (opening another exhibit or the article view, walking off by a click or the plan)
// pauses the tour; the tour's own moves do not.
useExpo.subscribe((state, prev) => {
  if (state.by === 'tour') return;
  const tour = useTour.getState();
  if (!tour.active || !tour.playing) return;
  const otherExhibit = state.selected !== prev.selected && state.selected !== null;
  const reading = state.article !== null && prev.article === null;
  if (otherExhibit || reading || state.flight !== prev.flight) tour.pause();
});
