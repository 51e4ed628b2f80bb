/** The shape every demo engine shares: a stable live-data object and three plain-JS actions. */
export interface DemoEngine<Live> {
  /** Mutable live data; same object for the engine's lifetime (readers may keep references). */
  live: Live;
  /** Back to idle, results cleared. */
  reset(): void;
  /** Resets, then prepares a fresh deterministic run. */
  start(): void;
  /** Advances by dtS display seconds; returns true once the run is complete. */
  step(dtS: number): boolean;
}

/** Live data every stepped demo has: a change counter and where the run is. */
export interface SteppedLive {
  version: number;
  stage: 'idle' | 'scanning' | 'done';
}

/** What a stepped demo does at each point of its run (see steppedEngine). */
export interface StepHooks {
  /** Display seconds per step. */
  periodS: number;
  /** Steps in a whole run. */
  total: number;
  /** Steps taken so far. */
  taken: () => number;
  /** Clears the results (reset). */
  clear: () => void;
  /** Prepares the first step (start). */
  begin: () => void;
  /** Takes one step. */
  advance: () => void;
  /** The run is complete: work out the result. */
  finish: () => void;
  /** Part-way into the next step (fraction 0..1): animate towards it. */
  progress: (fraction: number) => void;
}

/**
 * A demo that runs in equal steps of display time (a projection per angle, a raster line): the clock, the
 * idle → scanning → done stages and the version counter are here, what a step does is in the hooks.
 */
export function steppedEngine<Live extends SteppedLive>(live: Live, hooks: StepHooks): DemoEngine<Live> {
  let sinceS = 0;
  const reset = () => {
    hooks.clear();
    sinceS = 0;
    live.stage = 'idle';
    live.version++;
  };
  return {
    live,
    reset,
    start: () => {
      reset();
      live.stage = 'scanning';
      hooks.begin();
    },
    step: (dtS) => {
      if (live.stage !== 'scanning') return live.stage === 'done';
      sinceS += dtS;
      while (sinceS >= hooks.periodS && hooks.taken() < hooks.total) {
        sinceS -= hooks.periodS;
        hooks.advance();
      }
      if (hooks.taken() >= hooks.total) {
        live.stage = 'done';
        hooks.finish();
      } else hooks.progress(sinceS / hooks.periodS);
      live.version++;
      return live.stage === 'done';
    },
  };
}
