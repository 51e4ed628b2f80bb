import { Fragment } from 'react';
import { languageTag, languages, originalLanguage } from '../content/languages';
import type { Language } from '../content/languages';

/**
 * A text in every language at once, the original first (the kiosk's prompts, which a passer-by of any
 * language must read): one span per language, tagged with it, classed `original` or `translation`.
 */
export function EveryLanguage({ text }: { text: (lang: Language) => string }) {
  return languages.map((lang, i) => (
    <Fragment key={lang}>
      {i > 0 && ' '}
      <span lang={languageTag(lang)} className={lang === originalLanguage ? 'original' : 'translation'}>
        {text(lang)}
      </span>
    </Fragment>
  ));
}
