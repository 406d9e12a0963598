import type { Locale } from '../i18n/locale';

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
 * "3 min. ago" / "3分钟前", "yesterday" / "昨天", "in 2 hr." / "2小时后" (pure given `nowMs`).
 * Under a minute reads as "now": second-by-second counting would make every row flicker.
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
