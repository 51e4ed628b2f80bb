import { lazy, Suspense, useEffect } from 'react';
import { useExpo } from '../state/expo';
import { useLoading } from '../state/loading';
import { startRouter } from '../platform/router';
import { sceneFailed, watchSceneErrors } from '../platform/watchdog';
import { HealthNotice } from '../ui/HealthNotice';
import { FloorPlan } from '../ui/FloorPlan';
import { CategoryCard } from '../ui/CategoryCard';
import { CategoryTooltip } from '../ui/CategoryTooltip';
import { InfoPanel } from '../ui/InfoPanel';
import { NoticeBar } from '../ui/NoticeBar';
import { ExhibitIndex } from '../ui/ExhibitIndex';
import { HelpDialog } from '../ui/HelpDialog';
import { LoadingScreen } from '../ui/LoadingScreen';
import { MovePad } from '../ui/MovePad';
import { OrbitPad } from '../ui/OrbitPad';
import { Guide2D } from '../ui/Guide2D';
import { Toolbar } from '../ui/Toolbar';
import { TourBar } from '../ui/TourBar';
import { ArticleView } from '../ui/ArticleView';
import { useTour } from '../state/tour';
import { useT } from '../ui/useT';
import { ErrorBoundary } from './ErrorBoundary';
import { useKeyboard } from './useKeyboard';
import { markOnce, marks } from '../platform/frameLog';
import { useKioskMode } from './useKioskMode';
import { Joystick } from '../ui/Joystick';
import { KioskAttract } from '../ui/KioskAttract';
import { KioskIdlePrompt } from '../ui/KioskIdlePrompt';

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
  const touring = useTour((s) => s.active);
  useKeyboard();
  const kiosk = useKioskMode(webgl);
  useEffect(() => startRouter(), []);
  useEffect(() => (webgl ? watchSceneErrors() : undefined), [webgl]);
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
      data-tour={touring ? 'on' : 'off'}
      data-webgl={webgl ? 'yes' : 'no'}
      data-kiosk={kiosk ? 'on' : 'off'}
    >
      <main className="stage-wrap">
        {webgl ? (
          <ErrorBoundary fallback={null} onError={sceneFailed}>
            <Suspense fallback={null}>
              <Stage label={t('appTitle')} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <Guide2D />
        )}
      </main>
      <Toolbar webgl={webgl} />
      <FloorPlan />
      {webgl && mode === 'walk' && (kiosk ? <Joystick /> : <MovePad />)}
      {webgl && mode === 'overview' && <OrbitPad />}
      <InfoPanel />
      <CategoryCard />
      {webgl && <CategoryTooltip />}
      <HealthNotice />
      <TourBar />
      <NoticeBar />
      <ExhibitIndex />
      <ArticleView />
      <HelpDialog />
      {kiosk && <KioskAttract />}
      {kiosk && <KioskIdlePrompt />}
      {webgl && <LoadingScreen />}
    </div>
  );
}
