import type { Locale } from '../i18n/locale';
import { clockOptions } from './hour-cycle';

/**
 * The shapes a date or time takes in the app, from the shortest:
 * - `time`: "2:03 PM" / "14:03"
 * - `weekdayTime`: "Wed 2:03 PM" / "周三 14:03"
 * - `dayTime`: "Mar 5, 2:03 PM" / "3月5日 14:03"
 * - `dateTime`: "Mar 5, 2025, 2:03 PM" / "2025年3月5日 14:03"
 * - `weekdayDateTime`: "Wed, Mar 5, 2025, 2:03 PM" / "2025年3月5日周三 14:03"
 * - `date`: "Mar 5, 2025" / "2025年3月5日"
 * - `dayMonth`: "Mar 5" / "3月5日"
 */
export type DateTimeShape = 'time' | 'weekdayTime' | 'dayTime' | 'dateTime' | 'weekdayDateTime' | 'date' | 'dayMonth';

export interface DateTimeOptions {
  /** An IANA zone; the machine's zone when absent. */
  timeZone?: string | undefined;
  /** Adds the zone's short name ("EDT", "UTC", "GMT+8"). */
  zoneName?: boolean;
}

const SHAPES: Readonly<Record<DateTimeShape, { date: Intl.DateTimeFormatOptions; clock: boolean }>> = {
  time: { date: {}, clock: true },
  weekdayTime: { date: { weekday: 'short' }, clock: true },
  dayTime: { date: { month: 'short', day: 'numeric' }, clock: true },
  dateTime: { date: { year: 'numeric', month: 'short', day: 'numeric' }, clock: true },
  weekdayDateTime: { date: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' }, clock: true },
  date: { date: { year: 'numeric', month: 'short', day: 'numeric' }, clock: false },
  dayMonth: { date: { month: 'short', day: 'numeric' }, clock: false },
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** The (cached) formatter of a shape: every time in the app comes from here, so one hour cycle holds. */
export function dateTimeFormat(locale: Locale, shape: DateTimeShape, opts: DateTimeOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${shape}|${opts.timeZone ?? ''}|${opts.zoneName ? 'z' : ''}`;
  let f = cache.get(key);
  if (!f) {
    const spec = SHAPES[shape];
    f = new Intl.DateTimeFormat(locale, {
      ...spec.date,
      ...(spec.clock ? clockOptions(locale) : {}),
      ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
      ...(opts.zoneName ? { timeZoneName: 'short' } : {}),
    });
    cache.set(key, f);
  }
  return f;
}

/** An instant (ms or Date) in a shape; see {@link DateTimeShape}. */
export function formatDateTime(at: number | Date, locale: Locale, shape: DateTimeShape, opts: DateTimeOptions = {}): string {
  return dateTimeFormat(locale, shape, opts).format(at);
}

/** A wall-clock time that belongs to no day (a cron's "09:30", a "from 22:00" setting): "9:30 AM" / "09:30". */
export function formatClock(hour: number, minute: number, locale: Locale): string {
  return formatDateTime(Date.UTC(2000, 0, 1, hour, minute), locale, 'time', { timeZone: 'UTC' });
}

/** A message's time, as short as it can be: "2:03 PM" today, "Mar 5, 2:03 PM" this year, else with the year (machine zone). */
export function shortDateTime(ms: number, nowMs: number, locale: Locale): string {
  const d = new Date(ms);
  const now = new Date(nowMs);
  if (d.getFullYear() !== now.getFullYear()) return formatDateTime(ms, locale, 'dateTime');
  if (d.getMonth() === now.getMonth() && d.getDate() === now.getDate()) return formatDateTime(ms, locale, 'time');
  return formatDateTime(ms, locale, 'dayTime');
}
