import { describe, expect, it } from 'vitest';
import { validateCron } from './validate-cron';

describe('validateCron', () => {
  it.each([
    ['0 9 * * 1-5', '0 9 * * 1-5'],
    ['  */15   *  * * *  ', '*/15 * * * *'],
    ['0 9 * * MON-FRI', '0 9 * * MON-FRI'],
    ['30 6 1,15 * *', '30 6 1,15 * *'],
    ['0 0 * JAN,JUL sun', '0 0 * JAN,JUL sun'],
    ['0 22 * * 7', '0 22 * * 7'],
    ['5-55/10 8-18/2 * * *', '5-55/10 8-18/2 * * *'],
    ['0 12 29 2 *', '0 12 29 2 *'],
  ])('accepts %j', (input, normalized) => {
    expect(validateCron(input)).toEqual({ ok: true, expression: normalized });
  });

  it.each([
    ['', 'cron.issue.empty', undefined],
    ['@daily', 'cron.issue.nickname', undefined],
    ['0 9 * *', 'cron.issue.fieldCount', undefined],
    ['0 0 9 * * 1-5', 'cron.issue.fieldCount', undefined],
    ['61 * * * *', 'cron.issue.outOfRange', 'minute'],
    ['0 24 * * *', 'cron.issue.outOfRange', 'hour'],
    ['0 9 0 * *', 'cron.issue.outOfRange', 'dayOfMonth'],
    ['0 9 * 13 *', 'cron.issue.outOfRange', 'month'],
    ['0 9 * * 8', 'cron.issue.outOfRange', 'dayOfWeek'],
    ['0 9 L * *', 'cron.issue.special', 'dayOfMonth'],
    ['0 9 ? * 1', 'cron.issue.special', 'dayOfMonth'],
    ['0 9 * * FRI#2', 'cron.issue.special', 'dayOfWeek'],
    ['0 9 15W * *', 'cron.issue.special', 'dayOfMonth'],
    ['0 9 * * 5-1', 'cron.issue.badRange', 'dayOfWeek'],
    ['*/0 * * * *', 'cron.issue.badStep', 'minute'],
    ['*/61 * * * *', 'cron.issue.badStep', 'minute'],
    ['5/10 * * * *', 'cron.issue.badToken', 'minute'],
    ['0 9 * * MONDAY', 'cron.issue.badToken', 'dayOfWeek'],
    ['0 9,,10 * * *', 'cron.issue.badToken', 'hour'],
    ['a b c d e', 'cron.issue.badToken', 'minute'],
    ['0 0 30 2 *', 'cron.issue.never', undefined],
  ])('rejects %j with %s', (input, key, field) => {
    const r = validateCron(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issue.key).toBe(key);
    expect(r.issue.field).toBe(field);
  });

  it('says which value is out of range and the allowed range', () => {
    const r = validateCron('0 25 * * *');
    expect(r).toEqual({ ok: false, issue: { key: 'cron.issue.outOfRange', params: { value: '25', min: 0, max: 23 }, field: 'hour' } });
  });

  it('does not mistake month and day names containing L or W for specials', () => {
    expect(validateCron('0 9 * JUL WED').ok).toBe(true);
  });
});
