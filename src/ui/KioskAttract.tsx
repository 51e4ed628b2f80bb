import { kioskText } from '../content/kioskStrings';
import { useKiosk } from '../state/kiosk';

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
        <span className="kiosk-attract-zh" lang="zh-CN">
          {kioskText('zh', 'touchToStart')}
        </span>
        <span className="kiosk-attract-en" lang="en">
          {kioskText('en', 'touchToStart')}
        </span>
        <span className="kiosk-attract-sub">
          <span lang="zh-CN">{kioskText('zh', 'attractSubtitle')}</span>
          <span lang="en">{kioskText('en', 'attractSubtitle')}</span>
        </span>
      </span>
    </button>
  );
}
