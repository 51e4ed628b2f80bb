import type { NavAction } from '../state/nav';
import { nav } from '../state/nav';
import type { StringKey } from '../content/strings';
import { useT } from './useT';
import { occluder } from '../platform/occluders';

/** How long one keyboard press of a pad button keeps moving, ms. */
const tapHoldMs = 450;

const pad: { action: NavAction; label: StringKey; glyph: string; area: string }[] = [
  { action: 'forward', label: 'moveForward', glyph: '▲', area: 'up' },
  { action: 'turnLeft', label: 'turnLeft', glyph: '↺', area: 'left' },
  { action: 'turnRight', label: 'turnRight', glyph: '↻', area: 'right' },
  { action: 'back', label: 'moveBack', glyph: '▼', area: 'down' },
];

/** On-screen walk and turn buttons: hold to move; the button alternative to dragging and keys. */
export function MovePad() {
  const { t } = useT();
  return (
    <div className="move-pad" {...occluder()} role="group" aria-label={t('movePad')}>
      {pad.map((p) => (
        <button
          key={p.action}
          type="button"
          className={`pad-${p.area}`}
          aria-label={t(p.label)}
          onPointerDown={(e) => {
            e.currentTarget.setPointerCapture?.(e.pointerId);
            nav.held.add(p.action);
          }}
          onPointerUp={() => nav.held.delete(p.action)}
          onPointerCancel={() => nav.held.delete(p.action)}
          onContextMenu={(e) => e.preventDefault()}
          onClick={(e) => {
            // Keyboard activation (detail 0) has no pointer hold: move for a moment.
            if (e.detail !== 0) return;
            nav.held.add(p.action);
            window.setTimeout(() => nav.held.delete(p.action), tapHoldMs);
          }}
        >
          <span aria-hidden="true">{p.glyph}</span>
        </button>
      ))}
    </div>
  );
}
