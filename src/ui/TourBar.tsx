import { useEffect, useRef, useState } from 'react';
import { findExhibit } from '../content/exhibits';
import { tourLength, tourStops } from '../content/tour';
import { languageTag } from '../content/languages';
import type { Language } from '../content/languages';
import { onVoicesChanged, voiceFor } from '../platform/speech';
import { useTour } from '../state/tour';
import { useT } from './useT';
import { occluder } from '../platform/occluders';

/** Whether the browser has a voice for the language; follows the voice list as it arrives. */
function useHasVoice(lang: Language): boolean {
  const [has, setHas] = useState(() => voiceFor(languageTag(lang)) !== null);
  useEffect(() => {
    const check = () => setHas(voiceFor(languageTag(lang)) !== null);
    check();
    return onVoicesChanged(check);
  }, [lang]);
  return has;
}

/** The guided tour's bar: where we are (3/10), what the guide says, and previous / pause / next / read aloud / exit. */
export function TourBar() {
  const active = useTour((s) => s.active);
  return active ? <TourControls /> : null;
}

function TourControls() {
  const { lang, t } = useT();
  const { index, playing, speech } = useTour();
  const { prev, next, togglePlay, setSpeech, exit } = useTour.getState();
  const hasVoice = useHasVoice(lang);
  const nextButton = useRef<HTMLButtonElement>(null);
  const stop = tourStops[index]!;
  const exhibit = stop.exhibit ? findExhibit(stop.exhibit) : undefined;
  const title = exhibit ? exhibit.title[lang] : (stop.title?.[lang] ?? '');
  const last = index === tourLength - 1;
  const ended = !playing && last;

  // Keyboard users land on "next" when the tour starts, and go back to the tour button when it ends.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.id === 'tour-button') nextButton.current?.focus();
    return () => {
      if (!document.activeElement || document.activeElement === document.body)
        document.getElementById('tour-button')?.focus();
    };
  }, []);

  return (
    <section className="tour-bar" {...occluder()} aria-labelledby="tour-heading" data-stop={stop.id}>
      <div className="tour-top">
        <h2 id="tour-heading">
          <span className="tour-kicker">{t('tourRegion')}</span>
          <span className="tour-progress" data-testid="tour-progress">
            {t('tourProgress', { n: index + 1, total: tourLength })}
          </span>
        </h2>
        <progress max={tourLength} value={index + 1} aria-hidden="true" />
      </div>
      <p className="tour-title" data-testid="tour-title">
        {title}
      </p>
      <p className="tour-narration" aria-live="polite">
        {stop.narration[lang]}
        {ended && <span className="tour-done"> {t('tourDone')}</span>}
      </p>
      <div className="tour-controls" role="group" aria-label={t('tourRegion')}>
        <button type="button" onClick={prev} aria-disabled={index === 0}>
          ‹ {t('tourPrev')}
        </button>
        <button type="button" className="tour-play" onClick={togglePlay}>
          {playing ? `❚❚ ${t('tourPause')}` : `▶ ${t('tourPlay')}`}
        </button>
        <button type="button" ref={nextButton} onClick={() => (last ? exit() : next())}>
          {last ? t('tourFinish') : `${t('tourNext')} ›`}
        </button>
        <button
          type="button"
          aria-pressed={speech && hasVoice}
          disabled={!hasVoice}
          aria-describedby={hasVoice ? undefined : 'tour-no-voice'}
          onClick={() => setSpeech(!speech)}
        >
          {t('tourSpeech')}
        </button>
        <button type="button" className="tour-exit" onClick={() => exit()}>
          {t('tourExit')}
        </button>
      </div>
      {!hasVoice && (
        <p id="tour-no-voice" className="tour-note">
          {t('tourNoVoice')}
        </p>
      )}
    </section>
  );
}
