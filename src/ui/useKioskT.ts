import { kioskText } from '../content/kioskStrings';
import { useTranslator } from './useT';

/** The current language and a translator for kiosk strings. */
export function useKioskT() {
  const { lang, t } = useTranslator(kioskText);
  return { lang, kt: t };
}
