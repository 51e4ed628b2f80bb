import { useCallback } from 'react';
import type { StringKey } from '../content/strings';
import { translate } from '../content/strings';
import { useExpo } from '../state/expo';

/** The current language and a translator bound to it. */
export function useT() {
  const lang = useExpo((s) => s.lang);
  const t = useCallback(
    (key: StringKey, vars?: Record<string, string | number>) => translate(lang, key, vars),
    [lang],
  );
  return { lang, t };
}
