import { describe, expect, it } from 'vitest';
import { dndUntilFor, formatClock, formatPausedUntil } from './dnd-until';

// Local times: vitest pins TZ (see vitest config); build instants from local fields to stay zone-proof.
const local = (y: number, mo: number, d: number, h: number, mi: number) => new Date(y, mo - 1, d, h, mi).getTime();

describe('dndUntilFor', () => {
  const now = local(2025, 3, 5, 14, 20);
  it('pauses for an hour', () => {
    expect(dndUntilFor({ kind: 'hour' }, now)).toBe(now + 3600_000);
  });
  it('pauses until 09:00 on the next calendar day', () => {
    expect(dndUntilFor({ kind: 'tomorrow' }, now)).toBe(local(2025, 3, 6, 9, 0));
    expect(dndUntilFor({ kind: 'tomorrow' }, local(2025, 3, 5, 1, 0))).toBe(local(2025, 3, 6, 9, 0));
  });
  it('pauses until a time today, or tomorrow when it has passed', () => {
    expect(dndUntilFor({ kind: 'at', time: '18:30' }, now)).toBe(local(2025, 3, 5, 18, 30));
    expect(dndUntilFor({ kind: 'at', time: '14:20' }, now)).toBe(local(2025, 3, 6, 14, 20));
    expect(dndUntilFor({ kind: 'at', time: '08:00' }, now)).toBe(local(2025, 3, 6, 8, 0));
  });
  it('refuses a time that is not HH:MM', () => {
    expect(dndUntilFor({ kind: 'at', time: '25:00' }, now)).toBeNull();
    expect(dndUntilFor({ kind: 'at', time: '' }, now)).toBeNull();
  });
});

describe('formatting', () => {
  const now = local(2025, 3, 5, 14, 20);
  it('writes the time alone on the same day, the weekday within a week, else the date', () => {
    expect(formatPausedUntil(local(2025, 3, 5, 15, 20), now, 'zh-CN')).toBe('15:20');
    expect(formatPausedUntil(local(2025, 3, 5, 15, 20), now, 'en')).toBe('3:20 PM');
    expect(formatPausedUntil(local(2025, 3, 6, 9, 0), now, 'en')).toBe('Thu 9:00 AM');
    expect(formatPausedUntil(local(2025, 3, 20, 9, 0), now, 'en')).toBe('Mar 20, 9:00 AM');
  });
  it('writes a clock time per locale', () => {
    expect(formatClock('09:00', 'en')).toBe('9:00 AM');
    expect(formatClock('09:00', 'zh-CN')).toBe('09:00');
    expect(formatClock('9:00', 'en')).toBe('9:00');
  });
});
