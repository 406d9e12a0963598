import { describe, expect, it } from 'vitest';
import { localTimeToUtcCron } from './local-time-cron';
import { localTimeDrift } from './local-time-drift';

const FROM = new Date('2025-01-15T12:00:00Z');

describe('localTimeDrift', () => {
  it('warns for New York: the fixed UTC time moves an hour with daylight saving', () => {
    const { cron } = localTimeToUtcCron({ hour: 9, minute: 0, weekdays: [1, 2, 3, 4, 5], timeZone: 'America/New_York' }, FROM);
    const drift = localTimeDrift(cron, 'America/New_York', FROM);
    expect(drift.drifts).toBe(true);
    expect(drift.periods.map((p) => [p.from.toISOString(), p.localTime])).toEqual([
      ['2025-01-15T14:00:00.000Z', '09:00'],
      // Spring forward is Sunday 9 March; the first weekday run after it is Monday at 10:00 EDT.
      ['2025-03-10T14:00:00.000Z', '10:00'],
      // Fall back is Sunday 2 November.
      ['2025-11-03T14:00:00.000Z', '09:00'],
    ]);
  });

  it('does not warn for Shanghai, which has no daylight saving time', () => {
    const { cron } = localTimeToUtcCron({ hour: 7, minute: 30, weekdays: [1, 2, 3, 4, 5], timeZone: 'Asia/Shanghai' }, FROM);
    const drift = localTimeDrift(cron, 'Asia/Shanghai', FROM);
    expect(drift.drifts).toBe(false);
    expect(drift.periods).toHaveLength(1);
    expect(drift.periods[0]).toMatchObject({ localTime: '07:30', dayShift: 1, offsetMinutes: 480 });
  });

  it('reports the southern hemisphere the other way round (Sydney)', () => {
    const drift = localTimeDrift('0 22 * * *', 'Australia/Sydney', FROM);
    expect(drift.drifts).toBe(true);
    // 22:00 UTC is 09:00 next day in AEDT (+11), 08:00 in AEST (+10) from April.
    expect(drift.periods.map((p) => p.localTime)).toEqual(['09:00', '08:00', '09:00']);
    expect(drift.periods[1]?.from.toISOString()).toBe('2025-04-05T22:00:00.000Z');
  });

  it('has nothing to say about crons that run every hour, or UTC', () => {
    expect(localTimeDrift('*/15 * * * *', 'America/New_York', FROM)).toEqual({ drifts: false, periods: [] });
    expect(localTimeDrift('0 9 * * *', 'UTC', FROM).drifts).toBe(false);
  });
});
