import type { Locale } from '../i18n/locale';

const cache = new Map<string, Intl.DateTimeFormat>();

/** An instant as a person reads it in a zone: "Mon, Mar 10, 2025, 09:00 EDT" / "2025年3月10日周一 09:00 GMT-4". */
export function formatRun(at: Date, timeZone: string, locale: Locale): string {
  const key = `${locale}|${timeZone}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone,
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    });
    cache.set(key, f);
  }
  return f.format(at);
}

/** A date only, in a zone: "Mar 9, 2025" / "2025年3月9日". */
export function formatDay(at: Date, timeZone: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { timeZone, year: 'numeric', month: 'short', day: 'numeric' }).format(at);
}
