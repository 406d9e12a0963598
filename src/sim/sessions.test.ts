import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WITHHELD_VALUE } from './routes/session-create-body';
import { startSim, type SimHandle, type SessionView } from './server';
import { fakeClock, simApi, type PageBody } from './test-support';

const clock = fakeClock();
let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim({ now: clock.now, appHost: 'https://app.example.test' });
});
beforeEach(() => {
  sim.control.reset();
});
afterAll(() => sim.close());

const SESSIONS = '/v3/organizations/org-sim/sessions';
const api = () => simApi(sim.baseUrl);
const nowSec = () => Math.floor(clock.now() / 1000);

async function listAll(query: string): Promise<SessionView[]> {
  const r = await api().get<PageBody<SessionView>>(`${SESSIONS}?${query}`);
  expect(r.status).toBe(200);
  return r.body.items;
}

describe('create', () => {
  it('stores every body field, issues a devin- id, and keeps the exact request', async () => {
    const body = {
      prompt: 'Fix it\n```diff\n+ü\n```',
      title: 'T',
      tags: ['handoff', 'x'],
      repos: ['acme/app'],
      playbook_id: 'playbook-1',
      knowledge_ids: [],
      attachment_urls: ['https://example.test/a.txt'],
      session_secrets: [{ key: 'K', value: 'V' }],
      devin_mode: 'fast',
      structured_output_schema: { type: 'object' },
    };
    const r = await api().post<SessionView>(SESSIONS, body);
    expect(r.status).toBe(200);
    const s = r.body;
    expect(s.session_id).toMatch(/^devin-[0-9a-f]{32}$/);
    expect(s.url).toBe(`https://app.example.test/sessions/${s.session_id.slice(6)}`);
    expect(s).toMatchObject({ status: 'new', title: 'T', tags: ['handoff', 'x'], playbook_id: 'playbook-1', origin: 'api', org_id: 'org-sim' });
    expect(s).toMatchObject({ created_at: nowSec(), updated_at: nowSec(), acus_consumed: 0, pull_requests: [], is_archived: false });
    // Session secret values are withheld in the echo (kept for the session, see secrets.test.ts).
    expect(sim.control.getCreatedRequest(s.session_id)).toEqual({ ...body, session_secrets: [{ key: 'K', value: WITHHELD_VALUE }] });
    expect((await listAll('repo_names=acme/app')).map((x) => x.session_id)).toEqual([s.session_id]);
  });

  it('finds sessions by their devin- id only (the documented devin_id), 404 for a bare id', async () => {
    const s = (await api().post<SessionView>(SESSIONS, { prompt: 'p' })).body;
    const bare = s.session_id.slice('devin-'.length);
    expect((await api().get<SessionView>(`${SESSIONS}/${s.session_id}`)).body.session_id).toBe(s.session_id);
    expect((await api().get(`${SESSIONS}/${bare}`)).status).toBe(404);
    expect((await api().get(`${SESSIONS}/devin-000`)).status).toBe(404);
  });

  it('422s a missing prompt with both error conventions', async () => {
    const r = await api().post<Record<string, unknown>>(SESSIONS, { title: 'no prompt' });
    expect(r.status).toBe(422);
    expect(r.body).toMatchObject({
      status: 422,
      title: 'Unprocessable Entity',
      detail: [{ loc: ['body', 'prompt'], msg: 'Field required', type: 'missing' }],
      errors: [{ field: 'prompt', loc: ['body', 'prompt'], msg: 'Field required', type: 'missing' }],
    });
  });

  it('422s wrong field types and bad JSON, 400s an unknown platform', async () => {
    const r = await api().post<{ errors: { field: string }[] }>(SESSIONS, { prompt: 'p', tags: 'a', max_acu_limit: 1.5 });
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e) => e.field).sort()).toEqual(['max_acu_limit', 'tags']);
    const bad = await fetch(`${sim.baseUrl}${SESSIONS}`, {
      method: 'POST',
      headers: { authorization: 'Bearer cog_sim_org', 'content-type': 'application/json' },
      body: '{"prompt":',
    });
    expect(bad.status).toBe(422);
    const platform = await api().post<{ detail: string }>(SESSIONS, { prompt: 'p', platform: 'amiga' });
    expect(platform.status).toBe(400);
    expect(platform.body.detail).toContain('linux');
  });
});

describe('list pagination', () => {
  it('pages through every session exactly once in updated_at desc, session_id order', async () => {
    for (let i = 0; i < 250; i++) sim.control.createSession({ created_at: nowSec() - (i % 7) });
    const seen: SessionView[] = [];
    let after = '';
    for (let page = 0; page < 10; page++) {
      const r = await api().get<PageBody<SessionView>>(`${SESSIONS}?first=100${after ? `&after=${after}` : ''}`);
      expect(r.body.total).toBe(250);
      seen.push(...r.body.items);
      if (!r.body.has_next_page) break;
      after = r.body.end_cursor ?? '';
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen.map((s) => s.session_id)).size).toBe(250);
    for (let i = 1; i < seen.length; i++) {
      const a = seen[i - 1] as SessionView;
      const b = seen[i] as SessionView;
      expect(a.updated_at > b.updated_at || (a.updated_at === b.updated_at && a.session_id < b.session_id)).toBe(true);
    }
  });

  it('defaults to 100 and validates first and after', async () => {
    sim.control.createSessionsBulk({ count: 150 });
    const r = await api().get<PageBody>(SESSIONS);
    expect(r.body.items).toHaveLength(100);
    expect(r.body.has_next_page).toBe(true);
    for (const q of ['first=0', 'first=201', 'first=abc', 'after=%%%', 'after=bm9wZQ']) {
      expect((await api().get(`${SESSIONS}?${q}`)).status).toBe(422);
    }
    expect((await api().get<PageBody>(`${SESSIONS}?first=200`)).body.items).toHaveLength(150);
  });

  it('lists 10,000 sessions page by page', async () => {
    sim.control.createSessionsBulk({ count: 10_000, spacingSeconds: 1, tags: ['bulk'] });
    let count = 0;
    let after: string | null = null;
    let pages = 0;
    do {
      const r: { body: PageBody<SessionView> } = await api().get<PageBody<SessionView>>(`${SESSIONS}?first=200&tags=bulk${after ? `&after=${after}` : ''}`);
      count += r.body.items.length;
      after = r.body.has_next_page ? r.body.end_cursor : null;
      pages++;
    } while (after && pages < 100);
    expect(count).toBe(10_000);
    expect(pages).toBe(50);
  });
});

describe('list filters', () => {
  it('applies every §4.4 filter', async () => {
    const t = nowSec();
    const a = sim.control.createSession({
      created_at: t - 100, tags: ['a', 'b'], origin: 'slack', user_id: 'user-1', repos: ['o/r1'],
      playbook_id: 'pb-1', schedule_id: 'sched-1', category: 'bug_fixing',
    });
    const b = sim.control.createSession({ created_at: t - 50, tags: ['a'], origin: 'api', service_user_id: 'svc-2', repos: ['o/r2'], is_archived: true });
    const c = sim.control.createSession({ created_at: t - 10, tags: ['b', 'c'], origin: 'webapp' });
    const ids = (list: SessionView[]) => list.map((s) => s.session_id).sort();
    const sorted = (...s: SessionView[]) => s.map((x) => x.session_id).sort();

    expect(ids(await listAll('tags=a&tags=b'))).toEqual(sorted(a));
    expect(ids(await listAll('tags=a,b'))).toEqual([]);
    expect(ids(await listAll('tags=b'))).toEqual(sorted(a, c));
    expect(ids(await listAll(`session_ids=${a.session_id.slice(6)}&session_ids=${c.session_id}`))).toEqual(sorted(a, c));
    expect(ids(await listAll(`created_after=${t - 50}`))).toEqual(sorted(b, c));
    expect(ids(await listAll(`created_before=${t - 50}`))).toEqual(sorted(a));
    expect(ids(await listAll(`updated_after=${t - 10}`))).toEqual(sorted(c));
    expect(ids(await listAll(`updated_before=${t - 10}`))).toEqual(sorted(a, b));
    expect(ids(await listAll('origins=slack&origins=webapp'))).toEqual(sorted(a, c));
    // Arrays are repeated parameters (FastAPI list[str]); a comma-joined value is one bad origin.
    expect((await api().get(`${SESSIONS}?origins=slack,webapp`)).status).toBe(422);
    expect(ids(await listAll('user_ids=user-1'))).toEqual(sorted(a));
    expect(ids(await listAll('service_user_ids=svc-2'))).toEqual(sorted(b));
    expect(ids(await listAll('repo_names=o/r1&repo_names=o/r2'))).toEqual(sorted(a, b));
    expect(ids(await listAll('is_archived=true'))).toEqual(sorted(b));
    expect(ids(await listAll('is_archived=false'))).toEqual(sorted(a, c));
    expect(ids(await listAll('playbook_id=pb-1'))).toEqual(sorted(a));
    expect(ids(await listAll('schedule_id=sched-1'))).toEqual(sorted(a));
    expect(ids(await listAll('category=bug_fixing'))).toEqual(sorted(a));
    expect((await api().get(`${SESSIONS}?origins=carrier-pigeon`)).status).toBe(422);
    expect((await api().get(`${SESSIONS}?updated_after=yesterday`)).status).toBe(422);
    expect((await api().get(`${SESSIONS}?is_archived=maybe`)).status).toBe(422);
  });
});

describe('terminate and archive', () => {
  it('terminates (and optionally archives), bumping updated_at', async () => {
    const s = sim.control.createSession({ created_at: nowSec() - 60 });
    const r = await api().del<SessionView>(`${SESSIONS}/${s.session_id}`);
    expect(r.body).toMatchObject({ status: 'exit', is_archived: false, updated_at: nowSec() });
    // Action answers leave out what only get/list fill.
    expect(r.body).not.toHaveProperty('status_detail');
    expect((await api().get<SessionView>(`${SESSIONS}/${s.session_id}`)).body).toMatchObject({ status: 'exit', status_detail: null });
    const s2 = sim.control.createSession();
    expect((await api().del<SessionView>(`${SESSIONS}/${s2.session_id}?archive=true`)).body).toMatchObject({ status: 'exit', is_archived: true });
  });

  it('archives a running session by suspending it', async () => {
    const s = sim.control.createSession();
    const r = await api().post<SessionView>(`${SESSIONS}/${s.session_id}/archive`);
    expect(r.body).toMatchObject({ is_archived: true, status: 'suspended' });
    for (const getOnly of ['status_detail', 'structured_output', 'category', 'subcategory']) expect(r.body).not.toHaveProperty(getOnly);
    expect((await api().get<SessionView>(`${SESSIONS}/${s.session_id}`)).body).toMatchObject({ status: 'suspended', status_detail: 'user_request' });
  });
});
