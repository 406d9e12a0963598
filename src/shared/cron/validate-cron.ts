import { Cron } from 'croner';
import { CRON_FIELDS, FIELD_RANGES, splitCron, type CronField, type FieldRange } from './cron-fields';

/**
 * Why an expression was refused. `key` is an i18n key (messages/library-cron.ts), `params` fill it,
 * so the renderer can say it in the user's language while they type.
 */
export interface CronIssue {
  key:
    | 'cron.issue.empty'
    | 'cron.issue.nickname'
    | 'cron.issue.fieldCount'
    | 'cron.issue.special'
    | 'cron.issue.badToken'
    | 'cron.issue.outOfRange'
    | 'cron.issue.badRange'
    | 'cron.issue.badStep'
    | 'cron.issue.never'
    | 'cron.issue.invalid';
  params: Record<string, string | number>;
  /** Which field is wrong, when one is. */
  field?: CronField;
}

export type CronValidation = { ok: true; expression: string } | { ok: false; issue: CronIssue };

/**
 * Checks a schedule's `frequency`: five fields (minute hour day-of-month month day-of-week), each
 * a number, name, `*`, range, list or step. The API documents a plain cron string in UTC, so
 * extensions some libraries accept (`@daily`, seconds, `L`, `W`, `#`, `?`) are refused rather than
 * risk the server reading them differently. Returns the expression with single spaces.
 */
export function validateCron(expression: string): CronValidation {
  const parts = splitCron(expression);
  if (parts.length === 0) return fail('cron.issue.empty');
  if (parts[0]?.startsWith('@')) return fail('cron.issue.nickname', { value: parts[0] });
  if (parts.length !== 5) return fail('cron.issue.fieldCount', { count: parts.length });
  for (const [i, field] of CRON_FIELDS.entries()) {
    const issue = checkField(parts[i] ?? '', field, FIELD_RANGES[field]);
    if (issue) return { ok: false, issue };
  }
  const normalized = parts.join(' ');
  // The field checks above are ours (so messages are translated); croner is the final word on
  // what the expression means, and tells us when it can never fire (e.g. 30 February).
  let next: Date | null;
  try {
    next = new Cron(normalized, { timezone: 'UTC', mode: '5-part' }).nextRun(new Date(Date.UTC(2000, 0, 1)));
  } catch (err) {
    return fail('cron.issue.invalid', { detail: err instanceof Error ? err.message : String(err) });
  }
  if (next === null) return fail('cron.issue.never');
  return { ok: true, expression: normalized };
}

function fail(key: CronIssue['key'], params: CronIssue['params'] = {}, field?: CronField): { ok: false; issue: CronIssue } {
  return { ok: false, issue: field ? { key, params, field } : { key, params } };
}

function checkField(text: string, field: CronField, range: FieldRange): CronIssue | null {
  if (/[LW#?]/i.test(text.replace(/[A-Z]{3}/gi, (m) => (range.names?.[m.toUpperCase()] !== undefined ? '0' : m)))) {
    return { key: 'cron.issue.special', params: { value: text }, field };
  }
  for (const item of text.split(',')) {
    const issue = checkItem(item, field, range);
    if (issue) return issue;
  }
  return null;
}

function checkItem(item: string, field: CronField, range: FieldRange): CronIssue | null {
  const [base = '', step, extra] = item.split('/');
  if (item === '' || base === '' || extra !== undefined) return { key: 'cron.issue.badToken', params: { value: item }, field };
  let low = range.min;
  let high = range.max;
  if (base !== '*') {
    const [a = '', b, more] = base.split('-');
    if (more !== undefined) return { key: 'cron.issue.badToken', params: { value: item }, field };
    const lowValue = readValue(a, range);
    const highValue = b === undefined ? lowValue : readValue(b, range);
    for (const [raw, v] of [[a, lowValue], [b, highValue]] as const) {
      if (raw === undefined) continue;
      if (v === null) return { key: 'cron.issue.badToken', params: { value: raw }, field };
      if (v < range.min || v > range.max) {
        return { key: 'cron.issue.outOfRange', params: { value: raw, min: range.min, max: range.max }, field };
      }
    }
    low = lowValue as number;
    high = highValue as number;
    if (low > high) return { key: 'cron.issue.badRange', params: { value: base }, field };
    // "5/10" (a single start with a step) is a croner/Quartz extension, not standard cron.
    if (b === undefined && step !== undefined) return { key: 'cron.issue.badToken', params: { value: item }, field };
  }
  if (step !== undefined) {
    const n = /^\d+$/.test(step) ? Number(step) : NaN;
    if (!(n >= 1 && n <= range.max - range.min + 1)) {
      return { key: 'cron.issue.badStep', params: { value: step, max: range.max - range.min + 1 }, field };
    }
  }
  return null;
}

function readValue(text: string, range: FieldRange): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const named = range.names?.[text.toUpperCase()];
  return named ?? null;
}
