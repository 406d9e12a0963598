import { Cron } from 'croner';
import { FIELD_RANGES, splitCron } from './cron-fields';
import { expandField } from './expand-field';
import { clockText, offsetMinutes } from './time-zone';
import { validateCron } from './validate-cron';

/** A stretch of time during which a UTC cron fires at one local time. */
export interface LocalTimePeriod {
  /** The first run in this stretch (or where it starts, if the cron does not fire that day). */
  from: Date;
  /** Local "HH:MM" of the day's first run. */
  localTime: string;
  /** The local day relative to the UTC day of the run: -1, 0 or +1. */
  dayShift: number;
  offsetMinutes: number;
}

export interface LocalTimeDrift {
  /** True when the runs land at different local times over the window: warn the user. */
  drifts: boolean;
  /** Consecutive stretches, the first one starting at the window's start. Empty when the cron runs every hour. */
  periods: LocalTimePeriod[];
}

const DAY_MS = 86_400_000;

/**
 * Whether a UTC cron fires at a different local hour part of the year. The API's cron is fixed
 * in UTC, so in a zone with daylight saving time "09:00" becomes "08:00" or "10:00" for months;
 * Shanghai never moves. Samples the zone's offset at the run's UTC time each day for `days` days
 * from `from` (366 covers both changes of any year); crons that fire every hour are exempt.
 */
export function localTimeDrift(cron: string, timeZone: string, from: Date, days = 366): LocalTimeDrift {
  const none: LocalTimeDrift = { drifts: false, periods: [] };
  if (!validateCron(cron).ok) return none;
  const [minuteText = '', hourText = ''] = splitCron(cron);
  const hours = expandField(hourText, FIELD_RANGES.hour);
  const minutes = expandField(minuteText, FIELD_RANGES.minute);
  if (!hours || !minutes || hours.length === 24) return none;
  const hour = hours[0] as number;
  const minute = minutes[0] as number;
  const job = new Cron(cron, { timezone: 'UTC', mode: '5-part' });

  const start = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate(), hour, minute);
  const periods: LocalTimePeriod[] = [];
  let previous: number | null = null;
  for (let i = 0; i <= days; i++) {
    const at = start + i * DAY_MS;
    const offset = offsetMinutes(new Date(at), timeZone);
    if (offset === previous) continue;
    previous = offset;
    const since = i === 0 ? from : new Date(at - 1000);
    const local = hour * 60 + minute + offset;
    periods.push({
      from: job.nextRun(since) ?? new Date(at),
      localTime: clockText(local),
      dayShift: Math.floor(local / 1440),
      offsetMinutes: offset,
    });
  }
  const distinct = new Set(periods.map((p) => p.localTime));
  return { drifts: distinct.size > 1, periods };
}
