import { languageInfo, languages, nextLanguage } from '../content/languages';
import type { Language } from '../content/languages';
import { useExpo } from '../state/expo';
import { useT } from './useT';

/**
 * The language switch: with two languages a button that names the other one (in that language), with
 * more a menu of them all, each named in itself.
 */
export function LanguageSwitch() {
  const { lang, t } = useT();
  const setLang = useExpo((s) => s.setLang);
  const toggleLang = useExpo((s) => s.toggleLang);
  if (languages.length > 2)
    return (
      <select
        className="lang-menu"
        aria-label={t('langMenu')}
        value={lang}
        onChange={(e) => setLang(e.target.value as Language)}
      >
        {languages.map((l) => (
          <option key={l} value={l} lang={languageInfo[l].tag}>
            {languageInfo[l].name}
          </option>
        ))}
      </select>
    );
  const next = nextLanguage(lang);
  return (
    <button
      type="button"
      lang={languageInfo[next].tag}
      aria-label={`${languageInfo[next].name} · ${t('langSwitchTo', { name: t(`language.${next}`) })}`}
      onClick={() => toggleLang()}
    >
      {languageInfo[next].name}
    </button>
  );
}
