import type { Locale } from '../../../../../shared/i18n';

const formats = new Map<string, Intl.NumberFormat>();

/** ACUs with at most one decimal under 10 ("2.5", "12"), grouped the locale's way. */
export function formatAcus(acus: number, locale: Locale): string {
  const digits = acus < 10 ? 1 : 0;
  const key = `${locale}:${digits}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return f.format(acus);
}
