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
