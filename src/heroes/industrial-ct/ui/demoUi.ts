import type { HeroDemoUi } from '../../ui/demoUi';
import { ctEngine } from '../engine/ctDemo';
import { drawSinogram, drawSlice } from './drawCt';
import { ctReadout } from './readout';
import { ctStrings, ctText as say } from './strings';

/** The CT demo in its panel: the sinogram and the reconstructed slice, side by side. */
export const ctDemoUi: HeroDemoUi = {
  charts: [
    { className: 'demo-square', caption: (lang) => say(lang, 'ctSinogramTitle'), draw: drawSinogram },
    { className: 'demo-square', caption: (lang) => say(lang, 'ctSliceTitle'), draw: drawSlice },
  ],
  layout: 'demo-pair',
  version: () => ctEngine.live.version,
  readout: ctReadout,
  strings: ctStrings,
};
