import { exhibits } from '../content/exhibits';
import { useExpo } from '../state/expo';
import { useT } from './useT';

/** Tells the visitor what went wrong (e.g. an unknown exhibit link) and offers the way on. */
export function NoticeBar() {
  const { lang, t } = useT();
  const notice = useExpo((s) => s.notice);
  const dismiss = useExpo((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice-bar" role="alert">
      <p>{t('unknownExhibit', { id: notice.id })}</p>
      <p>{t('exhibitsAvailable')}</p>
      <ul>
        {exhibits.map((x) => (
          <li key={x.id}>
            <a href={`#/exhibit/${x.id}`}>{x.title[lang]}</a>
          </li>
        ))}
      </ul>
      <button type="button" onClick={dismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
