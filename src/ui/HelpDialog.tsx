import { useEffect, useRef } from 'react';
import type { StringKey } from '../content/strings';
import { useExpo } from '../state/expo';
import { useT } from './useT';
import { ModalDialog } from './ModalDialog';

const sections: { title: StringKey; items: StringKey[] }[] = [
  { title: 'helpMouse', items: ['helpMouseDrag', 'helpMouseClick', 'helpMouseOverview'] },
  { title: 'helpKeyboard', items: ['helpKeysMove', 'helpKeysRun', 'helpKeysLook', 'helpKeysUi'] },
  { title: 'helpTouch', items: ['helpTouchDrag', 'helpTouchTap', 'helpTouchPad'] },
];

/** The controls for mouse, keyboard and touch; focus moves in, Esc or Close returns it. */
export function HelpDialog() {
  const { t } = useT();
  const open = useExpo((s) => s.helpOpen);
  const setHelpOpen = useExpo((s) => s.setHelpOpen);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const before = document.activeElement as HTMLElement | null;
    close.current?.focus();
    return () =>
      (before && document.contains(before) ? before : document.getElementById('help-button'))?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <ModalDialog
      className="help"
      labelledBy="help-title"
      onClose={() => setHelpOpen(false)}
      onKey={(e) => {
        // Escape closes it as it is; Tab stays inside: it has one control.
        if (e.key === 'Escape') setHelpOpen(false);
        else if (e.key === 'Tab') {
          e.preventDefault();
          close.current?.focus();
        } else return false;
        return true;
      }}
    >
      <h2 id="help-title">{t('helpTitle')}</h2>
      {sections.map((s) => (
        <div key={s.title} className="help-section">
          <h3>{t(s.title)}</h3>
          <ul>
            {s.items.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ul>
        </div>
      ))}
      <button type="button" ref={close} className="primary" onClick={() => setHelpOpen(false)}>
        {t('helpClose')}
      </button>
    </ModalDialog>
  );
}
