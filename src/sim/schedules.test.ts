import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type SimHandle } from './server';
import { fakeClock, simApi, type PageBody } from './test-support';

const clock = fakeClock(Date.UTC(2026, 0, 15, 12, 0, 0));
let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim({ now: clock.now });
});
beforeEach(() => {
  sim.control.reset();
});
afterAll(() => sim.close());

const SCHEDULES = '/v3/organizations/org-sim/schedules';
const api = () => simApi(sim.baseUrl);
type Schedule = Record<string, unknown> & { scheduled_session_id: string };

describe('schedules', () => {
  it('creates a recurring schedule with the ScheduleResponse shape (its id is scheduled_session_id)', async () => {
    const r = await api().post<Schedule>(SCHEDULES, { name: 'Nightly', prompt: 'Audit', frequency: '0 9 * * 1-5' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      scheduled_session_id: expect.stringMatching(/^sched-/), name: 'Nightly', prompt: 'Audit', agent: 'devin', enabled: true,
      schedule_type: 'recurring', frequency: '0 9 * * 1-5', notify_on: 'always', org_id: 'org-sim', playbook: null,
      consecutive_failures: 0, created_at: '2026-01-15T12:00:00.000Z', updated_at: '2026-01-15T12:00:00.000Z',
      created_by: 'service-user-sim', last_error_at: null, last_error_message: null, last_executed_at: null,
      bypass_approval: false, interval_count: 1,
    });
    expect(r.body).not.toHaveProperty('schedule_id');
  });

  it('422s bad input: missing name/prompt, bad cron, one_time in the past or without a zone', async () => {
    const missing = await api().post<{ errors: { field: string }[] }>(SCHEDULES, { frequency: '0 9 * * *' });
    expect(missing.body.errors.map((e) => e.field).sort()).toEqual(['name', 'prompt']);
    for (const frequency of ['61 * * * *', '0 9 * *', '@daily', '0 0 31 2 *']) {
      const r = await api().post<{ errors: { field: string }[] }>(SCHEDULES, { name: 'n', prompt: 'p', frequency });
      expect(r.status).toBe(422);
      expect(r.body.errors[0]?.field).toBe('frequency');
    }
    expect((await api().post(SCHEDULES, { name: 'n', prompt: 'p' })).status).toBe(422);
    const past = await api().post<{ errors: { field: string }[] }>(SCHEDULES, { name: 'n', prompt: 'p', schedule_type: 'one_time', scheduled_at: '2026-01-15T11:00:00Z' });
    expect(past.body.errors[0]?.field).toBe('scheduled_at');
    expect((await api().post(SCHEDULES, { name: 'n', prompt: 'p', schedule_type: 'one_time', scheduled_at: '2026-02-01T10:00:00' })).status).toBe(422);
    const ok = await api().post<Schedule>(SCHEDULES, { name: 'n', prompt: 'p', schedule_type: 'one_time', scheduled_at: '2026-02-01T10:00:00+02:00' });
    expect(ok.body).toMatchObject({ schedule_type: 'one_time', scheduled_at: '2026-02-01T08:00:00.000Z', frequency: null });
    expect((await api().post(SCHEDULES, { name: 'n', prompt: 'p', frequency: '0 * * * *', playbook_id: 'playbook-x' })).status).toBe(422);
  });

  it('pages with limit/offset and validates limit', async () => {
    for (let i = 0; i < 7; i++) await api().post(SCHEDULES, { name: `s${i}`, prompt: 'p', frequency: '0 * * * *' });
    const page = await api().get<PageBody<Schedule>>(`${SCHEDULES}?limit=3&offset=3`);
    expect(page.body.items.map((s) => s.name)).toEqual(['s3', 's4', 's5']);
    expect(page.body).toMatchObject({ end_cursor: null, has_next_page: true, total: 7 });
    expect((await api().get<PageBody<Schedule>>(`${SCHEDULES}?offset=6`)).body.has_next_page).toBe(false);
    expect((await api().get<PageBody<Schedule>>(SCHEDULES)).body.items).toHaveLength(7);
    expect((await api().get(`${SCHEDULES}?limit=100`)).status).toBe(200);
    for (const q of ['limit=101', 'limit=0', 'offset=-1']) expect((await api().get(`${SCHEDULES}?${q}`)).status).toBe(422);
  });

  it('PATCHes only the given fields; playbook_id null clears; enabled toggles', async () => {
    const pb = await api().post<{ playbook_id: string }>('/v3/organizations/org-sim/playbooks', { title: 'PB', body: 'b' });
    const s = (await api().post<Schedule>(SCHEDULES, { name: 'n', prompt: 'p', frequency: '0 9 * * *', playbook_id: pb.body.playbook_id })).body;
    expect(s.playbook).toEqual({ playbook_id: pb.body.playbook_id, title: 'PB' });
    clock.advance(60_000);
    const p = await api().patch<Schedule>(`${SCHEDULES}/${s.scheduled_session_id}`, { enabled: false });
    expect(p.body).toMatchObject({ enabled: false, name: 'n', prompt: 'p', frequency: '0 9 * * *', playbook: { playbook_id: pb.body.playbook_id } });
    expect(p.body.updated_at).toBe('2026-01-15T12:01:00.000Z');
    const cleared = await api().patch<Schedule>(`${SCHEDULES}/${s.scheduled_session_id}`, { playbook_id: null, name: 'renamed' });
    expect(cleared.body).toMatchObject({ playbook: null, name: 'renamed', enabled: false });
    expect((await api().patch(`${SCHEDULES}/${s.scheduled_session_id}`, { frequency: 'nope' })).status).toBe(422);
  });

  it('soft-deletes: returns the schedule, then 404 and gone from the list', async () => {
    const s = (await api().post<Schedule>(SCHEDULES, { name: 'n', prompt: 'p', frequency: '0 9 * * *' })).body;
    expect((await api().del<Schedule>(`${SCHEDULES}/${s.scheduled_session_id}`)).body.name).toBe('n');
    expect((await api().get(`${SCHEDULES}/${s.scheduled_session_id}`)).status).toBe(404);
    expect((await api().get<PageBody>(SCHEDULES)).body.total).toBe(0);
  });

  it('records run results from the control API', async () => {
    const s = (await api().post<Schedule>(SCHEDULES, { name: 'n', prompt: 'p', frequency: '0 9 * * *' })).body;
    clock.advance(1000);
    sim.control.scheduleRunResult(s.scheduled_session_id, { ok: false, error: 'boom' });
    sim.control.scheduleRunResult(s.scheduled_session_id, { ok: false, error: 'boom again' });
    let got = (await api().get<Schedule>(`${SCHEDULES}/${s.scheduled_session_id}`)).body;
    const at = new Date(clock.now()).toISOString();
    expect(got).toMatchObject({ consecutive_failures: 2, last_error_message: 'boom again', last_error_at: at, last_executed_at: at });
    sim.control.scheduleRunResult(s.scheduled_session_id, { ok: true });
    got = (await api().get<Schedule>(`${SCHEDULES}/${s.scheduled_session_id}`)).body;
    expect(got).toMatchObject({ consecutive_failures: 0, last_error_message: 'boom again' });
  });
});
