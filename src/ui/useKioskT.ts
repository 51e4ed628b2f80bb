import type { KioskStringKey } from '../content/kioskStrings';
import { kioskText } from '../content/kioskStrings';
import { useTranslator } from './useT';

/** The current language and a translator for kiosk strings. */
export function useKioskT() {
  const { lang, t } = useTranslator<KioskStringKey>(kioskText);
  return { lang, kt: t };
}
