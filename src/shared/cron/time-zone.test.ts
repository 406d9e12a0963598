import { describe, expect, it } from 'vitest';
import { clockText, isoToLocalInput, isValidTimeZone, localInputToIso, offsetMinutes, wallClock, zonedTimeToUtc } from './time-zone';

describe('time zones', () => {
  it('reads offsets with and without daylight saving time', () => {
    expect(offsetMinutes(new Date('2026-01-15T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Asia/Shanghai')).toBe(480);
    expect(offsetMinutes(new Date('2026-07-15T12:00:00Z'), 'Asia/Kathmandu')).toBe(345);
  });

  it('reads the wall clock and weekday', () => {
    expect(wallClock(new Date('2026-01-15T23:30:00Z'), 'Asia/Shanghai')).toMatchObject({ year: 2026, month: 1, day: 16, hour: 7, minute: 30, weekday: 5 });
  });

  it('turns a wall-clock time into an instant, across DST', () => {
    expect(zonedTimeToUtc(2026, 1, 15, 9, 0, 'America/New_York').toISOString()).toBe('2026-01-15T14:00:00.000Z');
    expect(zonedTimeToUtc(2026, 7, 15, 9, 0, 'America/New_York').toISOString()).toBe('2026-07-15T13:00:00.000Z');
    // 01:30 happens twice on 2026-11-01 in New York: the earlier (EDT) one.
    expect(zonedTimeToUtc(2026, 11, 1, 1, 30, 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    // 02:30 does not exist on 2026-03-08: it lands after the gap.
    expect(zonedTimeToUtc(2026, 3, 8, 2, 30, 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
  });

  it('converts datetime-local values both ways', () => {
    expect(localInputToIso('2026-02-01T09:00', 'Asia/Shanghai')).toBe('2026-02-01T01:00:00.000Z');
    expect(isoToLocalInput('2026-02-01T01:00:00.000Z', 'Asia/Shanghai')).toBe('2026-02-01T09:00');
    expect(localInputToIso('nope', 'UTC')).toBeNull();
  });

  it('knows valid zones and formats clocks', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(clockText(-60)).toBe('23:00');
    expect(clockText(1445)).toBe('00:05');
  });
});
