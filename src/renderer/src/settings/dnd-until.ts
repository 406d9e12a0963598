import type { Locale } from '../../../shared/i18n';
import { formatClock as formatWallClock, formatDateTime } from '../../../shared/intl/date-time';

/** The do-not-disturb choices Settings offers; `at` is a local wall-clock time "HH:MM". */
export type DndChoice = { kind: 'hour' } | { kind: 'tomorrow' } | { kind: 'at'; time: string };

/** "Until tomorrow …" means this local time on the next calendar day. */
export const TOMORROW_TIME = '09:00';

/**
 * When a pause chosen at `nowMs` ends (ms since the epoch), in local time, or null for a time
 * that is not "HH:MM". A time of day already past today means that time tomorrow.
 */
export function dndUntilFor(choice: DndChoice, nowMs: number): number | null {
  if (choice.kind === 'hour') return nowMs + 3600_000;
  const hm = parseClock(choice.kind === 'tomorrow' ? TOMORROW_TIME : choice.time);
  if (!hm) return null;
  const at = new Date(nowMs);
  // setHours works in local time, so a daylight-saving change in between is handled by the Date.
  if (choice.kind === 'tomorrow') at.setDate(at.getDate() + 1);
  at.setHours(hm.hours, hm.minutes, 0, 0);
  if (choice.kind === 'at' && at.getTime() <= nowMs) at.setDate(at.getDate() + 1);
  return at.getTime();
}

function parseClock(time: string): { hours: number; minutes: number } | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return m ? { hours: Number(m[1]), minutes: Number(m[2]) } : null;
}

/** "09:00" as this locale writes a time of day ("9:00 AM", "09:00"). */
export function formatClock(time: string, locale: Locale): string {
  const hm = parseClock(time);
  if (!hm) return time;
  return formatWallClock(hm.hours, hm.minutes, locale);
}

/** When a pause ends: the time alone on the same day, with the weekday within a week, else the date. */
export function formatPausedUntil(untilMs: number, nowMs: number, locale: Locale): string {
  const until = new Date(untilMs);
  const now = new Date(nowMs);
  const sameDay = until.toDateString() === now.toDateString();
  const withinWeek = untilMs - nowMs < 6 * 24 * 3600_000;
  return formatDateTime(until, locale, sameDay ? 'time' : withinWeek ? 'weekdayTime' : 'dayTime');
}
