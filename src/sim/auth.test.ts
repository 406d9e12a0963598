import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type SimHandle } from './server';
import { SIM_KEYS } from './keys';
import { simApi, type PageBody } from './test-support';

let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());

const SESSIONS = '/v3/organizations/org-sim/sessions';

describe('auth per test key', () => {
  it('answers /v3/self for each principal', async () => {
    expect((await simApi(sim.baseUrl, SIM_KEYS.org).get('/v3/self')).body).toEqual({
      principal_type: 'service_user',
      service_user_id: 'service-user-sim',
      service_user_name: 'Sim Bot',
      org_id: 'org-sim',
    });
    const ent = await simApi(sim.baseUrl, SIM_KEYS.enterprise).get<Record<string, unknown>>('/v3/self');
    expect(ent.body).toMatchObject({ principal_type: 'service_user', org_id: null });
    const pat = await simApi(sim.baseUrl, SIM_KEYS.pat).get<Record<string, unknown>>('/v3/self');
    expect(pat.body).toMatchObject({ principal_type: 'pat_user', user_name: 'Sim Person', org_id: 'org-sim' });
    expect(Object.keys(pat.body).sort()).toEqual(['api_key_id', 'api_key_name', 'org_id', 'principal_type', 'user_id', 'user_name']);
  });

  it('rejects a missing, unknown or non-Bearer key with 401 problem+json', async () => {
    for (const key of [null, 'cog_nope']) {
      const r = await simApi(sim.baseUrl, key).get<Record<string, unknown>>(SESSIONS);
      expect(r.status).toBe(401);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      expect(r.body).toMatchObject({ type: 'about:blank', title: 'Unauthorized', status: 401, instance: SESSIONS });
    }
    const basic = await fetch(`${sim.baseUrl}/v3/self`, { headers: { authorization: 'Basic Y29nX3NpbV9vcmc=' } });
    expect(basic.status).toBe(401);
  });

  it('lists the enterprise organizations with cursor pagination', async () => {
    const api = simApi(sim.baseUrl, SIM_KEYS.enterprise);
    const p1 = await api.get<PageBody>('/v3/enterprise/organizations?first=1');
    expect(p1.body.items).toEqual([expect.objectContaining({ org_id: 'org-sim', name: 'Sim Org' })]);
    expect(p1.body).toMatchObject({ has_next_page: true, total: 2 });
    const p2 = await api.get<PageBody>(`/v3/enterprise/organizations?first=1&after=${p1.body.end_cursor}`);
    expect(p2.body.items).toEqual([expect.objectContaining({ org_id: 'org-sim-2', name: 'Sim Org Two', max_session_acu_limit: null })]);
    expect(p2.body.has_next_page).toBe(false);
    expect(typeof (p2.body.items[0] as { created_at: unknown }).created_at).toBe('number');
  });

  it('keeps org-scoped keys out of enterprise endpoints and other orgs', async () => {
    const api = simApi(sim.baseUrl, SIM_KEYS.org);
    expect((await api.get('/v3/enterprise/organizations')).status).toBe(403);
    expect((await api.get('/v3/organizations/org-sim-2/sessions')).status).toBe(403);
    expect((await api.get('/v3/organizations/org-nope/sessions')).status).toBe(404);
    expect((await simApi(sim.baseUrl, SIM_KEYS.pat).get('/v3/enterprise/organizations')).status).toBe(403);
  });

  it('lets the enterprise key use both orgs', async () => {
    const api = simApi(sim.baseUrl, SIM_KEYS.enterprise);
    const created = await api.post<{ org_id: string; service_user_id: string }>('/v3/organizations/org-sim-2/sessions', { prompt: 'hi' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ org_id: 'org-sim-2', service_user_id: 'service-user-sim-enterprise' });
    expect((await api.get(SESSIONS)).status).toBe(200);
    // A session of org-sim-2 is not found through org-sim.
    const id = (created.body as unknown as { session_id: string }).session_id;
    expect((await api.get(`${SESSIONS}/${id}`)).status).toBe(404);
  });

  it('gives the read-only key session GETs and 403 naming the permission elsewhere', async () => {
    const s = sim.control.createSession({ title: 'visible' });
    const api = simApi(sim.baseUrl, SIM_KEYS.readonly);
    expect((await api.get(SESSIONS)).status).toBe(200);
    expect((await api.get(`${SESSIONS}/${s.session_id}`)).status).toBe(200);
    expect((await api.get(`${SESSIONS}/${s.session_id}/messages`)).status).toBe(200);
    expect((await api.get(`${SESSIONS}/${s.session_id}/attachments`)).status).toBe(200);
    const create = await api.post<{ detail: string }>(SESSIONS, { prompt: 'x' });
    expect(create.status).toBe(403);
    expect(create.body.detail).toBe('Missing permission: ManageOrgSessions');
    expect((await api.post<{ detail: string }>(`${SESSIONS}/${s.session_id}/messages`, { message: 'x' })).body.detail).toBe(
      'Missing permission: ManageOrgSessions',
    );
    expect((await api.get<{ detail: string }>('/v3/organizations/org-sim/knowledge/notes')).body.detail).toBe(
      'Missing permission: ManageAccountKnowledge',
    );
    expect((await api.get<{ detail: string }>('/v3/organizations/org-sim/schedules')).body.detail).toBe('Missing permission: ManageOrgSchedules');
    expect((await api.get<{ principal_type: string }>('/v3/self')).body.principal_type).toBe('service_user');
  });

  it('attributes PAT-created sessions to the user', async () => {
    const r = await simApi(sim.baseUrl, SIM_KEYS.pat).post<{ user_id: string; service_user_id: string | null }>(SESSIONS, { prompt: 'p' });
    expect(r.body).toMatchObject({ user_id: 'user-sim-person', service_user_id: null });
  });

  it('answers 401 before 404 on unknown /v3 paths, and 405 for a wrong method', async () => {
    expect((await simApi(sim.baseUrl, null).get('/v3/nope')).status).toBe(401);
    expect((await simApi(sim.baseUrl).get('/v3/nope')).status).toBe(404);
    const r = await simApi(sim.baseUrl).request('PUT', SESSIONS, {});
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toContain('GET');
  });
});
