import { exhibits } from '../content/exhibits';
import { tourLength } from '../content/tour';
import { useExpo } from '../state/expo';
import { useTour } from '../state/tour';
import { useT } from './useT';

/** Tells the visitor what went wrong (an unknown exhibit, tour stop or article section) and offers the way on. */
export function NoticeBar() {
  const { lang, t } = useT();
  const notice = useExpo((s) => s.notice);
  const dismiss = useExpo((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice-bar" role="alert">
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
