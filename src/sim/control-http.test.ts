import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SimControlClient, SimControlError } from './control-client';
import { startSim, type SimHandle } from './server';
import { simApi, type PageBody } from './test-support';

let sim: SimHandle;
let control: SimControlClient;
beforeAll(async () => {
  sim = await startSim();
  control = new SimControlClient(`${sim.baseUrl}/`);
});
beforeEach(async () => {
  await control.reset();
});
afterAll(() => sim.close());

const SESSIONS = '/v3/organizations/org-sim/sessions';

describe('control API over HTTP', () => {
  it('creates sessions (one and bulk), changes status and adds messages', async () => {
    const s = await control.createSession({ title: 'ctl', tags: ['t'], status: 'running', status_detail: 'waiting_for_user' });
    expect(s).toMatchObject({ title: 'ctl', status: 'running', status_detail: 'waiting_for_user', service_user_id: 'service-user-sim' });
    const bulk = await control.createSessionsBulk({ count: 30, title: 'B', tags: ['bulk'] });
    expect(bulk.session_ids).toHaveLength(30);
    expect((await control.getSession(bulk.session_ids[0] as string)).title).toBe('B #1');
    const changed = await control.setSessionStatus(s.session_id, { status: 'suspended', status_detail: 'inactivity' });
    expect(changed).toMatchObject({ status: 'suspended', status_detail: 'inactivity' });
    const m = await control.addSessionMessage(s.session_id, { source: 'devin', message: 'hello' });
    expect(m).toMatchObject({ source: 'devin', message: 'hello' });
    const page = await simApi(sim.baseUrl).get<PageBody>(`${SESSIONS}?tags=bulk`);
    expect(page.body.total).toBe(30);
  });

  it('returns the exact create body and attachment hashes', async () => {
    const api = simApi(sim.baseUrl);
    const prompt = 'line 1\r\nline 2 — ünïcödé \u0000 end';
    const created = await api.post<{ session_id: string }>(SESSIONS, { prompt, tags: ['handoff'] });
    expect(await control.getCreatedRequest(created.body.session_id)).toEqual({ prompt, tags: ['handoff'] });
    const a = await control.addSessionAttachment(created.body.session_id, { name: 'x.bin', content_base64: Buffer.from([0, 1, 2, 255]).toString('base64') });
    expect(a).toMatchObject({ size: 4, content_type: 'application/octet-stream', source: 'devin' });
    const bytes = await fetch(a.download_url, { headers: { authorization: 'Bearer cog_sim_org' } });
    expect(Buffer.from(await bytes.arrayBuffer())).toEqual(Buffer.from([0, 1, 2, 255]));
  });

  it('logs requests with Authorization redacted and the test key named, and counts by route template', async () => {
    await control.clearRequests();
    await simApi(sim.baseUrl).get(`${SESSIONS}?first=5&tags=a&tags=b`);
    await simApi(sim.baseUrl, 'cog_secret_value').get('/v3/self');
    await simApi(sim.baseUrl, null).get('/v3/self');
    const log = await control.getRequests();
    expect(log).toHaveLength(3);
    expect(log[0]).toMatchObject({
      method: 'GET', path: SESSIONS, query: { first: '5', tags: ['a', 'b'] }, route: '/v3/organizations/:org/sessions',
      hadAuth: true, authKey: 'org', status: 200, headers: expect.objectContaining({ authorization: 'Bearer cog_…(redacted)' }),
    });
    expect(log[1]).toMatchObject({ authKey: 'unknown', status: 401 });
    expect(JSON.stringify(log)).not.toContain('secret_value');
    expect(JSON.stringify(log)).not.toContain('cog_sim_org');
    expect(log[2]).toMatchObject({ hadAuth: false, authKey: null });
    const counters = await control.getCounters();
    expect(counters).toEqual({ total: 3, byRoute: { 'GET /v3/organizations/:org/sessions': 1, 'GET /v3/self': 2 } });
    await control.clearRequests();
    expect((await control.getCounters()).total).toBe(0);
  });

  it('manages faults, second-origin records, schedules, folders and the clock', async () => {
    await control.addFault({ path: '/v3/self', kind: 'status', status: 503, times: -1 });
    expect(await control.listFaults()).toHaveLength(1);
    expect((await simApi(sim.baseUrl).get('/v3/self')).status).toBe(503);
    await control.clearFaults();
    const s = await control.createSession();
    const a = await control.addSessionAttachment(s.session_id, { name: 'r.txt', text: 'r' });
    await (await fetch(a.download_url, { headers: { authorization: 'Bearer cog_sim_org' } })).text();
    expect(await control.getSecondOriginRequests()).toHaveLength(1);
    await control.clearSecondOriginRequests();
    expect(await control.getSecondOriginRequests()).toHaveLength(0);
    await (await fetch(a.url)).text();
    expect(await control.getWebAppRequests()).toEqual([expect.objectContaining({ method: 'GET', hadAuth: false })]);
    await control.clearWebAppRequests();
    expect(await control.getWebAppRequests()).toHaveLength(0);
    const sched = await simApi(sim.baseUrl).post<{ scheduled_session_id: string }>('/v3/organizations/org-sim/schedules', { name: 'n', prompt: 'p', frequency: '0 * * * *' });
    expect(await control.scheduleRunResult(sched.body.scheduled_session_id, { ok: false, error: 'x' })).toMatchObject({ consecutive_failures: 1 });
    expect((await control.createKnowledgeFolder({ name: 'F' })).path).toBe('/F');
    const before = (await control.getClock()).now;
    expect((await control.advanceClock(60_000)).now).toBeGreaterThanOrEqual(before + 60_000);
  });

  it('reports control errors as SimControlError with the problem body', async () => {
    await expect(control.getSession('devin-missing')).rejects.toMatchObject({ status: 404 });
    const err = await control.createSession({ tags: 'nope' as unknown as string[] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SimControlError);
    expect((err as SimControlError).status).toBe(422);
    await expect(control.addSessionAttachment('devin-missing', { name: 'a', text: 'b' })).rejects.toMatchObject({ status: 404 });
    const s = await control.createSession();
    await expect(control.addSessionAttachment(s.session_id, { name: 'a' })).rejects.toMatchObject({ status: 422 });
    await expect(control.createSessionsBulk({ count: 0 })).rejects.toMatchObject({ status: 422 });
    const res = await fetch(`${sim.baseUrl}/_sim/nope`);
    expect(res.status).toBe(404);
  });

  it('resets to the demo seed', async () => {
    await control.reset({ seed: 'demo' });
    const page = await simApi(sim.baseUrl).get<PageBody>(SESSIONS);
    expect(page.body.total).toBeGreaterThanOrEqual(12);
    await control.reset();
    expect((await simApi(sim.baseUrl).get<PageBody>(SESSIONS)).body.total).toBe(0);
  });
});
