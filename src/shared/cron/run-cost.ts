import { Cron } from 'croner';
import { FIELD_RANGES, splitCron } from './cron-fields';
import { expandField } from './expand-field';
import { validateCron } from './validate-cron';

/**
 * More runs a day than this, and saving asks first. 24 is "more often than hourly": every run
 * starts a new Devin session that bills ACUs, a session commonly takes several minutes or more,
 * so a tighter schedule starts runs faster than they finish and its cost grows with the count,
 * not with the work. An hourly job (a triage sweep, a flaky-test check) stays a single save.
 */
export const CONFIRM_ABOVE_RUNS_PER_DAY = 24;

/**
 * How many times a UTC cron runs on a day it runs at all (null for an invalid expression, 0 for
 * one that never runs). The day fields only pick *which* days; on each of them the cron fires at
 * every listed minute of every listed hour, so the count is exact without walking the calendar
 * (croner takes a fraction of a millisecond a step: 1,440 steps would stall typing).
 */
export function runsPerDay(cron: string, from: Date): number | null {
  const valid = validateCron(cron);
  if (!valid.ok) return null;
  const [minute = '', hour = ''] = splitCron(valid.expression);
  const minutes = expandField(minute, FIELD_RANGES.minute);
  const hours = expandField(hour, FIELD_RANGES.hour);
  if (!minutes || !hours) return null;
  if (!new Cron(valid.expression, { timezone: 'UTC', mode: '5-part' }).nextRun(from)) return 0;
  return minutes.length * hours.length;
}

/** What the editor says about a cron's cost: nothing, a note with the count, or a warning that saving asks first. */
export type RunCost = { level: 'none' } | { level: 'note' | 'confirm'; runsPerDay: number };

export function runCost(cron: string, from: Date): RunCost {
  const runs = runsPerDay(cron, from);
  if (runs === null || runs <= 1) return { level: 'none' };
  return { level: runs > CONFIRM_ABOVE_RUNS_PER_DAY ? 'confirm' : 'note', runsPerDay: runs };
}
