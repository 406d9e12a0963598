import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIM_KEYS, SIM_ORG, SIM_ORG_2 } from './keys';
import { startSim, type SimHandle } from './server';
import { simApi, type PageBody } from './test-support';

let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());
beforeEach(() => sim.control.reset());

const E = '/v3/enterprise/sessions';

describe('enterprise session routes over the shared session store', () => {
  it('list every org of the key, newest first, each item with its org_id, in cursor pages', async () => {
    const a = sim.control.createSession({ org_id: SIM_ORG.org_id, created_at: 100, updated_at: 100 });
    const b = sim.control.createSession({ org_id: SIM_ORG_2.org_id, created_at: 200, updated_at: 200 });
    const api = simApi(sim.baseUrl, SIM_KEYS.enterprise);
    const all = await api.get<PageBody<{ session_id: string; org_id: string }>>(E);
    expect(all.body.items.map((s) => [s.session_id, s.org_id])).toEqual([
      [b.session_id, SIM_ORG_2.org_id],
      [a.session_id, SIM_ORG.org_id],
    ]);
    const p1 = await api.get<PageBody>(`${E}?first=1`);
    expect(p1.body).toMatchObject({ has_next_page: true, total: 2 });
    const p2 = await api.get<PageBody<{ session_id: string }>>(`${E}?first=1&after=${p1.body.end_cursor}`);
    expect(p2.body.items.map((s) => s.session_id)).toEqual([a.session_id]);
  });

  it('accepts org_ids (not in the v3 contract, so on a sim that does not check it)', async () => {
    const loose = await startSim({ checkContract: false });
    try {
      loose.control.createSession({ org_id: SIM_ORG.org_id });
      const b = loose.control.createSession({ org_id: SIM_ORG_2.org_id });
      const r = await simApi(loose.baseUrl, SIM_KEYS.enterprise).get<PageBody<{ session_id: string }>>(`${E}?org_ids=${SIM_ORG_2.org_id}`);
      expect(r.body.items.map((s) => s.session_id)).toEqual([b.session_id]);
    } finally {
      await loose.close();
    }
  });

  it('per-session routes reach any org of the key; ?org_id= of another org is 404', async () => {
    const s = sim.control.createSession({ org_id: SIM_ORG_2.org_id, tags: ['x'] });
    const api = simApi(sim.baseUrl, SIM_KEYS.enterprise);
    expect((await api.get(`${E}/${s.session_id}/tags`)).body).toEqual({ tags: ['x'] });
    expect((await api.get(`${E}/${s.session_id}/tags?org_id=${SIM_ORG_2.org_id}`)).status).toBe(200);
    expect((await api.get(`${E}/${s.session_id}/tags?org_id=${SIM_ORG.org_id}`)).status).toBe(404);
    expect((await api.put(`${E}/${s.session_id}/tags`, { tags: ['y'] })).body).toEqual({ tags: ['y'] });
    expect((await api.post(`${E}/${s.session_id}/messages`, { message: 'go' })).status).toBe(200);
    expect((await api.get<PageBody<{ message: string }>>(`${E}/${s.session_id}/messages`)).body.items.map((m) => m.message)).toEqual(['go']);
    expect((await api.get(`${E}/${s.session_id}/attachments`)).body).toEqual([]);
    // A bare id (no devin- prefix) is not a devin_id.
    expect((await api.get(`${E}/${s.session_id.slice('devin-'.length)}/tags`)).status).toBe(404);
  });

  it('org-scoped keys get 403; a revoked ViewAccountSessions or ManageAccountSessions is 403 with its name', async () => {
    const s = sim.control.createSession({ org_id: SIM_ORG.org_id });
    expect((await simApi(sim.baseUrl, SIM_KEYS.org).get(E)).status).toBe(403);
    expect((await simApi(sim.baseUrl, SIM_KEYS.pat).get(`${E}/${s.session_id}/messages`)).status).toBe(403);
    const api = simApi(sim.baseUrl, SIM_KEYS.enterprise);
    sim.control.revokePermissions({ revoke: ['ManageAccountSessions'] });
    const send = await api.post<{ detail: string }>(`${E}/${s.session_id}/messages`, { message: 'no' });
    expect([send.status, send.body.detail]).toEqual([403, 'Missing permission: ManageAccountSessions']);
    expect((await api.get(E)).status).toBe(200);
    sim.control.revokePermissions({ revoke: ['ViewAccountSessions'] });
    expect((await api.get(E)).status).toBe(403);
  });
});
