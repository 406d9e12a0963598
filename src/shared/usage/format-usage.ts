import type { Locale } from '../i18n/locale';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: digits })));
  return f;
}

/** ACUs the locale's way: one decimal under 100 ("2.5", "12.3"), whole above ("1,204"). */
export function formatUsageAcus(acus: number, locale: Locale): string {
  return numberFormat(locale, Math.abs(acus) < 100 ? 1 : 0).format(acus);
}

/** A whole count (PRs) the locale's way. */
export function formatCount(n: number, locale: Locale): string {
  return numberFormat(locale, 0).format(n);
}

/** "Jan 15" / "1月15日" for an ISO day, read as that calendar date (no time zone shift). */
export function formatUsageDay(isoDay: string, locale: Locale, opts: { weekday?: boolean; year?: boolean } = {}): string {
  const [y, m, d] = isoDay.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    ...(opts.weekday ? { weekday: 'short' } : {}),
    ...(opts.year ? { year: 'numeric' } : {}),
  }).format(date);
}
