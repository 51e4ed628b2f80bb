import { useEffect, useRef } from 'react';
import { kioskText } from '../content/kioskStrings';
import { useKiosk } from '../state/kiosk';
import { EveryLanguage } from './EveryLanguage';

/** "还在吗？/ Still there?": counts down before an idle visit resets; a touch anywhere (or the button) keeps it. */
export function KioskIdlePrompt() {
  const warning = useKiosk((s) => s.phase === 'warning');
  return warning ? <Prompt /> : null;
}

function Prompt() {
  const countdown = useKiosk((s) => s.countdown);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div className="dialog-backdrop kiosk-backdrop">
      <div
        className="kiosk-prompt"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="kiosk-prompt-title"
        aria-describedby="kiosk-prompt-body"
      >
        <h2 id="kiosk-prompt-title">
          <EveryLanguage text={(lang) => kioskText(lang, 'stillThere')} />
        </h2>
        <p className="kiosk-countdown" data-testid="kiosk-countdown" aria-hidden="true">
          {countdown}
        </p>
        <p id="kiosk-prompt-body">
          <EveryLanguage text={(lang) => kioskText(lang, 'stillThereBody', { s: countdown })} />
        </p>
        <button
          ref={keep}
          type="button"
          className="primary kiosk-keep"
          onClick={() => useKiosk.getState().noteActivity()}
        >
          <EveryLanguage text={(lang) => kioskText(lang, 'keepExploring')} />
        </button>
      </div>
    </div>
  );
}
