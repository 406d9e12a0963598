import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SIM_KEYS, takeContractViolations } from '../../sim/server';
import { ApiError } from './api-error';
import { createDevinClient } from './client';
import { describeError } from './describe-error';
import { rejectionOf, useSim } from './sim-fixture';

const fx = useSim();
const SESSIONS = '/v3/organizations/org-sim/sessions';

async function apiError(p: Promise<unknown>): Promise<ApiError> {
  const e = await rejectionOf(p);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

/** A port nothing listens on: bound, then released. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const posts = () => fx.sim.control.getRequests().filter((r) => r.method === 'POST' && r.path === SESSIONS);

describe('HTTP errors map to stable codes', () => {
  it('401 → AUTH_INVALID', async () => {
    const e = await apiError(fx.client({ apiKey: 'cog_not_a_real_key' }).self());
    expect(e).toMatchObject({ code: 'AUTH_INVALID', details: { status: 401 } });
    expect(fx.sim.control.getRequests()).toHaveLength(1);
  });

  it('403 → FORBIDDEN naming the missing permission', async () => {
    const e = await apiError(fx.client({ apiKey: SIM_KEYS.readonly }).sessions.create({ prompt: 'x' }));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.details.detail).toContain('Missing permission: ManageOrgSessions');
    expect(e.message).toContain('ManageOrgSessions');
    expect(describeError(e, 'en')).toContain('ManageOrgSessions');
  });

  it('404 → NOT_FOUND', async () => {
    expect((await apiError(fx.client().playbooks.get('playbook-missing'))).code).toBe('NOT_FOUND');
  });

  it('422 → VALIDATION with field errors', async () => {
    const e = await apiError(fx.client().sessions.create({ prompt: 'x', max_acu_limit: -1, attachment_urls: ['not a url'] }));
    expect(e.code).toBe('VALIDATION');
    const fields = e.details.fieldErrors?.map((f) => f.field);
    expect(fields).toEqual(expect.arrayContaining(['max_acu_limit', 'attachment_urls.0']));
    expect(describeError(e, 'en')).toContain('max_acu_limit');
    // Sent on purpose: the contract checker sees the bad URI too.
    expect(takeContractViolations()).toEqual([expect.objectContaining({ endpoint: 'sessions.create', side: 'request', agent: 'client', issues: ['body.attachment_urls[0]: not a URI'] })]);
  });

  it('400 → BAD_REQUEST keeping the server detail (unknown platform)', async () => {
    const e = await apiError(fx.client().sessions.create({ prompt: 'x', platform: 'amiga' }));
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.details.detail).toMatch(/linux/);
  });
});

describe('retries', () => {
  it('429 with Retry-After: waits exactly that long, then succeeds', async () => {
    fx.sim.control.addFault({ method: 'GET', path: '/v3/self', kind: 'status', status: 429, retryAfter: '7' });
    await fx.client().self();
    expect(fx.sleeps).toEqual([7000]);
    expect(fx.retries[0]).toMatchObject({ attempt: 1, delayMs: 7000, error: { code: 'RATE_LIMITED' } });
    expect(fx.logs.map((l) => [l.status, l.attempt])).toEqual([[429, 1], [200, 2]]);
  });

  it('429 with an HTTP-date Retry-After uses the time left, capped by maxDelayMs', async () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    fx.sim.control.addFault({ path: '/v3/self', kind: 'status', status: 429, retryAfter: 'Sun, 01 Mar 2026 12:00:04 GMT' });
    fx.sim.control.addFault({ path: '/v3/self', kind: 'status', status: 429, retryAfter: '3600' });
    await fx.client({ now: () => now, retry: { maxDelayMs: 10_000 } }).self();
    expect(fx.sleeps).toEqual([4000, 10_000]);
  });

  it('429 without Retry-After: exponential backoff with full jitter', async () => {
    fx.sim.control.addFault({ path: '/v3/self', kind: 'status', status: 429, times: 3 });
    await fx.client({ retry: { baseDelayMs: 1000 } }).self();
    // random() = 0.5 → half of 1000, 2000, 4000.
    expect(fx.sleeps).toEqual([500, 1000, 2000]);
  });

  it('gives up after maxRetries with the last error', async () => {
    fx.sim.control.addFault({ path: '/v3/self', kind: 'status', status: 429, retryAfter: '1', times: -1 });
    const e = await apiError(fx.client({ retry: { maxRetries: 2 } }).self());
    expect(e).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterMs: 1000 } });
    expect(fx.sim.control.getRequests()).toHaveLength(3);
  });

  it('500 on a GET is retried; persistent 5xx ends as SERVER', async () => {
    fx.sim.control.addFault({ path: SESSIONS, kind: 'status', status: 500 });
    expect((await fx.client().sessions.list()).items).toEqual([]);
    fx.sim.control.addFault({ path: SESSIONS, kind: 'status', status: 503, times: -1 });
    const e = await apiError(fx.client().sessions.list());
    expect(e).toMatchObject({ code: 'SERVER', details: { status: 503 } });
  });

  it('create session is never retried on 500, and says it may exist', async () => {
    fx.sim.control.addFault({ method: 'POST', path: SESSIONS, kind: 'status', status: 500 });
    const e = await apiError(fx.client().sessions.create({ prompt: 'costly' }));
    expect(e).toMatchObject({ code: 'SERVER', details: { maybeCreated: true } });
    expect(posts()).toHaveLength(1);
    expect(fx.sleeps).toEqual([]);
  });

  it('create session is not retried even on 429 or a dropped connection', async () => {
    fx.sim.control.addFault({ method: 'POST', path: SESSIONS, kind: 'status', status: 429, retryAfter: '1' });
    const limited = await apiError(fx.client().sessions.create({ prompt: 'x' }));
    expect(limited.code).toBe('RATE_LIMITED');
    // Refused before doing anything: nothing to reconcile.
    expect(limited.details.maybeCreated).toBeUndefined();
    expect(posts()).toHaveLength(1);
    expect(fx.sleeps).toEqual([]);
    fx.sim.control.clearRequests();
    fx.sim.control.addFault({ method: 'POST', path: SESSIONS, kind: 'drop' });
    const dropped = await apiError(fx.client().sessions.create({ prompt: 'x' }));
    expect(dropped).toMatchObject({ code: 'NETWORK', details: { maybeCreated: true } });
    expect(posts()).toHaveLength(1);
  });

  it('other writes retry on 429 only', async () => {
    const s = fx.sim.control.createSession();
    fx.sim.control.addFault({ method: 'POST', path: `${SESSIONS}/${s.session_id}/messages`, kind: 'status', status: 429, retryAfter: '2' });
    await fx.client().sessions.sendMessage(s.session_id, { message: 'hi' });
    expect(fx.sleeps).toEqual([2000]);
    fx.sim.control.addFault({ method: 'POST', path: `${SESSIONS}/${s.session_id}/messages`, kind: 'status', status: 502 });
    expect((await apiError(fx.client().sessions.sendMessage(s.session_id, { message: 'hi' }))).code).toBe('SERVER');
    expect(fx.sleeps).toEqual([2000]);
  });

  it('a dropped connection on a GET is NETWORK and retried', async () => {
    fx.sim.control.addFault({ path: '/v3/self', kind: 'drop' });
    await fx.client().self();
    expect(fx.retries[0]?.error.code).toBe('NETWORK');
    fx.sim.control.addFault({ path: '/v3/self', kind: 'drop', times: -1 });
    const e = await apiError(fx.client({ retry: { maxRetries: 1 } }).self());
    expect(e).toMatchObject({ code: 'NETWORK', details: { sent: true } });
  });

  it('connection refused is NETWORK and marked as never sent', async () => {
    const port = await freePort();
    const dead = createDevinClient({ baseUrl: `http://127.0.0.1:${port}`, apiKey: SIM_KEYS.org, orgId: 'org-sim', retry: { maxRetries: 0 } });
    const e = await apiError(dead.sessions.create({ prompt: 'x' }));
    expect(e).toMatchObject({ code: 'NETWORK', details: { sent: false, host: `127.0.0.1:${port}` } });
    expect(e.details.maybeCreated).toBeUndefined();
  });

  it('a slow answer is TIMEOUT, retried for GETs', async () => {
    fx.sim.control.addFault({ path: '/v3/self', kind: 'delay', delayMs: 1500 });
    await fx.client({ timeoutMs: 150 }).self();
    expect(fx.retries[0]?.error).toMatchObject({ code: 'TIMEOUT', details: { timeoutMs: 150 } });
    fx.sim.control.addFault({ method: 'POST', path: SESSIONS, kind: 'delay', delayMs: 1500 });
    const e = await apiError(fx.client({ timeoutMs: 150 }).sessions.create({ prompt: 'slow' }));
    expect(e).toMatchObject({ code: 'TIMEOUT', details: { maybeCreated: true } });
  });

  it('malformed JSON is BAD_RESPONSE and not retried', async () => {
    fx.sim.control.addFault({ path: '/v3/self', kind: 'malformed' });
    const e = await apiError(fx.client().self());
    expect(e).toMatchObject({ code: 'BAD_RESPONSE', details: { reason: 'malformed', status: 200 } });
    expect(fx.sleeps).toEqual([]);
  });

  it('a truncated body is BAD_RESPONSE truncated, retried for GETs', async () => {
    fx.sim.control.createSession({ title: 'one' });
    fx.sim.control.addFault({ path: SESSIONS, kind: 'truncate' });
    expect((await fx.client().sessions.list()).items).toHaveLength(1);
    expect(fx.retries[0]?.error).toMatchObject({ code: 'BAD_RESPONSE', details: { reason: 'truncated' } });
    fx.sim.control.addFault({ path: SESSIONS, kind: 'truncate', times: -1 });
    const e = await apiError(fx.client({ retry: { maxRetries: 1 } }).sessions.list());
    expect(e.details.reason).toBe('truncated');
  });

  it('a caller abort during backoff is CANCELLED', async () => {
    fx.sim.control.addFault({ path: '/v3/self', kind: 'status', status: 503, times: -1 });
    const ac = new AbortController();
    const c = fx.client({
      sleep: async () => {
        ac.abort();
        throw new DOMException('aborted', 'AbortError');
      },
    });
    expect((await apiError(c.self({ signal: ac.signal }))).code).toBe('CANCELLED');
    expect((await apiError(c.self({ signal: ac.signal }))).code).toBe('CANCELLED');
  });
});

describe('secrets', () => {
  it('the request log never contains the key', async () => {
    fx.sim.control.addFault({ path: '/v3/self', kind: 'status', status: 500 });
    const c = fx.client();
    await c.self();
    await rejectionOf(c.sessions.get('devin-missing'));
    await c.sessions.list({ tags: [SIM_KEYS.org] });
    const text = JSON.stringify(fx.logs);
    expect(fx.logs.length).toBeGreaterThanOrEqual(4);
    expect(text).not.toContain(SIM_KEYS.org);
    expect(text).not.toMatch(/authorization|bearer/i);
  });

  it('error messages and serialized errors never contain the key', async () => {
    const key = 'cog_sim_org';
    const e = await apiError(fx.client({ apiKey: 'cog_wrong_secret_value' }).self());
    expect(JSON.stringify({ m: e.message, d: e.details })).not.toContain('cog_wrong_secret_value');
    expect(describeError(e, 'en')).not.toContain(key);
  });
});
