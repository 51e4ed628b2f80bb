import type { Language } from '../../content/languages';
import { DemoCanvas } from '../../heroes/ui/DemoCanvas';
import type { HeroDemoUi } from '../../heroes/ui/demoUi';

/** The 2D charts of one demo; labels are the canvases' text descriptions, in chart order. */
export function DemoCharts({
  ui,
  lang,
  labels,
}: {
  ui: HeroDemoUi;
  lang: Language;
  labels: readonly string[];
}) {
  return (
    <div className={ui.layout ? `demo-charts ${ui.layout}` : 'demo-charts'}>
      {ui.charts.map((chart, i) => (
        <DemoCanvas
          key={i}
          className={chart.className}
          caption={chart.caption(lang)}
          label={labels[i] ?? ''}
          lang={lang}
          draw={chart.draw}
          version={ui.version}
        />
      ))}
      {ui.note && <p className="demo-note">{ui.note(lang)}</p>}
    </div>
  );
}
