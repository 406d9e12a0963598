import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, shortDateTime } from './date-time';
import { HOUR_CYCLE } from './hour-cycle';
import { relativeTime } from './relative-time';

// 2025-03-05 14:03 and 09:07 UTC; formatted in UTC so the machine's zone does not matter.
const AFTERNOON = Date.UTC(2025, 2, 5, 14, 3);
const MORNING = Date.UTC(2025, 2, 5, 9, 7);
const UTC = { timeZone: 'UTC' };

describe('one hour cycle per locale', () => {
  it('English is 12-hour, Chinese 24-hour', () => {
    expect(HOUR_CYCLE).toEqual({ en: 'h12', 'zh-CN': 'h23' });
    expect(formatDateTime(AFTERNOON, 'en', 'time', UTC)).toBe('2:03 PM');
    expect(formatDateTime(MORNING, 'en', 'time', UTC)).toBe('9:07 AM');
    expect(formatDateTime(AFTERNOON, 'zh-CN', 'time', UTC)).toBe('14:03');
    expect(formatDateTime(MORNING, 'zh-CN', 'time', UTC)).toBe('09:07');
  });

  it('holds in every shape that shows a clock', () => {
    for (const shape of ['time', 'dayTime', 'dateTime', 'weekdayDateTime'] as const) {
      expect(formatDateTime(AFTERNOON, 'en', shape, UTC), shape).toMatch(/2:03\sPM/);
      expect(formatDateTime(AFTERNOON, 'en', shape, UTC), shape).not.toContain('14:03');
      expect(formatDateTime(AFTERNOON, 'zh-CN', shape, UTC), shape).toMatch(/14:03$/);
      expect(formatDateTime(AFTERNOON, 'zh-CN', shape, UTC), shape).not.toMatch(/下午|上午/);
    }
  });

  it('midnight and noon read the locale way', () => {
    expect(formatDateTime(Date.UTC(2025, 0, 1, 0, 0), 'en', 'time', UTC)).toBe('12:00 AM');
    expect(formatDateTime(Date.UTC(2025, 0, 1, 12, 0), 'en', 'time', UTC)).toBe('12:00 PM');
    expect(formatDateTime(Date.UTC(2025, 0, 1, 0, 0), 'zh-CN', 'time', UTC)).toBe('00:00');
  });

  it('writes dates and zones in each language', () => {
    expect(formatDateTime(AFTERNOON, 'en', 'dateTime', UTC)).toBe('Mar 5, 2025, 2:03 PM');
    expect(formatDateTime(AFTERNOON, 'zh-CN', 'dateTime', UTC)).toBe('2025年3月5日 14:03');
    expect(formatDateTime(AFTERNOON, 'en', 'date', UTC)).toBe('Mar 5, 2025');
    expect(formatDateTime(AFTERNOON, 'zh-CN', 'dayMonth', UTC)).toBe('3月5日');
    expect(formatDateTime(AFTERNOON, 'en', 'weekdayDateTime', { timeZone: 'America/New_York', zoneName: true })).toBe('Wed, Mar 5, 2025, 9:03 AM EST');
    expect(formatDateTime(AFTERNOON, 'zh-CN', 'weekdayDateTime', { timeZone: 'Asia/Shanghai', zoneName: true })).toBe('2025年3月5日周三 GMT+8 22:03');
  });

  it('formats a wall clock with no day', () => {
    expect(formatClock(9, 30, 'en')).toBe('9:30 AM');
    expect(formatClock(22, 0, 'en')).toBe('10:00 PM');
    expect(formatClock(9, 30, 'zh-CN')).toBe('09:30');
  });

  it('keeps a message time short: the clock today, the day this year, the year before', () => {
    const now = new Date(2025, 2, 5, 18, 0).getTime();
    expect(shortDateTime(new Date(2025, 2, 5, 14, 3).getTime(), now, 'en')).toBe('2:03 PM');
    expect(shortDateTime(new Date(2025, 1, 20, 14, 3).getTime(), now, 'en')).toBe('Feb 20, 2:03 PM');
    expect(shortDateTime(new Date(2024, 1, 20, 14, 3).getTime(), now, 'zh-CN')).toBe('2024年2月20日 14:03');
  });
});

describe('relativeTime', () => {
  const now = Date.UTC(2025, 2, 5, 12, 0);
  it('says past and future in both languages', () => {
    expect(relativeTime(now - 3 * 60_000, now, 'en')).toBe('3 min. ago');
    expect(relativeTime(now - 3 * 60_000, now, 'zh-CN')).toBe('3分钟前');
    expect(relativeTime(now + 2 * 3600_000, now, 'en')).toBe('in 2 hr.');
    expect(relativeTime(now - 24 * 3600_000, now, 'zh-CN')).toBe('昨天');
    expect(relativeTime(now - 10_000, now, 'en')).toBe('now');
  });
});
