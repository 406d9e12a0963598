import type { Locale } from '../../../../../shared/i18n';

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

const formatters = new Map<Locale, Intl.RelativeTimeFormat>();
function formatter(locale: Locale): Intl.RelativeTimeFormat {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto', style: 'short' })));
  return f;
}

/**
 * "3 min. ago" / "3分钟前", "yesterday" / "昨天" (pure given `nowMs`). Under a minute reads as
 * "now": second-by-second counting would make every row flicker.
 */
export function relativeTime(ms: number, nowMs: number, locale: Locale): string {
  const diffS = Math.round((ms - nowMs) / 1000);
  const abs = Math.abs(diffS);
  if (abs < 60) return formatter(locale).format(0, 'second');
  for (const [unit, seconds] of UNITS) {
    if (abs >= seconds) return formatter(locale).format(Math.trunc(diffS / seconds), unit);
  }
  return formatter(locale).format(0, 'second');
}

const dateTimes = new Map<Locale, Intl.DateTimeFormat>();

/** A full date and time in the locale ("Mar 5, 2025, 14:03"), for tooltips and the detail header. */
export function absoluteTime(ms: number, locale: Locale): string {
  let f = dateTimes.get(locale);
  if (!f) dateTimes.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' })));
  return f.format(ms);
}

const shortFormats = new Map<string, Intl.DateTimeFormat>();
function shortFormat(locale: Locale, kind: 'time' | 'day' | 'year'): Intl.DateTimeFormat {
  const key = `${locale}:${kind}`;
  let f = shortFormats.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      kind === 'time'
        ? { hour: 'numeric', minute: '2-digit' }
        : kind === 'day'
          ? { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }
          : { year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' };
    shortFormats.set(key, (f = new Intl.DateTimeFormat(locale, opts)));
  }
  return f;
}

/** A message's time, as short as it can be: "14:03" today, "Mar 5, 14:03" this year, else with the year. */
export function shortDateTime(ms: number, nowMs: number, locale: Locale): string {
  const d = new Date(ms);
  const now = new Date(nowMs);
  if (d.getFullYear() !== now.getFullYear()) return shortFormat(locale, 'year').format(ms);
  if (d.getMonth() === now.getMonth() && d.getDate() === now.getDate()) return shortFormat(locale, 'time').format(ms);
  return shortFormat(locale, 'day').format(ms);
}
