import { loadingProgress, loadingSteps, useLoading } from '../state/loading';
import { useT } from './useT';

/** Full-screen start-up progress, from real start-up steps; gone once the first full frame is drawn. */
export function LoadingScreen() {
  const { t } = useT();
  const done = useLoading((s) => s.done);
  const assets = useLoading((s) => s.assets);
  const ready = loadingSteps.every((s) => done[s.id]);
  if (ready) return null;
  const pct = Math.round(loadingProgress({ done, assets }) * 100);
  return (
    <div className="loading" role="status" aria-live="polite">
      <div className="loading-card">
        <h1>{t('appTitle')}</h1>
        <p>{t('loading')}</p>
        <div
          className="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={pct}
          aria-label={t('loading')}
        >
          <div className="progress-fill" style={{ width: `${pct}%` }} />
        </div>
        <ul className="loading-steps">
          {loadingSteps.map((s) => (
            <li key={s.id} data-done={!!done[s.id]}>
              {done[s.id] ? '✓' : '…'} {t(s.label)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
