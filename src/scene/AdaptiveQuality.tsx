import { PerformanceMonitor } from '@react-three/drei';
import { usePerf } from '../state/perf';

/**
 * Frame-rate monitor: drei samples the frame rate over windows of `sampleMs` and, when most of `windows`
 * are below the lower bound, lowers the performance factor by `step` (or raises it when most are above the
 * upper bound). Stage turns the factor into DPR and shadows within the quality setting.
 */
const monitor = { sampleMs: 250, windows: 10, step: 0.2, threshold: 0.75 } as const;

/** Rounds away float drift from repeated steps, so factors compare and display cleanly. */
const tidy = (f: number) => Math.round(f * 100) / 100;

/** Watches the frame rate and moves the adaptive-quality factor down when slow and back up when fast. */
export function AdaptiveQuality() {
  const setFactor = usePerf((s) => s.setFactor);
  return (
    <PerformanceMonitor
      factor={usePerf.getState().factor}
      ms={monitor.sampleMs}
      iterations={monitor.windows}
      step={monitor.step}
      threshold={monitor.threshold}
      onChange={({ factor }) => setFactor(tidy(factor))}
    />
  );
}
