import { useLayoutEffect, useRef } from 'react';
import { exhibitionAreaM2 } from '../layout/hall';
import { formatNumber } from '../content/languages';
import { useExpo } from '../state/expo';
import { useTour } from '../state/tour';
import { LanguageSwitch } from './LanguageSwitch';
import { useT } from './useT';
import { occluder } from '../platform/occluders';
import { setTopCover } from '../platform/viewport';

/** Top bar: title, area, view mode, exhibit index, floor plan, help and language. */
export function Toolbar({ webgl = true }: { webgl?: boolean }) {
  const { lang, t } = useT();
  const mode = useExpo((s) => s.mode);
  const setMode = useExpo((s) => s.setMode);
  const planOpen = useExpo((s) => s.planOpen);
  const togglePlan = useExpo((s) => s.togglePlan);
  const setHelpOpen = useExpo((s) => s.setHelpOpen);
  const setIndexOpen = useExpo((s) => s.setIndexOpen);
  const openArticle = useExpo((s) => s.openArticle);
  const tourActive = useTour((s) => s.active);
  // The camera frames exhibits below the header: it measures the header when it frames.
  const header = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    setTopCover(header.current);
    return () => setTopCover(null);
  }, []);
  return (
    <header className="toolbar" ref={header} {...occluder()}>
      <div className="toolbar-title">
        <h1>{t('appTitle')}</h1>
        <p className="subtitle">
          <span className="venue">{t('appSubtitle')}</span>
          <span className="area" data-testid="area">
            {t('areaStatement', { area: formatNumber(lang, exhibitionAreaM2()) })}
          </span>
        </p>
      </div>
      <nav className="toolbar-actions" aria-label={t('modeGroup')}>
        {webgl && (
          <div className="segmented" role="group" aria-label={t('modeGroup')}>
            <button type="button" aria-pressed={mode === 'walk'} onClick={() => setMode('walk')}>
              {t('modeWalk')}
            </button>
            <button type="button" aria-pressed={mode === 'overview'} onClick={() => setMode('overview')}>
              {t('modeOverview')}
            </button>
          </div>
        )}
        <button type="button" id="index-button" aria-haspopup="dialog" onClick={() => setIndexOpen(true)}>
          {t('indexButton')}
        </button>
        <button
          type="button"
          id="tour-button"
          aria-pressed={tourActive}
          onClick={() => (tourActive ? useTour.getState().exit() : useTour.getState().start(0))}
        >
          {t('tourButton')}
        </button>
        <button type="button" id="article-button" aria-haspopup="dialog" onClick={() => openArticle(null)}>
          {t('articleButton')}
        </button>
        <button type="button" aria-expanded={planOpen} aria-controls="floor-plan" onClick={togglePlan}>
          {t('floorPlan')}
        </button>
        <button type="button" id="help-button" onClick={() => setHelpOpen(true)}>
          {t('help')}
        </button>
        <LanguageSwitch />
      </nav>
    </header>
  );
}
