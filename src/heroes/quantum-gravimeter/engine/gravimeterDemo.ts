/**
 * The atom-interferometer gravimeter demo as a sequence of simulated drops: first a fringe scan at
 * T = 100 ms (the coarser scans at T = 2, 10, 30 ms that locate the right fringe run instantly and are
 * not shown), then the locked mid-fringe measurement whose running mean converges on g. Each drop is a
 * cooling → falling → detecting cycle in physical time, shown in slow motion at first and then faster.
 */
import type { DemoEngine } from '../../engine/demoEngine';
import {
  createInstrument,
  fitFringe,
  measureGravityByScan,
  runMeasurement,
} from '../science/atomInterferometer';
import type { DropResult, FringeScan } from '../science/atomInterferometer';
import { gravimeterDemoSettings, initialGravimeterLive, slowMotionForDrop } from './gravimeterLive';
import type { GravimeterLive } from './gravimeterLive';

export * from './gravimeterLive';

const s = gravimeterDemoSettings;
const cycleEndS = s.detectionTimeS + s.detectingS;

/** A scan showing only its first `count` points. */
function partialScan(scan: FringeScan, count: number): FringeScan {
  return {
    ...scan,
    chirpsRadPerS2: scan.chirpsRadPerS2.subarray(0, count),
    upperFractions: scan.upperFractions.subarray(0, count),
  };
}

/** Creates the gravimeter demo engine; its `live` object keeps its identity across runs. */
export function createGravimeterEngine(): DemoEngine<GravimeterLive> {
  const live = initialGravimeterLive();
  let fineEstimateMs2 = 0;
  let measurement: Generator<DropResult, void, undefined> | null = null;
  let pending: DropResult | null = null;

  /** Draws the result of the drop about to start (known in advance; revealed at its end). */
  const prepareDrop = () => {
    const k = live.dropsDone;
    live.slowMotion = slowMotionForDrop(k);
    live.tS = -s.coolingS;
    if (k < s.fringePoints) {
      pending = null;
      live.upperFraction = live.fringe.scan!.upperFractions[k]!;
      return;
    }
    if (!measurement) {
      measurement = runMeasurement({
        trueGMs2: live.referenceGMs2,
        lockGMs2: fineEstimateMs2,
        seed: s.measurementSeed,
        maxDrops: s.measurementDrops,
      });
    }
    pending = measurement.next().value ?? null;
    live.upperFraction = pending?.upperFraction ?? 0.5;
  };

  const finishDrop = () => {
    const k = live.dropsDone;
    const fringe = live.fringe;
    if (k < s.fringePoints) {
      fringe.count = k + 1;
      if (fringe.count >= s.minFitPoints) fringe.fit = fitFringe(partialScan(fringe.scan!, fringe.count));
      if (fringe.count === s.fringePoints) {
        fringe.gMs2 = fineEstimateMs2;
        live.stage = 'measuring';
      }
    } else if (pending) {
      live.drops.push(pending);
      live.latest = pending;
    }
    live.dropsDone = k + 1;
    if (live.dropsDone >= s.fringePoints + s.measurementDrops) {
      live.stage = 'done';
      live.phase = 'detecting';
      live.tS = cycleEndS;
      return;
    }
    prepareDrop();
  };

  const reset = () => {
    Object.assign(live, initialGravimeterLive(), { version: live.version + 1, drops: [] });
    measurement = null;
    pending = null;
  };

  const start = () => {
    reset();
    const inst = createInstrument(live.referenceGMs2, s.scanSeed);
    const coarseToFine = measureGravityByScan(inst, s.priorGMs2);
    live.fringe.scan = coarseToFine.scans[coarseToFine.scans.length - 1]!;
    fineEstimateMs2 = coarseToFine.gMs2;
    live.stage = 'scanning';
    prepareDrop();
  };

  // A function, not a narrowed field: finishDrop changes the stage inside the loop.
  const done = (): boolean => live.stage === 'done';

  const step = (dtS: number) => {
    if (live.stage === 'idle' || done()) return done();
    live.flash = Math.max(0, live.flash - dtS / s.flashDisplayS);
    let remaining = dtS;
    while (remaining > 0 && !done()) {
      const toEnd = (cycleEndS - live.tS) * live.slowMotion;
      const before = live.tS;
      if (remaining >= toEnd) {
        remaining -= toEnd;
        live.tS = cycleEndS;
      } else {
        live.tS += remaining / live.slowMotion;
        remaining = 0;
      }
      for (const p of live.pulses) {
        if (before < p.timeS && p.timeS <= live.tS) [live.flash, live.flashKind] = [1, p.kind];
      }
      if (live.tS >= cycleEndS) finishDrop();
    }
    if (!done()) {
      live.phase = live.tS < 0 ? 'cooling' : live.tS < s.detectionTimeS ? 'falling' : 'detecting';
    }
    live.version++;
    return done();
  };

  return { live, reset, start, step };
}

/** The gravimeter's demo engine: the one the demo store runs and the views read. */
export const gravimeterEngine = createGravimeterEngine();
