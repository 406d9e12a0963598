import { describe, expect, it } from 'vitest';
import { schedule } from '../knowledge/kit/fake-library';
import { scheduleTiming } from './schedule-summary';

const NOW = new Date('2026-01-15T12:00:00Z'); // a Thursday

describe('scheduleTiming', () => {
  it('describes a recurring schedule and its next run', () => {
    const s = schedule({ schedule_id: 's', name: 'n', frequency: '0 13 * * 1-5' });
    expect(scheduleTiming(s, NOW, 'en')).toEqual({ words: 'At 1:00 PM, Monday through Friday', next: new Date('2026-01-15T13:00:00Z'), oneTimeAt: null });
  });

  it('has no next run while disabled', () => {
    expect(scheduleTiming(schedule({ schedule_id: 's', name: 'n', enabled: false }), NOW, 'en').next).toBeNull();
  });

  it('handles one-time schedules before and after their time', () => {
    const future = schedule({ schedule_id: 's', name: 'n', schedule_type: 'one_time', frequency: null, scheduled_at: '2026-02-01T09:00:00.000Z' });
    expect(scheduleTiming(future, NOW, 'en')).toEqual({ words: null, next: new Date('2026-02-01T09:00:00Z'), oneTimeAt: new Date('2026-02-01T09:00:00Z') });
    const past = { ...future, scheduled_at: '2026-01-01T09:00:00.000Z' };
    expect(scheduleTiming(past, NOW, 'en').next).toBeNull();
  });
});
