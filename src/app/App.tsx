import { lazy, Suspense, useEffect } from 'react';
import { useExpo } from '../state/expo';
import { useLoading } from '../state/loading';
import { startRouter } from './router';
import { sceneFailed, watchSceneErrors } from './watchdog';
import { HealthNotice } from '../ui/HealthNotice';
import { FloorPlan } from '../ui/FloorPlan';
import { NoticeBar } from '../ui/NoticeBar';
import { LoadingScreen } from '../ui/LoadingScreen';
import { MovePad } from '../ui/MovePad';
import { OrbitPad } from '../ui/OrbitPad';
import { Toolbar } from '../ui/Toolbar';
import { TourBar } from '../ui/TourBar';
import { useTour } from '../state/tour';
import { useT } from '../ui/useT';
import { ErrorBoundary } from '../platform/ErrorBoundary';
import { useKeyboard } from './useKeyboard';
import { markOnce, marks } from '../platform/frameLog';
import { useKioskMode } from './useKioskMode';
import { lazyPart } from './lazyPart';
import { languageTag } from '../content/languages';

// The 3D code arrives as its own chunk, so the 2D shell is usable first.
const Stage = lazy(() =>
  import('../scene/Stage').then((m) => {
    markOnce(marks.code);
    useLoading.getState().markDone('code');
    return m;
  }),
);

// The panels and dialogs that open on demand come as one chunk, fetched as soon as the shell renders; the
// no-WebGL guide and the kiosk's own controls come only to those who need them.
const overlays = () => import('../ui/overlays');
const InfoPanel = lazyPart(overlays, 'InfoPanel');
const CategoryCard = lazyPart(overlays, 'CategoryCard');
const CategoryTooltip = lazyPart(overlays, 'CategoryTooltip');
const ExhibitIndex = lazyPart(overlays, 'ExhibitIndex');
const ArticleView = lazyPart(overlays, 'ArticleView');
const HelpDialog = lazyPart(overlays, 'HelpDialog');
const Guide2D = lazyPart(() => import('../ui/Guide2D'), 'Guide2D');
const kioskParts = () => import('../ui/kioskParts');
const Joystick = lazyPart(kioskParts, 'Joystick');
const KioskAttract = lazyPart(kioskParts, 'KioskAttract');
const KioskIdlePrompt = lazyPart(kioskParts, 'KioskIdlePrompt');

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
    document.documentElement.lang = languageTag(lang);
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
