import { describe, expect, it } from 'vitest';
import { knowledgeFoldersSchema, knowledgeNoteSchema } from './knowledge';
import { playbookSchema } from './playbook';
import { scheduleSchema } from './schedule';
import { selfSchema, summarizePrincipal } from './self';

describe('selfSchema', () => {
  it('reads a service user (docs example)', () => {
    const self = selfSchema.parse({ principal_type: 'service_user', service_user_id: 'service-user-abc123', service_user_name: 'CI Bot', org_id: null });
    expect(self.principal_type).toBe('service_user');
    expect(summarizePrincipal(self)).toEqual({ type: 'service_user', name: 'CI Bot', orgId: null });
  });

  it('reads a PAT user', () => {
    const self = selfSchema.parse({ principal_type: 'pat_user', user_id: 'u1', user_name: 'Ada', api_key_id: 'k1', api_key_name: 'laptop', org_id: 'org-1' });
    expect(summarizePrincipal(self)).toEqual({ type: 'pat_user', name: 'Ada', orgId: 'org-1' });
  });

  it('tolerates documented-but-unspecified and unknown principal types', () => {
    expect(selfSchema.parse({ principal_type: 'devin_brain' }).principal_type).toBe('devin_brain');
    const alien = selfSchema.parse({ principal_type: 'robot_overlord', org_id: 'org-9', extra: 1 });
    expect(alien).toEqual({ principal_type: 'unknown', reported_type: 'robot_overlord', org_id: 'org-9' });
    expect(summarizePrincipal(alien).type).toBe('robot_overlord');
  });

  it('rejects a body without principal_type', () => {
    expect(selfSchema.safeParse({ user_id: 'x' }).success).toBe(false);
  });
});

describe('playbookSchema', () => {
  const meta = { playbook_id: 'playbook-1', access_type: 'org', org_id: 'org-1', created_at: 1, updated_at: 2, created_by: 'u', updated_by: 'u' };

  it('reads the schema shape title/body/macro', () => {
    expect(playbookSchema.parse({ ...meta, title: 'T', body: 'B', macro: '!t' })).toMatchObject({ title: 'T', body: 'B', macro: '!t' });
  });

  it('reads the docs-example shape name/instructions as title/body', () => {
    const p = playbookSchema.parse({ playbook_id: 'playbook-2', name: 'N', instructions: 'I' });
    expect(p).toMatchObject({ playbook_id: 'playbook-2', title: 'N', body: 'I', macro: null });
    expect(p).not.toHaveProperty('name');
  });

  it('requires an id and a title', () => {
    expect(playbookSchema.safeParse({ title: 'T', body: 'B' }).success).toBe(false);
    expect(playbookSchema.safeParse({ playbook_id: 'p', body: 'B' }).success).toBe(false);
  });
});

describe('scheduleSchema', () => {
  it('reads the schema shape (frequency/enabled, ISO timestamps)', () => {
    const s = scheduleSchema.parse({
      scheduled_session_id: 'sched-1',
      name: 'Nightly',
      prompt: 'p',
      agent: 'devin',
      enabled: false,
      frequency: '0 9 * * 1-5',
      notify_on: 'failure',
      org_id: 'org-1',
      playbook: { playbook_id: 'playbook-1', title: 'PB' },
      consecutive_failures: 2,
      created_at: '2026-01-01T00:00:00Z',
      updated_at: '2026-01-02T00:00:00Z',
      created_by: 'u',
      last_error_at: null,
      last_error_message: null,
      last_executed_at: null,
    });
    expect(s).toMatchObject({ schedule_id: 'sched-1', enabled: false, frequency: '0 9 * * 1-5', consecutive_failures: 2, timezone: null });
  });

  it('reads the docs-example shape (cron_schedule/timezone/is_enabled/schedule_id)', () => {
    const s = scheduleSchema.parse({ schedule_id: 'sched-2', name: 'N', prompt: 'p', cron_schedule: '0 8 * * *', timezone: 'Europe/Paris', is_enabled: true, playbook_id: 'playbook-9' });
    expect(s).toMatchObject({ schedule_id: 'sched-2', frequency: '0 8 * * *', timezone: 'Europe/Paris', enabled: true, playbook: { playbook_id: 'playbook-9', title: null } });
    expect(s).not.toHaveProperty('cron_schedule');
  });

  it('takes the id from schedule_id, then scheduled_session_id, then id', () => {
    const base = { name: 'N', prompt: 'p' };
    expect(scheduleSchema.parse({ ...base, schedule_id: 'a', scheduled_session_id: 'b', id: 'c' }).schedule_id).toBe('a');
    expect(scheduleSchema.parse({ ...base, scheduled_session_id: 'b', id: 'c' }).schedule_id).toBe('b');
    expect(scheduleSchema.parse({ ...base, id: 'c' }).schedule_id).toBe('c');
    expect(scheduleSchema.safeParse(base).success).toBe(false);
  });

  it('converts numeric timestamps to ISO strings', () => {
    expect(scheduleSchema.parse({ id: 'c', name: 'N', prompt: 'p', created_at: 1_700_000_000 }).created_at).toBe('2023-11-14T22:13:20.000Z');
  });
});

describe('knowledge', () => {
  it('reads a note and folders', () => {
    const n = knowledgeNoteSchema.parse({ note_id: 'note-1', name: 'n', body: 'b', trigger: 't', access_type: 'org', is_enabled: true, folder_id: null, folder_path: '/', macro: null, org_id: 'org-1', pinned_repo: null, created_at: 1, updated_at: 2 });
    expect(n.note_id).toBe('note-1');
    const f = knowledgeFoldersSchema.parse({ folders: [{ folder_id: 'f1', name: 'Docs', note_count: 3, path: '/Docs', parent_folder_id: null }], root_note_count: 1 });
    expect(f.folders[0]?.note_count).toBe(3);
  });
});
