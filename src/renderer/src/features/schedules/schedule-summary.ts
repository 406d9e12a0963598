import { describeCron } from '../../../../shared/cron/describe-cron';
import { nextRuns } from '../../../../shared/cron/next-runs';
import type { Schedule } from '../../../../shared/domain/schedule';
import type { Locale } from '../../../../shared/i18n';

/** What a schedule's row and header say about timing: the words and the next run (null when none). */
export interface ScheduleTiming {
  /** "At 13:00, Monday through Friday" (UTC), or null for one-time schedules or unreadable crons. */
  words: string | null;
  next: Date | null;
  oneTimeAt: Date | null;
}

/** Pure: the timing of a schedule as of `now` (disabled schedules have no next run). */
export function scheduleTiming(s: Schedule, now: Date, locale: Locale): ScheduleTiming {
  if (s.schedule_type === 'one_time') {
    const at = s.scheduled_at ? new Date(s.scheduled_at) : null;
    const valid = at && !Number.isNaN(at.getTime()) ? at : null;
    return { words: null, next: s.enabled && valid && valid > now ? valid : null, oneTimeAt: valid };
  }
  const cron = s.frequency ?? '';
  return {
    words: cron ? describeCron(cron, locale) : null,
    next: s.enabled && cron ? (nextRuns(cron, 1, now)[0] ?? null) : null,
    oneTimeAt: null,
  };
}
