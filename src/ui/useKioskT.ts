import { useCallback } from 'react';
import type { KioskStringKey } from '../content/kioskStrings';
import { kioskText } from '../content/kioskStrings';
import { useExpo } from '../state/expo';

/** The current language and a translator for kiosk strings. */
export function useKioskT() {
  const lang = useExpo((s) => s.lang);
  const kt = useCallback(
    (key: KioskStringKey, vars?: Record<string, string | number>) => kioskText(lang, key, vars),
    [lang],
  );
  return { lang, kt };
}
