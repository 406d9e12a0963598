import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type MessageView, type SessionView, type SimHandle } from './server';
import { fakeClock, simApi, type PageBody } from './test-support';

const clock = fakeClock();
let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim({ now: clock.now });
});
beforeEach(() => {
  sim.control.reset();
});
afterAll(() => sim.close());

const SESSIONS = '/v3/organizations/org-sim/sessions';
const api = () => simApi(sim.baseUrl);
const get = async (id: string) => (await api().get<SessionView>(`${SESSIONS}/${id}`)).body;
const messages = async (id: string, q = '') => (await api().get<PageBody<MessageView>>(`${SESSIONS}/${id}/messages${q}`)).body;

describe('scripted lifecycle on a fake clock', () => {
  it('runs the default script of a public create: new, then running/working + "On it" after 1 s', async () => {
    const created = (await api().post<SessionView>(SESSIONS, { prompt: 'p' })).body;
    clock.advance(999);
    expect((await get(created.session_id)).status).toBe('new');
    clock.advance(1);
    const s = await get(created.session_id);
    expect(s).toMatchObject({ status: 'running', status_detail: 'working' });
    expect(s.updated_at).toBe(created.created_at + 1);
    expect((await messages(created.session_id)).items.map((m) => [m.source, m.message])).toEqual([['devin', 'On it']]);
  });

  it('applies a custom script lazily: statuses, messages, PRs and ACUs, bumping updated_at', async () => {
    const s = sim.control.createSession({
      status: 'new',
      script: [
        { atMs: 5_000, status: 'running', status_detail: 'working' },
        { atMs: 10_000, message: { source: 'devin', message: 'PR up' }, pullRequest: { pr_url: 'https://github.com/o/r/pull/1', pr_state: 'open' }, acus: 1.5 },
        { atMs: 20_000, status_detail: 'waiting_for_user' },
        { atMs: 30_000, status: 'running', status_detail: 'finished', pullRequest: { pr_url: 'https://github.com/o/r/pull/1', pr_state: 'merged' } },
      ],
    });
    clock.advance(12_000);
    let now = await get(s.session_id);
    expect(now).toMatchObject({ status: 'running', status_detail: 'working', acus_consumed: 1.5 });
    expect(now.pull_requests).toEqual([{ pr_url: 'https://github.com/o/r/pull/1', pr_state: 'open' }]);
    expect(now.updated_at).toBe(s.created_at + 10);
    // An updated_after poll from before the step sees it (updated_after is inclusive).
    const polled = await api().get<PageBody<SessionView>>(`${SESSIONS}?updated_after=${s.created_at + 10}`);
    expect(polled.body.items.map((x) => x.session_id)).toEqual([s.session_id]);
    clock.advance(60_000);
    now = await get(s.session_id);
    expect(now).toMatchObject({ status: 'running', status_detail: 'finished' });
    expect(now.pull_requests).toEqual([{ pr_url: 'https://github.com/o/r/pull/1', pr_state: 'merged' }]);
    expect(now.updated_at).toBe(s.created_at + 30);
  });

  it('moves time over HTTP with the control clock too', async () => {
    const s = sim.control.createSession({ status: 'new', script: [{ atMs: 3_600_000, status: 'error' }] });
    expect((await get(s.session_id)).status).toBe('new');
    sim.control.advanceClock(3_600_000);
    expect((await get(s.session_id)).status).toBe('error');
  });
});

describe('messages', () => {
  it('resumes a suspended session: resuming, then running/working', async () => {
    const s = sim.control.createSession({ status: 'suspended', status_detail: 'inactivity' });
    const r = await api().post<SessionView>(`${SESSIONS}/${s.session_id}/messages`, { message: 'wake up' });
    expect(r.status).toBe(200);
    // A message's answer is the session without what only get/list fill.
    expect(r.body).toMatchObject({ status: 'resuming' });
    expect(r.body).not.toHaveProperty('status_detail');
    expect(await get(s.session_id)).toMatchObject({ status: 'resuming', status_detail: null });
    clock.advance(1_000);
    expect(await get(s.session_id)).toMatchObject({ status: 'running', status_detail: 'working' });
  });

  it('puts a session waiting for the user back to work', async () => {
    const s = sim.control.createSession({ status: 'running', status_detail: 'waiting_for_user' });
    const r = await api().post<SessionView>(`${SESSIONS}/${s.session_id}/messages`, { message: 'yes' });
    expect(r.body).toMatchObject({ status: 'running' });
    expect((await get(s.session_id)).status_detail).toBe('working');
  });

  it('refuses messages to archived and terminated sessions with 409, and 422s a missing message', async () => {
    const archived = sim.control.createSession({ is_archived: true });
    const exited = sim.control.createSession({ status: 'exit' });
    for (const s of [archived, exited]) {
      const r = await api().post<{ status: number }>(`${SESSIONS}/${s.session_id}/messages`, { message: 'x' });
      expect(r.status).toBe(409);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
    }
    expect((await api().post(`${SESSIONS}/${exited.session_id}/messages`, {})).status).toBe(422);
  });

  it('lists messages chronologically in cursor pages; the last page ends with end_cursor null', async () => {
    const s = sim.control.createSession({ messages: [{ source: 'user', message: 'm0' }] });
    for (let i = 1; i < 5; i++) {
      clock.advance(1000);
      sim.control.addSessionMessage(s.session_id, { source: i % 2 ? 'devin' : 'user', message: `m${i}` });
    }
    const p1 = await messages(s.session_id, '?first=3');
    expect(p1.items.map((m) => m.message)).toEqual(['m0', 'm1', 'm2']);
    expect(p1).toMatchObject({ has_next_page: true, total: 5 });
    expect(p1.items[1]).toEqual({ event_id: expect.stringMatching(/^event-/), source: 'devin', message: 'm1', created_at: expect.any(Number) });
    const p2 = await messages(s.session_id, `?after=${p1.end_cursor}`);
    expect(p2.items.map((m) => m.message)).toEqual(['m3', 'm4']);
    expect(p2).toMatchObject({ has_next_page: false, end_cursor: null });
    clock.advance(1000);
    await api().post(`${SESSIONS}/${s.session_id}/messages`, { message: 'm5' });
    // The last cursor we got (p1's) still works: it returns what came after it, old and new.
    const p3 = await messages(s.session_id, `?after=${p1.end_cursor}`);
    expect(p3.items.map((m) => [m.source, m.message])).toEqual([['devin', 'm3'], ['user', 'm4'], ['user', 'm5']]);
  });
});
