import type { Language } from '../../content/schema';
import { demoText } from '../../content/demoStrings';
import { groupedFixed } from './format';
import { milliGalPerMs2 } from '../../science/gravity';
import { demoLive } from '../../state/demos';
import type { DemoId } from '../../state/demos';
import { DemoCanvas } from './DemoCanvas';
import { drawCscan } from './drawCscan';
import { drawSinogram, drawSlice } from './drawCt';
import { drawConvergence, drawFringe } from './drawGravimeter';

const gravimeterVersion = () => demoLive.gravimeter.version;
const ctVersion = () => demoLive.ct.version;
const cscanVersion = () => demoLive.cscan.version;

/** The 2D charts of one demo; labels are the canvases' text descriptions, in chart order. */
export function DemoCharts({ id, lang, labels }: { id: DemoId; lang: Language; labels: readonly string[] }) {
  const label = (i: number) => labels[i] ?? '';
  if (id === 'quantum-gravimeter') {
    const ref = groupedFixed(demoLive.gravimeter.referenceGMs2 * milliGalPerMs2, 3);
    return (
      <div className="demo-charts">
        <DemoCanvas
          className="demo-fringe"
          caption={demoText(lang, 'gravFringeTitle')}
          label={label(0)}
          lang={lang}
          draw={drawFringe}
          version={gravimeterVersion}
        />
        <DemoCanvas
          className="demo-mean"
          caption={demoText(lang, 'gravMeanTitle')}
          label={label(1)}
          lang={lang}
          draw={drawConvergence}
          version={gravimeterVersion}
        />
        <p className="demo-note">{demoText(lang, 'gravReference', { ref })}</p>
      </div>
    );
  }
  if (id === 'industrial-ct') {
    return (
      <div className="demo-charts demo-pair">
        <DemoCanvas
          className="demo-square"
          caption={demoText(lang, 'ctSinogramTitle')}
          label={label(0)}
          lang={lang}
          draw={drawSinogram}
          version={ctVersion}
        />
        <DemoCanvas
          className="demo-square"
          caption={demoText(lang, 'ctSliceTitle')}
          label={label(1)}
          lang={lang}
          draw={drawSlice}
          version={ctVersion}
        />
      </div>
    );
  }
  return (
    <div className="demo-charts">
      <DemoCanvas
        className="demo-square demo-cscan"
        caption={demoText(lang, 'cscanTitle')}
        label={label(0)}
        lang={lang}
        draw={drawCscan}
        version={cscanVersion}
      />
      <p className="demo-note">{demoText(lang, 'cscanLegend')}</p>
    </div>
  );
}
