import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIM_KEYS } from '../../sim/server';
import { EMPTY_SCHEDULE_DRAFT, draftFromSchedule, type ScheduleDraft } from '../../shared/library/schedule-draft';
import { diffSchedulePatch } from '../../shared/library/schedule-patch';
import { errorOf, startLibraryRig, type LibraryRig } from './library-test-rig';

const DRAFT: ScheduleDraft = {
  ...EMPTY_SCHEDULE_DRAFT,
  name: 'Morning triage',
  prompt: 'Triage the new issues',
  frequency: '0 13 * * 1-5',
  tags: ['triage'],
};

describe('schedules over IPC → devin-sim', () => {
  let rig: LibraryRig;
  beforeAll(async () => {
    rig = await startLibraryRig();
  });
  afterAll(() => rig.close());
  beforeEach(() => {
    rig.sim.control.reset({ seed: 'empty' });
    rig.clearRequests();
  });

  it('creates with the schema fields (frequency, not cron_schedule), gets, patches only what changed, toggles and deletes', async () => {
    const playbook = await rig.ok('playbooks:create', { title: 'Triage', body: 'steps', macro: null });
    const created = await rig.ok('schedules:create', { ...DRAFT, playbook_id: playbook.playbook_id });
    expect(created).toMatchObject({ name: 'Morning triage', frequency: '0 13 * * 1-5', enabled: true, tags: ['triage'] });
    expect(created.playbook?.playbook_id).toBe(playbook.playbook_id);
    const sent = rig.sentBodies().find((b) => b.method === 'POST' && b.path.endsWith('/schedules'))?.body;
    expect(sent).toEqual({
      name: 'Morning triage',
      prompt: 'Triage the new issues',
      schedule_type: 'recurring',
      frequency: '0 13 * * 1-5',
      agent: 'devin',
      notify_on: 'failure',
      playbook_id: playbook.playbook_id,
    });
    // Tags are not a documented create field: they follow in a PATCH.
    expect(rig.sentBodies().filter((b) => b.method === 'PATCH').map((b) => b.body)).toEqual([{ tags: ['triage'] }]);

    expect(await rig.ok('schedules:get', { scheduleId: created.schedule_id })).toMatchObject({ schedule_id: created.schedule_id });

    const before = draftFromSchedule(created);
    const patch = diffSchedulePatch(before, { ...before, frequency: '30 8 * * *', playbook_id: null });
    expect(patch).toEqual({ frequency: '30 8 * * *', playbook_id: null });
    const edited = await rig.ok('schedules:update', { scheduleId: created.schedule_id, patch });
    expect(edited).toMatchObject({ frequency: '30 8 * * *', playbook: null, name: 'Morning triage', tags: ['triage'] });

    const off = await rig.ok('schedules:setEnabled', { scheduleId: created.schedule_id, enabled: false });
    expect(off.enabled).toBe(false);

    const deleted = await rig.ok('schedules:delete', { scheduleId: created.schedule_id });
    expect(deleted.schedule_id).toBe(created.schedule_id);
    expect((await rig.ok('schedules:list', {})).items).toEqual([]);

    expect(rig.apiRequests().filter((r) => r.method === 'PATCH')).toHaveLength(3);
  });

  it('sends the PATCH body with only the changed fields', async () => {
    const created = await rig.ok('schedules:create', DRAFT);
    rig.clearRequests();
    await rig.ok('schedules:update', { scheduleId: created.schedule_id, patch: { name: 'Renamed' } });
    await rig.ok('schedules:setEnabled', { scheduleId: created.schedule_id, enabled: false });
    expect(rig.sentBodies().map((b) => [b.method, b.body])).toEqual([
      ['PATCH', { name: 'Renamed' }],
      ['PATCH', { enabled: false }],
    ]);
  });

  it('creates a one-time schedule with scheduled_at and no frequency', async () => {
    const created = await rig.ok('schedules:create', { ...DRAFT, schedule_type: 'one_time', frequency: '', scheduled_at: '2026-02-01T09:00:00Z' });
    expect(created).toMatchObject({ schedule_type: 'one_time', frequency: null, scheduled_at: '2026-02-01T09:00:00.000Z' });
  });

  it('rejects an invalid cron before any request (create and update)', async () => {
    const created = await rig.ok('schedules:create', DRAFT);
    rig.clearRequests();
    const onCreate = errorOf(await rig.call('schedules:create', { ...DRAFT, frequency: '0 25 * * *' }));
    expect(onCreate.code).toBe('VALIDATION');
    expect(onCreate.details?.clientSide).toBe(true);
    expect(onCreate.details?.fieldErrors).toEqual([{ field: 'frequency', message: expect.stringContaining('25') }]);
    const onUpdate = errorOf(await rig.call('schedules:update', { scheduleId: created.schedule_id, patch: { frequency: '@daily' } }));
    expect(onUpdate.details?.fieldErrors?.[0]?.field).toBe('frequency');
    const oneTimePast = errorOf(await rig.call('schedules:create', { ...DRAFT, schedule_type: 'one_time', scheduled_at: '2020-01-01T00:00:00Z' }));
    expect(oneTimePast.details?.fieldErrors?.[0]?.field).toBe('scheduled_at');
    expect(rig.apiRequests()).toEqual([]);
  });

  it('puts 422s from the server on their fields (unknown playbook); sends a zone-less date as the instant it means', async () => {
    const err = errorOf(await rig.call('schedules:create', { ...DRAFT, playbook_id: 'playbook-missing' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fieldErrors).toEqual([{ field: 'playbook_id', message: 'Playbook playbook-missing not found' }]);
    // The contract's scheduled_at is a date-time with a zone: a datetime-local value is local time (TZ=UTC here).
    const noZone = await rig.ok('schedules:create', { ...DRAFT, tags: [], schedule_type: 'one_time', scheduled_at: '2026-03-01T09:00' });
    expect(noZone.scheduled_at).toBe('2026-03-01T09:00:00.000Z');
    expect(rig.sentBodies().at(-1)?.body).toMatchObject({ scheduled_at: '2026-03-01T09:00:00.000Z' });
    expect(rig.apiRequests().map((r) => r.status)).toEqual([422, 200]);
  });

  it('pages with offsets beyond one page', async () => {
    for (let i = 1; i <= 7; i++) await rig.ok('schedules:create', { ...DRAFT, name: `S${i}` });
    const p1 = await rig.ok('schedules:list', { limit: 3 });
    expect(p1).toMatchObject({ offset: 0, limit: 3, total: 7, nextOffset: 3 });
    const p2 = await rig.ok('schedules:list', { limit: 3, offset: p1.nextOffset ?? -1 });
    const p3 = await rig.ok('schedules:list', { limit: 3, offset: p2.nextOffset ?? -1 });
    expect([...p1.items, ...p2.items, ...p3.items].map((s) => s.name)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7']);
    expect(p3.nextOffset).toBeNull();
    expect(rig.apiRequests().filter((r) => r.method === 'GET').map((r) => r.query)).toEqual([
      { offset: '0', limit: '3' },
      { offset: '3', limit: '3' },
      { offset: '6', limit: '3' },
    ]);
  });

  it('pages past the default page size (55 schedules, limit 50)', async () => {
    for (let i = 1; i <= 55; i++) await rig.ok('schedules:create', { ...DRAFT, name: `S${i}` });
    const p1 = await rig.ok('schedules:list', {});
    expect(p1).toMatchObject({ offset: 0, limit: 50, total: 55, nextOffset: 50 });
    const p2 = await rig.ok('schedules:list', { offset: 50 });
    expect(p2.items.map((s) => s.name)).toEqual(['S51', 'S52', 'S53', 'S54', 'S55']);
    expect(p2.nextOffset).toBeNull();
  });

  it('shows run results: last run, last error and consecutive failures', async () => {
    const created = await rig.ok('schedules:create', DRAFT);
    rig.sim.control.scheduleRunResult(created.schedule_id, { ok: false, error: 'Repo not found' });
    rig.sim.control.scheduleRunResult(created.schedule_id, { ok: false, error: 'Repo not found' });
    const s = await rig.ok('schedules:get', { scheduleId: created.schedule_id });
    expect(s).toMatchObject({ consecutive_failures: 2, last_error_message: 'Repo not found' });
    expect(s.last_executed_at).not.toBeNull();
  });

  it('lists the sessions a schedule started (schedule_id filter)', async () => {
    const created = await rig.ok('schedules:create', DRAFT);
    rig.sim.control.createSession({ title: 'From schedule', schedule_id: created.schedule_id });
    rig.sim.control.createSession({ title: 'Unrelated' });
    rig.clearRequests();
    const page = await rig.ok('schedules:sessions', { scheduleId: created.schedule_id });
    expect(page.items.map((s) => s.title)).toEqual(['From schedule']);
    expect(rig.apiRequests()[0]?.query).toMatchObject({ schedule_id: created.schedule_id });
  });

  it('says which permission is missing (read-only key → 403)', async () => {
    const ro = await startLibraryRig({ key: SIM_KEYS.readonly });
    try {
      const err = errorOf(await ro.call('schedules:list', {}));
      expect(err.code).toBe('FORBIDDEN');
      expect(err.message).toContain('ManageOrgSchedules');
      expect(errorOf(await ro.call('schedules:setEnabled', { scheduleId: 'sched-x', enabled: false })).message).toContain('ManageOrgSchedules');
    } finally {
      await ro.close();
    }
  });
});
