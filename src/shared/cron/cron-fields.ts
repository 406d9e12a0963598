/**
 * The five fields of a standard cron expression and their ranges. Kept apart from validation so
 * the fixed-time reader and the builder share one definition.
 */
export const CRON_FIELDS = ['minute', 'hour', 'dayOfMonth', 'month', 'dayOfWeek'] as const;
export type CronField = (typeof CRON_FIELDS)[number];

export interface FieldRange {
  min: number;
  max: number;
  /** Names accepted in place of numbers (JAN…DEC, SUN…SAT), mapped to their value. */
  names?: Readonly<Record<string, number>>;
}

const MONTH_NAMES = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

export const FIELD_RANGES: Readonly<Record<CronField, FieldRange>> = {
  minute: { min: 0, max: 59 },
  hour: { min: 0, max: 23 },
  dayOfMonth: { min: 1, max: 31 },
  month: { min: 1, max: 12, names: Object.fromEntries(MONTH_NAMES.map((n, i) => [n, i + 1])) },
  // 7 is Sunday too, as in Vixie cron.
  dayOfWeek: { min: 0, max: 7, names: Object.fromEntries(DAY_NAMES.map((n, i) => [n, i])) },
};

/** Splits an expression into fields on any run of whitespace. */
export function splitCron(expression: string): string[] {
  const trimmed = expression.trim();
  return trimmed === '' ? [] : trimmed.split(/\s+/);
}
