import type { HeroDemoUi } from '../../ui/demoUi';
import { cscanEngine } from '../engine/cscanDemo';
import { drawCscan } from './drawCscan';
import { cscanReadout } from './readout';
import { cscanStrings, cscanText as say } from './strings';

/** The scale of the simulated scan, for its caption and note: package size, raster points and their pitch. */
function scanScale() {
  const { spanMm, cols, rows } = cscanEngine.live;
  return { mm: spanMm, cols, rows, pitch: Math.round((spanMm / cols) * 1000) };
}

/** The C-scan demo in its panel: the image building line by line, and the legend of its outlines. */
export const cscanDemoUi: HeroDemoUi = {
  charts: [
    {
      className: 'demo-square demo-cscan',
      caption: (lang) => say(lang, 'cscanTitle', scanScale()),
      draw: drawCscan,
    },
  ],
  version: () => cscanEngine.live.version,
  note: (lang) => say(lang, 'cscanLegend', scanScale()),
  readout: cscanReadout,
  strings: cscanStrings,
};
