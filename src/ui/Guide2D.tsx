import { exhibits } from '../content/exhibits';
import { tourStops } from '../content/tour';
import { zones } from '../content/zones';
import { findExhibit } from '../content/exhibits';
import { useExpo } from '../state/expo';
import { useTour } from '../state/tour';
import { useT } from './useT';

/**
 * The exhibition without WebGL: why the 3D hall is missing, then every exhibit (each opens its full panel),
 * the guided tour as a list, the zones, and the ways into the article view and the index. The floor plan
 * stays beside it.
 */
export function Guide2D() {
  const { lang, t } = useT();
  const focusExhibit = useExpo((s) => s.focusExhibit);
  const openArticle = useExpo((s) => s.openArticle);
  const setIndexOpen = useExpo((s) => s.setIndexOpen);
  const heroes = exhibits.filter((e) => e.kind === 'hero');
  const boards = exhibits.filter((e) => e.kind === 'zone');
  const exhibitList = (list: typeof exhibits) => (
    <ul className="guide-exhibits">
      {list.map((e) => (
        <li key={e.id}>
          <button type="button" className="article-exhibit" onClick={() => focusExhibit(e.id)}>
            <span className="index-item-title">{e.title[lang]}</span>
            <span className="guide-role">{e.role[lang]}</span>
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="guide-2d" data-testid="guide-2d">
      <p className="guide-note" role="note">
        {t('noWebgl')}
      </p>
      <div className="guide-actions">
        <button type="button" onClick={() => openArticle(null)}>
          {t('articleButton')}
        </button>
        <button type="button" onClick={() => setIndexOpen(true)}>
          {t('indexButton')}
        </button>
      </div>
      <section aria-labelledby="guide-heroes">
        <h2 id="guide-heroes">{t('exhibitsHeading')}</h2>
        {exhibitList(heroes)}
      </section>
      <section aria-labelledby="guide-boards">
        <h2 id="guide-boards">{t('zoneExhibitsHeading')}</h2>
        {exhibitList(boards)}
      </section>
      <section aria-labelledby="guide-tour">
        <h2 id="guide-tour">{t('guideTour')}</h2>
        <ol className="guide-tour">
          {tourStops.map((s, i) => {
            const exhibit = s.exhibit ? findExhibit(s.exhibit) : undefined;
            return (
              <li key={s.id}>
                <h3>{exhibit ? exhibit.title[lang] : s.title?.[lang]}</h3>
                <p>{s.narration[lang]}</p>
                <button type="button" onClick={() => useTour.getState().start(i, { playing: false })}>
                  {t('guideTourFrom', { n: i + 1 })}
                </button>
              </li>
            );
          })}
        </ol>
      </section>
      <section aria-labelledby="guide-zones">
        <h2 id="guide-zones">{t('zonesHeading')}</h2>
        <dl className="guide-zones">
          {zones.map((z) => (
            <div key={z.id}>
              <dt>
                <span className="swatch" style={{ background: z.color }} aria-hidden="true" /> {z.name[lang]}
              </dt>
              <dd>{z.blurb[lang]}</dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
