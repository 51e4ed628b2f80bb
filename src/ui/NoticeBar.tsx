import { exhibits, findExhibit } from '../content/exhibits';
import { tourLength } from '../content/tour';
import { useExpo } from '../state/expo';
import { useTour } from '../state/tour';
import { useT } from './useT';
import { occluder } from '../platform/occluders';
import { languageInfo } from '../content/languages';

/** Tells the visitor what went wrong (an unknown exhibit, tour stop or article section) and offers the way on. */
export function NoticeBar() {
  const { lang, t } = useT();
  const notice = useExpo((s) => s.notice);
  const dismiss = useExpo((s) => s.dismissNotice);
  if (!notice) return <ModelNotice />;
  return (
    <div className="notice-bar" {...occluder()} role="alert">
      {notice.kind === 'unknown-exhibit' && (
        <>
          <p>{t('unknownExhibit', { id: notice.id })}</p>
          <p>{t('exhibitsAvailable')}</p>
          <ul>
            {exhibits.map((x) => (
              <li key={x.id}>
                <a href={`#/exhibit/${x.id}`}>{x.title[lang]}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {notice.kind === 'unknown-tour-stop' && (
        <>
          <p>{t('unknownTourStop', { stop: notice.stop, n: tourLength })}</p>
          <button
            type="button"
            onClick={() => {
              dismiss();
              useTour.getState().start(0);
            }}
          >
            {t('tourStartFromOne')}
          </button>{' '}
        </>
      )}
      {notice.kind === 'unknown-section' && <p>{t('unknownSection', { section: notice.section })}</p>}
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}

/** Says which exhibits' 3D models could not be loaded; their panels and demos still work. */
function ModelNotice() {
  const { lang, t } = useT();
  const failed = useExpo((s) => s.failedModels);
  const dismiss = useExpo((s) => s.dismissModelFailures);
  if (failed.length === 0) return null;
  const names = failed.map((id) => findExhibit(id)?.title[lang] ?? id).join(languageInfo[lang].listSeparator);
  return (
    <div className="notice-bar" {...occluder()} role="alert" data-testid="model-notice">
      <p>{t('modelFailed', { names })}</p>
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
