import type { HeroDemoUi } from '../../ui/demoUi';
import { groupedFixed } from '../../ui/format';
import { gravimeterEngine } from '../engine/gravimeterDemo';
import { milliGalPerMs2 } from '../science/gravity';
import { drawConvergence, drawFringe } from './drawGravimeter';
import { gravimeterReadout } from './readout';
import { gravimeterStrings, gravimeterText as say } from './strings';

/** The gravimeter demo in its panel: the fringe, the converging mean, and the reference it converges on. */
export const gravimeterDemoUi: HeroDemoUi = {
  charts: [
    { className: 'demo-fringe', caption: (lang) => say(lang, 'gravFringeTitle'), draw: drawFringe },
    { className: 'demo-mean', caption: (lang) => say(lang, 'gravMeanTitle'), draw: drawConvergence },
  ],
  version: () => gravimeterEngine.live.version,
  note: (lang) =>
    say(lang, 'gravReference', {
      ref: groupedFixed(gravimeterEngine.live.referenceGMs2 * milliGalPerMs2, 3),
    }),
  readout: gravimeterReadout,
  strings: gravimeterStrings,
};
