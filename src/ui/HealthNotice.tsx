import { useHealth } from '../state/health';
import { useT } from './useT';

/** Tells the visitor the 3D view is recovering (GPU context lost) or reloading (it failed). */
export function HealthNotice() {
  const { t } = useT();
  const graphics = useHealth((s) => s.graphics);
  if (graphics === 'ok') return null;
  return (
    <p className="notice health-notice" role="alert" data-health={graphics}>
      {t(graphics === 'lost' ? 'contextLost' : 'sceneError')}
    </p>
  );
}
