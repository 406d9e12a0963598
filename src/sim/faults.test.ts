import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type SimHandle } from './server';
import { simApi } from './test-support';

let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim();
});
beforeEach(() => {
  sim.control.reset();
});
afterAll(() => sim.close());

const SESSIONS = '/v3/organizations/org-sim/sessions';
const api = () => simApi(sim.baseUrl);

/** Raw GET that reports the announced length and what actually arrived before the socket closed. */
function rawGet(url: string, auth = true): Promise<{ status: number; announced: number; received: Buffer; aborted: boolean }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { connection: 'close', ...(auth ? { authorization: 'Bearer cog_sim_org' } : {}) };
    const req = request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      let aborted = false;
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('aborted', () => {
        aborted = true;
      });
      res.on('error', () => {
        aborted = true;
      });
      res.on('close', () =>
        resolve({ status: res.statusCode ?? 0, announced: Number(res.headers['content-length']), received: Buffer.concat(chunks), aborted }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('faults', () => {
  it('answers an injected 429 with Retry-After, once, then recovers', async () => {
    sim.control.addFault({ path: SESSIONS, kind: 'status', status: 429, retryAfter: '2' });
    const r = await api().get<{ status: number }>(SESSIONS);
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('2');
    expect(r.body.status).toBe(429);
    expect((await api().get(SESSIONS)).status).toBe(200);
  });

  it('omits Retry-After when not given, and honours times and method', async () => {
    sim.control.addFault({ method: 'GET', path: '/v3/self', kind: 'status', status: 503, times: 2 });
    const a = await api().get('/v3/self');
    expect(a.status).toBe(503);
    expect(a.headers.get('retry-after')).toBeNull();
    expect((await api().get('/v3/self')).status).toBe(503);
    expect((await api().get('/v3/self')).status).toBe(200);
    sim.control.addFault({ method: 'POST', path: SESSIONS, kind: 'status', status: 500 });
    expect((await api().get(SESSIONS)).status).toBe(200);
    expect((await api().post(SESSIONS, { prompt: 'p' })).status).toBe(500);
    // The failed POST did not create anything.
    expect(sim.state.sessions.count()).toBe(0);
  });

  it('keeps firing with times -1 until cleared, and matches regular expressions', async () => {
    sim.control.addFault({ path: '^/v3/organizations/[^/]+/sessions$', kind: 'status', status: 500, times: -1 });
    for (let i = 0; i < 3; i++) expect((await api().get(SESSIONS)).status).toBe(500);
    expect((await api().get('/v3/self')).status).toBe(200);
    sim.control.clearFaults();
    expect((await api().get(SESSIONS)).status).toBe(200);
  });

  it('delays a response and then answers normally', async () => {
    sim.control.addFault({ path: '/v3/self', kind: 'delay', delayMs: 50 });
    const r = await api().get<{ service_user_name: string }>('/v3/self');
    expect(r.body.service_user_name).toBe('Sim Bot');
  });

  it('sends malformed JSON with 200', async () => {
    sim.control.addFault({ path: '/v3/self', kind: 'malformed' });
    const res = await fetch(`${sim.baseUrl}/v3/self`, { headers: { authorization: 'Bearer cog_sim_org' } });
    expect(res.status).toBe(200);
    await expect(res.json()).rejects.toThrow();
  });

  it('truncates a JSON body below its content-length and cuts the connection', async () => {
    sim.control.createSessionsBulk({ count: 20 });
    sim.control.addFault({ path: SESSIONS, kind: 'truncate', truncateAfter: 100 });
    const r = await rawGet(`${sim.baseUrl}${SESSIONS}`);
    expect(r.status).toBe(200);
    expect(r.announced).toBeGreaterThan(100);
    expect(r.received.length).toBe(100);
    expect(r.aborted).toBe(true);
    sim.control.addFault({ path: SESSIONS, kind: 'truncate' });
    await expect(fetch(`${sim.baseUrl}${SESSIONS}`, { headers: { authorization: 'Bearer cog_sim_org' } }).then((x) => x.text())).rejects.toThrow();
  });

  it('truncates attachment bytes after N bytes (on the storage origin the route redirects to)', async () => {
    const s = sim.control.createSession();
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'big.bin', size: 3_000_000, pattern: 'seeded' });
    sim.control.addFault({ path: `/org-sim/${a.attachment_id}`, kind: 'truncate', truncateAfter: 1_000_000, origin: 'second' });
    const redirect = await fetch(a.download_url, { headers: { authorization: 'Bearer cog_sim_org' }, redirect: 'manual' });
    const r = await rawGet(redirect.headers.get('location') ?? '', false);
    expect(r.announced).toBe(3_000_000);
    expect(r.received.length).toBe(1_000_000);
    expect(r.aborted).toBe(true);
  });

  it('answers with the web app sign-in page (200, text/html) instead of the bytes', async () => {
    const s = sim.control.createSession();
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'data.csv', text: 'a,b' });
    sim.control.addFault({ path: `/org-sim/${a.attachment_id}`, kind: 'sign_in_page', origin: 'second' });
    const res = await fetch(a.download_url, { headers: { authorization: 'Bearer cog_sim_org' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('Sign in to Devin');
  });

  it('drops the connection without an answer', async () => {
    sim.control.addFault({ path: '/v3/self', kind: 'drop' });
    await expect(fetch(`${sim.baseUrl}/v3/self`, { headers: { authorization: 'Bearer cog_sim_org' } })).rejects.toThrow();
    expect(sim.control.getRequests().at(-1)).toMatchObject({ path: '/v3/self', fault: 'drop', status: 0 });
  });

  it('never applies to the control API, and rejects bad rules', async () => {
    sim.control.addFault({ path: '/', kind: 'status', status: 500, times: -1 });
    expect((await fetch(`${sim.baseUrl}/_sim/counters`)).status).toBe(200);
    const bad = await fetch(`${sim.baseUrl}/_sim/faults`, { method: 'POST', body: JSON.stringify({ path: '/', kind: 'explode' }) });
    expect(bad.status).toBe(422);
    expect(sim.control.listFaults()).toHaveLength(1);
  });
});
