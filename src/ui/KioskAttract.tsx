import { kioskText } from '../content/kioskStrings';
import { useKiosk } from '../state/kiosk';
import { EveryLanguage } from './EveryLanguage';

/** The attract loop's overlay over the self-playing tour: "触摸屏幕开始参观 / Touch to start"; a tap anywhere ends it. */
export function KioskAttract() {
  const attract = useKiosk((s) => s.phase === 'attract');
  if (!attract) return null;
  return (
    <button
      type="button"
      className="kiosk-attract"
      data-testid="kiosk-attract"
      onClick={() => useKiosk.getState().endAttract()}
    >
      <span className="kiosk-attract-card">
        <EveryLanguage text={(lang) => kioskText(lang, 'touchToStart')} />
        <span className="kiosk-attract-sub">
          <EveryLanguage text={(lang) => kioskText(lang, 'attractSubtitle')} />
        </span>
      </span>
    </button>
  );
}
