/** The CT demo's status line and chart descriptions, built from its live data. */
import type { Language } from '../../../content/languages';
import type { DemoStatus } from '../../engine/demos';
import type { DemoReadout } from '../../ui/demoUi';
import { fixed } from '../../ui/format';
import { ctEngine } from '../engine/ctDemo';
import { aluminiumAttenuationPerCm } from '../science/ct';
import { ctText as say } from './strings';

/** What the CT demo's status line and chart labels say now. */
export function ctReadout(lang: Language, status: DemoStatus): DemoReadout {
  const ct = ctEngine.live;
  const counts = { n: ct.anglesDone, total: ct.angleCount };
  const f = ct.finding;
  let text: string;
  if (status === 'idle') text = say(lang, 'ctIdle');
  else if (status === 'running')
    text = say(lang, 'ctRunning', { ...counts, deg: ((ct.angleRad * 180) / Math.PI).toFixed(0) });
  else if (f)
    text = say(lang, 'ctDone', {
      x: fixed(f.xMm, 1),
      y: fixed(f.yMm, 1),
      d: fixed(f.diameterMm, 1),
      mu: fixed(f.muPerCm, 2),
      al: aluminiumAttenuationPerCm.toFixed(2),
    });
  else text = say(lang, 'ctNothing');
  const slice = f ? say(lang, 'ctSliceAriaFound') : say(lang, 'ctSliceAria', counts);
  return { status: text, labels: [say(lang, 'ctSinogramAria', counts), slice] };
}
