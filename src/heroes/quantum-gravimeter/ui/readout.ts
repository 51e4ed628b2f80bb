/** The gravimeter demo's status line and chart descriptions, built from its live data. */
import type { Language } from '../../../content/languages';
import type { DemoStatus } from '../../engine/demos';
import type { DemoReadout } from '../../ui/demoUi';
import { fixed, groupedFixed, signedFixed } from '../../ui/format';
import { gravimeterEngine } from '../engine/gravimeterDemo';
import { milliGalPerMs2 } from '../science/gravity';
import { gravimeterText as say } from './strings';

/** 1 µGal = 1e-8 m/s². */
const microGalPerMs2 = 1e8;

/** Value and standard error of g, as shown everywhere. */
function gravityVars(meanGMs2: number, seMs2: number) {
  return {
    g: groupedFixed(meanGMs2, 7),
    mgal: groupedFixed(meanGMs2 * milliGalPerMs2, 3),
    se: Number.isFinite(seMs2) ? fixed(seMs2 * microGalPerMs2, 1) : '—',
  };
}

/** What the gravimeter demo's status line and chart labels say now. */
export function gravimeterReadout(lang: Language, status: DemoStatus): DemoReadout {
  const g = gravimeterEngine.live;
  const latest = g.latest;
  const fringeLabel = say(lang, 'gravFringeAria', {
    n: g.fringe.count,
    c: g.fringe.fit ? g.fringe.fit.contrast.toFixed(2) : '—',
  });
  const meanLabel = latest
    ? say(lang, 'gravMeanAria', {
        n: latest.index,
        diff: signedFixed((latest.meanGMs2 - g.referenceGMs2) * microGalPerMs2, 1),
        se: gravityVars(latest.meanGMs2, latest.standardErrorMs2).se,
      })
    : say(lang, 'gravMeanAriaEmpty');
  let text: string;
  if (status === 'idle') text = say(lang, 'gravIdle');
  else if (g.stage === 'scanning')
    text = say(lang, 'gravScanning', {
      n: Math.min(g.dropsDone + 1, g.scanPoints),
      total: g.scanPoints,
    });
  else if (!latest) text = say(lang, 'gravLocking');
  else if (status === 'done')
    text = say(lang, 'gravDone', {
      n: latest.index,
      ...gravityVars(latest.meanGMs2, latest.standardErrorMs2),
      diff: signedFixed((latest.meanGMs2 - g.referenceGMs2) * microGalPerMs2, 1),
    });
  else
    text = say(lang, 'gravDrop', {
      n: latest.index,
      ...gravityVars(latest.meanGMs2, latest.standardErrorMs2),
    });
  return { status: text, labels: [fringeLabel, meanLabel] };
}
