import type { ExhibitFigure } from '../content/schema';
import type { Language } from '../content/languages';
import { useT } from './useT';

/** An exhibit's figures: label, value, where it comes from (article or computed) and any note. */
export function FigureList({ figures, lang }: { figures: readonly ExhibitFigure[]; lang: Language }) {
  const { t } = useT();
  return (
    <dl className="info-figures">
      {figures.map((f, i) => (
        <div key={i}>
          <dt>{f.label[lang]}</dt>
          <dd>
            {f.value[lang]} <small>({t(f.source === 'computed' ? 'figureComputed' : 'figureArticle')})</small>
          </dd>
          {f.note && <dd className="info-figure-note">{f.note[lang]}</dd>}
        </div>
      ))}
    </dl>
  );
}
