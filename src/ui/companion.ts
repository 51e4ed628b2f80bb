import { companionLanguage, languageTag } from '../content/languages';
import type { Language, LocalizedText } from '../content/languages';

/**
 * Props for an element that shows a text in the companion language (the second line under a title: the
 * original under a translation, the translation under the original), tagged with that language:
 * `<span className="index-item-other" {...companionText(e.title, lang)} />`.
 */
export function companionText(text: LocalizedText, lang: Language): { lang: string; children: string } {
  const other = companionLanguage(lang);
  return { lang: languageTag(other), children: text[other] };
}
