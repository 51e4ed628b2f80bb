import type { StateCreator } from 'zustand';
import type { Language } from '../../content/languages';
import { nextLanguage, originalLanguage } from '../../content/languages';
import type { ExpoState } from '../expo';

/** The language the visitor reads the hall in. */
export interface LanguageSlice {
  lang: Language;
  setLang: (lang: Language) => void;
  /** The next language in the list (the first after the last): the one-button switch. */
  toggleLang: () => void;
}

/** The language slice's state at the start of a visit: the original language. */
export const languageInitial = { lang: originalLanguage };

/** Language: which one, and the switch. */
export const languageSlice: StateCreator<ExpoState, [], [], LanguageSlice> = (set, get) => ({
  ...languageInitial,
  setLang: (lang) => set({ lang, by: 'visitor' }),
  toggleLang: () => set({ lang: nextLanguage(get().lang), by: 'visitor' }),
});
