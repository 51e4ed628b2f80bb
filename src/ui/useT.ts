import { useCallback } from 'react';
import type { Language } from '../content/languages';
import type { TextVars } from '../content/stringTables';
import type { StringKey } from '../content/strings';
import { translate } from '../content/strings';
import { useExpo } from '../state/expo';

/** The current language and `text` (any string table's lookup) bound to it. */
export function useTranslator<K extends string>(text: (lang: Language, key: K, vars?: TextVars) => string) {
  const lang = useExpo((s) => s.lang);
  const t = useCallback((key: K, vars?: TextVars) => text(lang, key, vars), [lang, text]);
  return { lang, t };
}

/** The current language and a translator of the UI strings bound to it. */
export function useT() {
  return useTranslator<StringKey>(translate);
}
