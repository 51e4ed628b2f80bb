import { lazy, Suspense, useEffect } from 'react';
import { useExpo } from '../state/expo';
import { useLoading } from '../state/loading';
import { startRouter } from '../platform/router';
import { FloorPlan } from '../ui/FloorPlan';
import { CategoryCard } from '../ui/CategoryCard';
import { CategoryTooltip } from '../ui/CategoryTooltip';
import { InfoPanel } from '../ui/InfoPanel';
import { NoticeBar } from '../ui/NoticeBar';
import { ExhibitIndex } from '../ui/ExhibitIndex';
import { HelpDialog } from '../ui/HelpDialog';
import { LoadingScreen } from '../ui/LoadingScreen';
import { MovePad } from '../ui/MovePad';
import { Toolbar } from '../ui/Toolbar';
import { useT } from '../ui/useT';
import { ErrorBoundary } from './ErrorBoundary';
import { useKeyboard } from './useKeyboard';
import { markOnce, marks } from '../platform/frameLog';

// The 3D code arrives as its own chunk, so the 2D shell is usable first.
const Stage = lazy(() =>
  import('../scene/Stage').then((m) => {
    markOnce(marks.code);
    useLoading.getState().markDone('code');
    return m;
  }),
);

/** The whole app: the 3D stage and the DOM overlay beside it. */
export function App({ webgl }: { webgl: boolean }) {
  const { lang, t } = useT();
  const mode = useExpo((s) => s.mode);
  const panelOpen = useExpo((s) => s.selected !== null);
  const cardOpen = useExpo((s) => s.categoryCard !== null);
  useKeyboard();
  useEffect(() => startRouter(), []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('appTitle');
  }, [lang, t]);
  return (
    <div
      className="app"
      data-mode={mode}
      data-panel={panelOpen ? 'open' : 'closed'}
      data-card={cardOpen ? 'open' : 'closed'}
    >
      <main className="stage-wrap">
        {webgl ? (
          <ErrorBoundary
            fallback={
              <p className="notice" role="alert">
                {t('sceneError')}
              </p>
            }
          >
            <Suspense fallback={null}>
              <Stage label={t('appTitle')} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className="notice" role="alert">
            {t('noWebgl')}
          </p>
        )}
      </main>
      <Toolbar />
      <FloorPlan />
      {webgl && mode === 'walk' && <MovePad />}
      <InfoPanel />
      <CategoryCard />
      {webgl && <CategoryTooltip />}
      <NoticeBar />
      <ExhibitIndex />
      <HelpDialog />
      {webgl && <LoadingScreen />}
    </div>
  );
}
