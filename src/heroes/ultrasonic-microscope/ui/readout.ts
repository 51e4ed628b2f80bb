/** The C-scan demo's status line and chart description, built from its live data. */
import type { Language } from '../../../content/schema';
import type { DemoStatus } from '../../engine/demos';
import type { DemoReadout } from '../../ui/demoUi';
import { fixed } from '../../ui/format';
import { cscanEngine } from '../engine/cscanDemo';
import { createCscanModel } from '../science/cscan';
import { cscanText as say } from './strings';

/** The transducer's centre frequency in the demo, MHz. */
const frequencyMHz = createCscanModel().frequencyMHz;

/** What the C-scan demo's status line and chart label say now. */
export function cscanReadout(lang: Language, status: DemoStatus): DemoReadout {
  const c = cscanEngine.live;
  const [largest, ...others] = c.flaws;
  let text: string;
  if (status === 'idle') text = say(lang, 'cscanIdle', { f: frequencyMHz });
  else if (status === 'running')
    text = say(lang, 'cscanRunning', { n: Math.min(c.row + 1, c.rows), total: c.rows });
  else if (largest) {
    text = say(lang, 'cscanDone', {
      a: fixed(largest.areaMm2, 1),
      x: fixed(largest.xMm, 1),
      y: fixed(largest.yMm, 1),
    });
    if (others.length > 0)
      text += `${lang === 'zh' ? '' : ' '}${say(lang, others.length === 1 ? 'cscanMoreOne' : 'cscanMore', { k: others.length })}`;
  } else text = say(lang, 'cscanNothing');
  const label =
    status === 'done' && largest
      ? say(lang, 'cscanAriaDone')
      : say(lang, 'cscanAria', { n: c.row, total: c.rows });
  return { status: text, labels: [label] };
}
