import type { Language } from '../../content/languages';
import { demoText } from '../../content/demoStrings';
import { useDemos } from '../../heroes/engine/demos';
import type { HeroId } from '../../heroes/registry';
import { heroDemoUis } from '../../heroes/ui/views';
import { DemoCharts } from './DemoCharts';
import { useDemoReadout } from './useDemoReadout';
import './demoPanel.css';

/** The live demonstration block of an instrument's info panel: controls, status line and charts. */
export function DemoPanel({ id, lang }: { id: HeroId; lang: Language }) {
  const startDemo = useDemos((s) => s.startDemo);
  const stopDemo = useDemos((s) => s.stopDemo);
  const { status, readout } = useDemoReadout(id, lang);
  const running = status === 'running';
  return (
    <div className="demo-panel" data-demo={id} data-status={status}>
      <div className="demo-controls" role="group" aria-label={demoText(lang, 'controls')}>
        <button
          type="button"
          className={running ? undefined : 'primary'}
          onClick={() => (running ? stopDemo() : startDemo(id))}
        >
          {demoText(lang, running ? 'stop' : status === 'done' ? 'restart' : 'start')}
        </button>
        {status === 'done' && (
          <button type="button" onClick={stopDemo}>
            {demoText(lang, 'stop')}
          </button>
        )}
      </div>
      <p className="demo-status" aria-live="polite" aria-atomic="true" aria-busy={running}>
        {readout.status}
      </p>
      {status !== 'idle' && <DemoCharts ui={heroDemoUis[id]} lang={lang} labels={readout.labels} />}
      <p className="demo-note">{demoText(lang, 'simulated')}</p>
    </div>
  );
}
