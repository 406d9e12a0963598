import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type SimHandle } from './server';
import { SIM_INSIGHT_DELAY_MS } from './store/insights';
import { fakeClock, simApi, type PageBody } from './test-support';
import { SIM_KEYS } from './keys';

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

describe('session tags', () => {
  it('gets, appends without duplicates, and replaces; each answers the resulting list', async () => {
    const s = sim.control.createSession({ tags: ['a'] });
    const path = `${SESSIONS}/${s.session_id}/tags`;
    expect((await api().get(path)).body).toEqual({ tags: ['a'] });
    const appended = await api().post(path, { tags: ['b', 'a', 'c'] });
    expect(appended).toMatchObject({ status: 200, body: { tags: ['a', 'b', 'c'] } });
    const replaced = await api().put(path, { tags: ['c', 'd', 'd'] });
    expect(replaced).toMatchObject({ status: 200, body: { tags: ['c', 'd'] } });
    expect(sim.control.getSession(s.session_id).tags).toEqual(['c', 'd']);
    // The list filters by the new tags.
    const listed = await api().get<PageBody<{ session_id: string }>>(`${SESSIONS}?tags=d`);
    expect(listed.body.items.map((x) => x.session_id)).toEqual([s.session_id]);
  });

  it('moves updated_at only when the tags changed', async () => {
    const s = sim.control.createSession({ tags: ['a'] });
    const path = `${SESSIONS}/${s.session_id}/tags`;
    const before = sim.control.getSession(s.session_id).updated_at;
    clock.advance(5_000);
    await api().post(path, { tags: ['a'] });
    expect(sim.control.getSession(s.session_id).updated_at).toBe(before);
    await api().post(path, { tags: ['b'] });
    expect(sim.control.getSession(s.session_id).updated_at).toBe(before + 5);
  });

  it('422s a missing body field, over 50 tags, non-strings and empty tags; 404s an unknown session', async () => {
    const s = sim.control.createSession({});
    const path = `${SESSIONS}/${s.session_id}/tags`;
    expect((await api().post(path, {})).status).toBe(422);
    expect((await api().put(path, { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })).status).toBe(422);
    expect((await api().post(path, { tags: [1] })).status).toBe(422);
    const empty = await api().post<{ errors: { loc: unknown[] }[] }>(path, { tags: ['ok', '  '] });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]?.loc).toEqual(['body', 'tags', 1]);
    expect(sim.control.getSession(s.session_id).tags).toEqual([]);
    expect((await api().get(`${SESSIONS}/devin-nope/tags`)).status).toBe(404);
  });

  it('lets a read-only key read tags but not change them', async () => {
    const s = sim.control.createSession({ tags: ['a'] });
    const ro = simApi(sim.baseUrl, SIM_KEYS.readonly);
    expect((await ro.get(`${SESSIONS}/${s.session_id}/tags`)).status).toBe(200);
    expect((await ro.post(`${SESSIONS}/${s.session_id}/tags`, { tags: ['b'] })).status).toBe(403);
  });
});

describe('session insights', () => {
  it('has no analysis until generated; generation finishes on the sim clock', async () => {
    const s = sim.control.createSession({ title: 'Fix the flaky login test', messages: [{ source: 'devin', message: 'Which browser?' }, { source: 'user', message: 'Chrome' }] });
    const path = `${SESSIONS}/${s.session_id}/insights`;
    const first = await api().get<Record<string, unknown>>(path);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ session_id: s.session_id, num_devin_messages: 1, num_user_messages: 1, session_size: 'xs', analysis: null });

    expect((await api().post(`${path}/generate`)).body).toEqual({ session_id: s.session_id, status: 'started' });
    expect((await api().post(`${path}/generate`)).body).toEqual({ session_id: s.session_id, status: 'already_exists' });
    clock.advance(SIM_INSIGHT_DELAY_MS - 1);
    expect((await api().get<{ analysis: unknown }>(path)).body.analysis).toBeNull();
    clock.advance(1);
    const done = await api().get<{ analysis: Record<string, unknown> }>(path);
    expect(done.body.analysis).toMatchObject({
      classification: { category: 'unit_test_generation' },
      issues: [
        { id: 'issue-1', label: 'Underspecified prompt' },
        { id: 'issue-2', label: 'No repository named' },
        { id: 'issue-3', label: 'Clarification needed' },
      ],
      suggested_prompt: {
        original_prompt: 'Fix the flaky login test',
        feedback_items: [
          { summary: 'Say what done looks like', issue_id: 'issue-1' },
          { summary: 'Name the repository', issue_id: 'issue-2' },
          { summary: 'Answer the likely questions up front', details: 'Devin asked: Which browser?', issue_id: 'issue-3' },
        ],
      },
    });
    // Deterministic: asking again gives the same analysis.
    expect((await api().get(path)).body).toEqual(done.body);
    expect((await api().post(`${path}/generate`)).body).toMatchObject({ status: 'already_exists' });
  });

  it('routes the literal sessions/insights to the list, not to a session called "insights"', async () => {
    const a = sim.control.createSession({ tags: ['x'] });
    sim.control.createSession({});
    const r = await api().get<PageBody<{ session_id: string; num_devin_messages: number }>>(`${SESSIONS}/insights?tags=x`);
    expect(r.status).toBe(200);
    expect(r.body.items.map((i) => i.session_id)).toEqual([a.session_id]);
    expect(r.body).toMatchObject({ end_cursor: null, has_next_page: false, total: 1 });
    const counts = sim.control.getCounters().byRoute;
    expect(counts['GET /v3/organizations/:org/sessions/insights']).toBe(1);
    expect(counts['GET /v3/organizations/:org/sessions/:id']).toBeUndefined();
  });

  it('404s an unknown session and 403s a read-only key on generate', async () => {
    expect((await api().get(`${SESSIONS}/devin-nope/insights`)).status).toBe(404);
    const s = sim.control.createSession({});
    expect((await simApi(sim.baseUrl, SIM_KEYS.readonly).post(`${SESSIONS}/${s.session_id}/insights/generate`)).status).toBe(403);
  });
});
