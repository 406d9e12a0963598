import type { Locale } from '../../../../../shared/i18n';

/** ACUs with at most one decimal under 10 ("2.5", "12"), grouped the locale's way. */
export function formatAcus(acus: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: acus < 10 ? 1 : 0 }).format(acus);
}
