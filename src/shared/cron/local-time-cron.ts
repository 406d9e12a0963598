import { FIELD_RANGES, splitCron } from './cron-fields';
import { compressField, expandField } from './expand-field';
import { offsetMinutes, wallClock } from './time-zone';
import { validateCron } from './validate-cron';

/** Local weekday presets the helper offers (0 = Sunday … 6 = Saturday). */
export const WEEKDAY_PRESETS = {
  everyDay: [0, 1, 2, 3, 4, 5, 6],
  weekdays: [1, 2, 3, 4, 5],
  weekends: [0, 6],
} as const satisfies Record<string, readonly number[]>;
export type WeekdayPreset = keyof typeof WEEKDAY_PRESETS;

/** "At HH:MM on these days in this time zone", as a person says it. */
export interface LocalTimeSpec {
  hour: number;
  minute: number;
  /** Local weekdays, 0 = Sunday … 6; empty means every day. */
  weekdays: readonly number[];
  timeZone: string;
}

export interface UtcCron {
  /** The five-field cron in UTC the API wants, e.g. "0 13 * * 1-5". */
  cron: string;
  /** The UTC day relative to the local one: -1 (UTC is a day earlier), 0, or +1. */
  dayShift: -1 | 0 | 1;
  /** The zone's offset the conversion used (the one in effect at the next local run after `reference`). */
  offsetMinutes: number;
}

const MINUTES_PER_DAY = 1440;

/**
 * Converts a local time to the UTC cron the API stores. The API's cron is fixed in UTC, so the
 * conversion is exact only while the zone keeps the offset in effect at `reference`; pair it with
 * {@link localTimeDrift} to warn when daylight saving time will move it.
 */
export function localTimeToUtcCron(spec: LocalTimeSpec, reference: Date): UtcCron {
  const offset = offsetAtNextLocal(spec, reference);
  let utcMinutes = spec.hour * 60 + spec.minute - offset;
  let dayShift: -1 | 0 | 1 = 0;
  if (utcMinutes < 0) {
    utcMinutes += MINUTES_PER_DAY;
    dayShift = -1;
  } else if (utcMinutes >= MINUTES_PER_DAY) {
    utcMinutes -= MINUTES_PER_DAY;
    dayShift = 1;
  }
  const local = spec.weekdays.length === 0 ? WEEKDAY_PRESETS.everyDay : spec.weekdays;
  const utcDays = local.map((d) => (((d + dayShift) % 7) + 7) % 7);
  const dow = compressField(utcDays, FIELD_RANGES.dayOfWeek);
  return { cron: `${utcMinutes % 60} ${Math.floor(utcMinutes / 60)} * * ${dow}`, dayShift, offsetMinutes: offset };
}

/** A cron that fires once a day at one UTC time, on some weekdays: "M H * * DOW". */
export interface FixedTimeCron {
  minute: number;
  hour: number;
  /** UTC weekdays, 0 … 6, ascending (all seven for `*`). */
  weekdays: number[];
}

/** Reads a fixed-time cron, or null when the expression is anything else (steps, lists of hours, days of month). */
export function readFixedTime(cron: string): FixedTimeCron | null {
  if (!validateCron(cron).ok) return null;
  const [m = '', h = '', dom = '', month = '', dow = ''] = splitCron(cron);
  if (!/^\d+$/.test(m) || !/^\d+$/.test(h) || dom !== '*' || month !== '*') return null;
  const weekdays = expandField(dow, FIELD_RANGES.dayOfWeek);
  return weekdays ? { minute: Number(m), hour: Number(h), weekdays } : null;
}

/**
 * The inverse of {@link localTimeToUtcCron} for editing an existing schedule: what a fixed-time
 * UTC cron means in `timeZone` at `reference`. Null when the cron is not fixed-time.
 */
export function utcCronToLocalTime(cron: string, timeZone: string, reference: Date): LocalTimeSpec | null {
  const fixed = readFixedTime(cron);
  if (!fixed) return null;
  const offset = offsetMinutes(nextUtcAt(fixed.hour, fixed.minute, reference), timeZone);
  let local = fixed.hour * 60 + fixed.minute + offset;
  let shift = 0;
  if (local < 0) {
    local += MINUTES_PER_DAY;
    shift = -1;
  } else if (local >= MINUTES_PER_DAY) {
    local -= MINUTES_PER_DAY;
    shift = 1;
  }
  const weekdays = fixed.weekdays.length === 7 ? [] : fixed.weekdays.map((d) => (((d + shift) % 7) + 7) % 7).sort((a, b) => a - b);
  return { hour: Math.floor(local / 60), minute: local % 60, weekdays, timeZone };
}

/** The next instant at UTC hh:mm on or after `reference`. */
function nextUtcAt(hour: number, minute: number, reference: Date): Date {
  const sameDay = Date.UTC(reference.getUTCFullYear(), reference.getUTCMonth(), reference.getUTCDate(), hour, minute);
  return new Date(sameDay >= reference.getTime() ? sameDay : sameDay + MINUTES_PER_DAY * 60_000);
}

/** The zone's offset at the next time the local clock shows spec.hour:spec.minute after `reference`. */
function offsetAtNextLocal(spec: LocalTimeSpec, reference: Date): number {
  const today = wallClock(reference, spec.timeZone);
  const wall = Date.UTC(today.year, today.month - 1, today.day, spec.hour, spec.minute);
  // Two passes: the offset at a first guess of the instant, then at the corrected instant.
  let offset = offsetMinutes(reference, spec.timeZone);
  for (let pass = 0; pass < 2; pass++) offset = offsetMinutes(new Date(wall - offset * 60_000), spec.timeZone);
  const instant = wall - offset * 60_000;
  if (instant >= reference.getTime()) return offset;
  // Already past today: tomorrow's offset is the one that matters.
  return offsetMinutes(new Date(instant + MINUTES_PER_DAY * 60_000), spec.timeZone);
}
