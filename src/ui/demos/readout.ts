/** The text side of the demos: status line and chart descriptions, built from the live demo data. */
import type { Language } from '../../content/schema';
import { demoText } from '../../content/demoStrings';
import { aluminiumAttenuationPerCm } from '../../science/ct';
import { milliGalPerMs2 } from '../../science/gravity';
import { demoLive } from '../../state/demos';
import type { DemoId, DemoStatus } from '../../state/demos';
import { fixed, groupedFixed, signedFixed } from './format';

/** Status line and one description per chart canvas, in the panel's language. */
export interface DemoReadout {
  status: string;
  labels: readonly string[];
}

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

function gravimeterReadout(lang: Language, status: DemoStatus): DemoReadout {
  const g = demoLive.gravimeter;
  const latest = g.latest;
  const fringeLabel = demoText(lang, 'gravFringeAria', {
    n: g.fringe.count,
    c: g.fringe.fit ? g.fringe.fit.contrast.toFixed(2) : '—',
  });
  const meanLabel = latest
    ? demoText(lang, 'gravMeanAria', {
        n: latest.index,
        diff: signedFixed((latest.meanGMs2 - g.referenceGMs2) * microGalPerMs2, 1),
        se: gravityVars(latest.meanGMs2, latest.standardErrorMs2).se,
      })
    : demoText(lang, 'gravMeanAriaEmpty');
  let text: string;
  if (status === 'idle') text = demoText(lang, 'gravIdle');
  else if (g.stage === 'scanning')
    text = demoText(lang, 'gravScanning', {
      n: Math.min(g.dropsDone + 1, g.scanPoints),
      total: g.scanPoints,
    });
  else if (!latest) text = demoText(lang, 'gravLocking');
  else if (status === 'done')
    text = demoText(lang, 'gravDone', {
      n: latest.index,
      ...gravityVars(latest.meanGMs2, latest.standardErrorMs2),
      diff: signedFixed((latest.meanGMs2 - g.referenceGMs2) * microGalPerMs2, 1),
    });
  else
    text = demoText(lang, 'gravDrop', {
      n: latest.index,
      ...gravityVars(latest.meanGMs2, latest.standardErrorMs2),
    });
  return { status: text, labels: [fringeLabel, meanLabel] };
}

function ctReadout(lang: Language, status: DemoStatus): DemoReadout {
  const ct = demoLive.ct;
  const counts = { n: ct.anglesDone, total: ct.angleCount };
  const f = ct.finding;
  let text: string;
  if (status === 'idle') text = demoText(lang, 'ctIdle');
  else if (status === 'running')
    text = demoText(lang, 'ctRunning', { ...counts, deg: ((ct.angleRad * 180) / Math.PI).toFixed(0) });
  else if (f)
    text = demoText(lang, 'ctDone', {
      x: fixed(f.xMm, 1),
      y: fixed(f.yMm, 1),
      d: fixed(f.diameterMm, 1),
      mu: fixed(f.muPerCm, 2),
      al: aluminiumAttenuationPerCm.toFixed(2),
    });
  else text = demoText(lang, 'ctNothing');
  const slice = f ? demoText(lang, 'ctSliceAriaFound') : demoText(lang, 'ctSliceAria', counts);
  return { status: text, labels: [demoText(lang, 'ctSinogramAria', counts), slice] };
}

function cscanReadout(lang: Language, status: DemoStatus): DemoReadout {
  const c = demoLive.cscan;
  const [largest, ...others] = c.flaws;
  let text: string;
  if (status === 'idle') text = demoText(lang, 'cscanIdle');
  else if (status === 'running')
    text = demoText(lang, 'cscanRunning', { n: Math.min(c.row + 1, c.rows), total: c.rows });
  else if (largest) {
    text = demoText(lang, 'cscanDone', {
      a: fixed(largest.areaMm2, 1),
      x: fixed(largest.xMm, 1),
      y: fixed(largest.yMm, 1),
    });
    if (others.length > 0)
      text += `${lang === 'zh' ? '' : ' '}${demoText(lang, others.length === 1 ? 'cscanMoreOne' : 'cscanMore', { k: others.length })}`;
  } else text = demoText(lang, 'cscanNothing');
  const label =
    status === 'done' && largest
      ? demoText(lang, 'cscanAriaDone')
      : demoText(lang, 'cscanAria', { n: c.row, total: c.rows });
  return { status: text, labels: [label] };
}

/** What the status line and the chart labels say right now for demo id (status: of that demo). */
export function demoReadout(id: DemoId, lang: Language, status: DemoStatus): DemoReadout {
  if (id === 'quantum-gravimeter') return gravimeterReadout(lang, status);
  if (id === 'industrial-ct') return ctReadout(lang, status);
  return cscanReadout(lang, status);
}
