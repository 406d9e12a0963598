import { describe, expect, it } from 'vitest';
import { scheduleSchema } from '../domain/schedule';
import { scheduleCreateBody } from './schedule-create';
import { draftFromSchedule, draftProblems, EMPTY_SCHEDULE_DRAFT } from './schedule-draft';

const NOW = new Date('2025-03-07T10:00:00Z');

describe('schedule drafts', () => {
  it('reads a schedule in either shape the API may send', () => {
    const schema = scheduleSchema.parse({
      schedule_id: 'sched-1',
      name: 'A',
      prompt: 'p',
      agent: 'devin',
      enabled: true,
      frequency: '0 9 * * 1-5',
      notify_on: 'always',
      playbook: { playbook_id: 'playbook-1', title: 'T' },
      tags: ['x'],
    });
    const example = scheduleSchema.parse({ schedule_id: 'sched-2', name: 'B', prompt: 'p', cron_schedule: '0 9 * * *', is_enabled: false, timezone: 'UTC' });
    expect(draftFromSchedule(schema)).toMatchObject({ frequency: '0 9 * * 1-5', playbook_id: 'playbook-1', tags: ['x'], schedule_type: 'recurring' });
    expect(draftFromSchedule(example)).toMatchObject({ frequency: '0 9 * * *', playbook_id: null });
  });

  it('lists what blocks saving, on the right field', () => {
    expect(draftProblems(EMPTY_SCHEDULE_DRAFT, NOW).map((p) => p.field)).toEqual(['name', 'prompt']);
    const bad = { ...EMPTY_SCHEDULE_DRAFT, name: 'n', prompt: 'p', frequency: '0 25 * * *' };
    expect(draftProblems(bad, NOW)).toEqual([{ field: 'frequency', key: 'cron.issue.outOfRange', params: { value: '25', min: 0, max: 23 } }]);
    const past = { ...EMPTY_SCHEDULE_DRAFT, name: 'n', prompt: 'p', schedule_type: 'one_time' as const, scheduled_at: '2025-03-01T00:00:00Z' };
    expect(draftProblems(past, NOW)).toEqual([{ field: 'scheduled_at', key: 'schedules.form.pastDate' }]);
    expect(draftProblems({ ...past, scheduled_at: '2025-04-01T00:00:00Z', frequency: 'garbage' }, NOW)).toEqual([]);
  });

  it('builds a create body with the schema field names only', () => {
    const body = scheduleCreateBody({ ...EMPTY_SCHEDULE_DRAFT, name: ' N ', prompt: 'P', tags: ['a', 'a', ''], frequency: '0  9 * * 1-5' });
    expect(body).toEqual({ name: 'N', prompt: 'P', schedule_type: 'recurring', frequency: '0 9 * * 1-5', agent: 'devin', notify_on: 'failure' });
    expect(body).not.toHaveProperty('cron_schedule');
    const oneTime = scheduleCreateBody({ ...EMPTY_SCHEDULE_DRAFT, name: 'N', prompt: 'P', schedule_type: 'one_time', scheduled_at: '2030-01-01T00:00:00Z' });
    expect(oneTime).not.toHaveProperty('frequency');
    expect(oneTime.scheduled_at).toBe('2030-01-01T00:00:00Z');
  });
});
