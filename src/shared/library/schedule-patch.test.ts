import { describe, expect, it } from 'vitest';
import { EMPTY_SCHEDULE_DRAFT, type ScheduleDraft } from './schedule-draft';
import { diffSchedulePatch, isEmptyPatch } from './schedule-patch';

const BEFORE: ScheduleDraft = {
  ...EMPTY_SCHEDULE_DRAFT,
  name: 'Nightly triage',
  prompt: 'Triage new issues',
  frequency: '0 9 * * 1-5',
  agent: 'devin',
  notify_on: 'failure',
  playbook_id: 'playbook-1',
  tags: ['triage', 'nightly'],
};

describe('diffSchedulePatch', () => {
  it('is empty when nothing changed', () => {
    expect(diffSchedulePatch(BEFORE, { ...BEFORE })).toEqual({});
    expect(isEmptyPatch(diffSchedulePatch(BEFORE, { ...BEFORE }))).toBe(true);
  });

  it('ignores changes that do not change meaning (spaces, blank or duplicate tags)', () => {
    const after = { ...BEFORE, name: ' Nightly triage ', frequency: ' 0  9 * *   1-5', tags: ['triage', ' nightly', '', 'triage'] };
    expect(diffSchedulePatch(BEFORE, after)).toEqual({});
  });

  it.each<[string, Partial<ScheduleDraft>, Record<string, unknown>]>([
    ['name', { name: 'Morning triage' }, { name: 'Morning triage' }],
    ['prompt', { prompt: 'Triage and label' }, { prompt: 'Triage and label' }],
    ['frequency', { frequency: '30 8 * * *' }, { frequency: '30 8 * * *' }],
    ['agent', { agent: 'data_analyst' }, { agent: 'data_analyst' }],
    ['notify_on', { notify_on: 'never' }, { notify_on: 'never' }],
    ['playbook change', { playbook_id: 'playbook-2' }, { playbook_id: 'playbook-2' }],
    ['playbook cleared → null', { playbook_id: null }, { playbook_id: null }],
    ['tags', { tags: ['triage'] }, { tags: ['triage'] }],
    ['tag order', { tags: ['nightly', 'triage'] }, { tags: ['nightly', 'triage'] }],
  ])('sends only %s', (_label, change, expected) => {
    expect(diffSchedulePatch(BEFORE, { ...BEFORE, ...change })).toEqual(expected);
  });

  it('sends several changes together and nothing else', () => {
    expect(diffSchedulePatch(BEFORE, { ...BEFORE, name: 'X', tags: [], playbook_id: null })).toEqual({ name: 'X', tags: [], playbook_id: null });
  });

  it('compares scheduled_at as an instant for one-time schedules, and never sends frequency for them', () => {
    const oneTime: ScheduleDraft = { ...BEFORE, schedule_type: 'one_time', frequency: '', scheduled_at: '2030-01-01T09:00:00Z' };
    expect(diffSchedulePatch(oneTime, { ...oneTime, scheduled_at: '2030-01-01T09:00:00.000Z', frequency: '5 5 * * *' })).toEqual({});
    expect(diffSchedulePatch(oneTime, { ...oneTime, scheduled_at: '2030-01-02T09:00:00.000Z' })).toEqual({
      scheduled_at: '2030-01-02T09:00:00.000Z',
    });
  });

  it('never sends scheduled_at for recurring schedules', () => {
    expect(diffSchedulePatch(BEFORE, { ...BEFORE, scheduled_at: '2030-01-01T00:00:00Z' })).toEqual({});
  });
});
