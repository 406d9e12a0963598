import { describe, expect, it } from 'vitest';
import { localTimeToUtcCron, readFixedTime, utcCronToLocalTime, WEEKDAY_PRESETS } from './local-time-cron';

const WINTER = new Date('2025-01-15T12:00:00Z');
const SUMMER = new Date('2025-07-15T12:00:00Z');

describe('localTimeToUtcCron', () => {
  it('New York 09:00 on weekdays is 14:00 UTC in winter and 13:00 UTC in summer', () => {
    const spec = { hour: 9, minute: 0, weekdays: WEEKDAY_PRESETS.weekdays, timeZone: 'America/New_York' };
    expect(localTimeToUtcCron(spec, WINTER)).toEqual({ cron: '0 14 * * 1-5', dayShift: 0, offsetMinutes: -300 });
    expect(localTimeToUtcCron(spec, SUMMER)).toEqual({ cron: '0 13 * * 1-5', dayShift: 0, offsetMinutes: -240 });
  });

  it('Shanghai 07:30 on weekdays is the previous UTC day: Sunday to Thursday 23:30', () => {
    const spec = { hour: 7, minute: 30, weekdays: WEEKDAY_PRESETS.weekdays, timeZone: 'Asia/Shanghai' };
    expect(localTimeToUtcCron(spec, WINTER)).toEqual({ cron: '30 23 * * 0-4', dayShift: -1, offsetMinutes: 480 });
  });

  it('Los Angeles 20:00 on weekends moves to the next UTC day', () => {
    const spec = { hour: 20, minute: 0, weekdays: WEEKDAY_PRESETS.weekends, timeZone: 'America/Los_Angeles' };
    expect(localTimeToUtcCron(spec, WINTER).cron).toBe('0 4 * * 0,1');
  });

  it('handles half-hour zones and every day', () => {
    const spec = { hour: 9, minute: 15, weekdays: [], timeZone: 'Asia/Kolkata' };
    expect(localTimeToUtcCron(spec, WINTER).cron).toBe('45 3 * * *');
  });

  it('uses the offset of the next local run, not of the reference instant, around a change', () => {
    // 2025-03-09 is the US spring-forward day; at 01:00 EST the next 09:00 is already EDT.
    const spec = { hour: 9, minute: 0, weekdays: [], timeZone: 'America/New_York' };
    expect(localTimeToUtcCron(spec, new Date('2025-03-09T06:00:00Z')).cron).toBe('0 13 * * *');
  });
});

describe('readFixedTime / utcCronToLocalTime', () => {
  it('reads fixed-time crons only', () => {
    expect(readFixedTime('0 14 * * 1-5')).toEqual({ minute: 0, hour: 14, weekdays: [1, 2, 3, 4, 5] });
    expect(readFixedTime('0 14 * * *')?.weekdays).toHaveLength(7);
    expect(readFixedTime('*/5 14 * * *')).toBeNull();
    expect(readFixedTime('0 14 1 * *')).toBeNull();
    expect(readFixedTime('0 25 * * *')).toBeNull();
  });

  it('round-trips the helper', () => {
    const spec = { hour: 7, minute: 30, weekdays: [1, 2, 3, 4, 5], timeZone: 'Asia/Shanghai' };
    const { cron } = localTimeToUtcCron(spec, WINTER);
    expect(utcCronToLocalTime(cron, 'Asia/Shanghai', WINTER)).toEqual(spec);
    expect(utcCronToLocalTime('0 14 * * *', 'America/New_York', WINTER)).toEqual({
      hour: 9,
      minute: 0,
      weekdays: [],
      timeZone: 'America/New_York',
    });
    expect(utcCronToLocalTime('*/5 * * * *', 'UTC', WINTER)).toBeNull();
  });
});
