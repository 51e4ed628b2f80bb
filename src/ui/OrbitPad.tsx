import type { StringKey } from '../content/strings';
import { requestFrame } from '../platform/frames';
import { orbitNudge, orbitStep } from '../state/nav';
import { useT } from './useT';
import { occluder } from '../platform/occluders';

const buttons: { label: StringKey; glyph: string; turnDeg: number; zoomSteps: number }[] = [
  { label: 'orbitLeft', glyph: '↺', turnDeg: -orbitStep.turnDeg, zoomSteps: 0 },
  { label: 'orbitRight', glyph: '↻', turnDeg: orbitStep.turnDeg, zoomSteps: 0 },
  { label: 'zoomIn', glyph: '＋', turnDeg: 0, zoomSteps: 1 },
  { label: 'zoomOut', glyph: '－', turnDeg: 0, zoomSteps: -1 },
];

/** Overview buttons: turn about the block and zoom, one step per press (the alternative to dragging). */
export function OrbitPad() {
  const { t } = useT();
  return (
    <div className="move-pad orbit-pad" {...occluder()} role="group" aria-label={t('orbitPad')}>
      {buttons.map((b) => (
        <button
          key={b.label}
          type="button"
          aria-label={t(b.label)}
          onClick={() => {
            orbitNudge.turnDeg += b.turnDeg;
            orbitNudge.zoomSteps += b.zoomSteps;
            requestFrame();
          }}
        >
          <span aria-hidden="true">{b.glyph}</span>
        </button>
      ))}
    </div>
  );
}
