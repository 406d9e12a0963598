import { Cron } from 'croner';
import { validateCron } from './validate-cron';

/**
 * The next `count` runs of a UTC cron strictly after `from`, as croner computes them (the API's
 * cron is UTC; show these instants in any zone). Empty for an invalid expression.
 */
export function nextRuns(cron: string, count: number, from: Date): Date[] {
  const valid = validateCron(cron);
  if (!valid.ok) return [];
  return new Cron(valid.expression, { timezone: 'UTC', mode: '5-part' }).nextRuns(count, from);
}
