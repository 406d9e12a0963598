/**
 * Devin's usage days. The consumption docs name the boundary: midnight PST = 08:00:00 UTC, all
 * year (no daylight saving), so a day here is the day Devin's dashboard shows. A day is named by
 * its ISO date, which is the UTC date of its start (08:00 UTC falls on that same date).
 */

export const USAGE_DAY_START_UTC_HOUR = 8;
export const DAY_SEC = 86_400;
const OFFSET_SEC = USAGE_DAY_START_UTC_HOUR * 3600;

/** Start (Unix seconds) of the usage day holding `sec`. */
export function usageDayStart(sec: number): number {
  return Math.floor((sec - OFFSET_SEC) / DAY_SEC) * DAY_SEC + OFFSET_SEC;
}

/** `2026-01-15` for the day starting at `dayStartSec` (any second of the day works). */
export function isoDay(sec: number): string {
  return new Date(usageDayStart(sec) * 1000).toISOString().slice(0, 10);
}

/** The start of the usage day named `2026-01-15`; null for anything else. */
export function dayStartOfIso(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const ms = Date.parse(`${day}T0${USAGE_DAY_START_UTC_HOUR}:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== day ? null : ms / 1000;
}

/** The last `days` usage days up to and including today: `[fromSec, toSec)`, both on day boundaries. */
export interface UsagePeriod {
  days: number;
  fromSec: number;
  toSec: number;
}

export function lastDays(days: number, nowMs: number): UsagePeriod {
  const toSec = usageDayStart(Math.floor(nowMs / 1000)) + DAY_SEC;
  return { days, fromSec: toSec - days * DAY_SEC, toSec };
}

/** The usage month holding `sec` (`2026-01`) and its first day's start: months follow the ISO day. */
export function usageMonth(sec: number): { key: string; fromSec: number } {
  const key = isoDay(sec).slice(0, 7);
  return { key, fromSec: dayStartOfIso(`${key}-01`) as number };
}
