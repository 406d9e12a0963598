import { Cron } from 'croner';

/**
 * Why a schedule `frequency` is not a usable 5-field UTC cron expression, or null if it is.
 * Nicknames (`@daily`) and 6/7-field forms are refused: the API documents plain 5-field cron.
 */
export function cronProblem(expr: string): string | null {
  const fields = expr.trim().split(/\s+/);
  if (fields.length !== 5 || fields[0] === '') return 'frequency must be a 5-field cron expression (minute hour day month weekday)';
  try {
    const job = new Cron(fields.join(' '), { paused: true, timezone: 'UTC' });
    const next = job.nextRun();
    job.stop();
    return next === null ? 'frequency never matches a date' : null;
  } catch (e) {
    return `Invalid cron expression: ${e instanceof Error ? e.message : String(e)}`;
  }
}
