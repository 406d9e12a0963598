import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSim, SIM_KEYS } from '../../sim/server';
import type { SimHandle } from '../../sim/server';
import { translate } from '../../shared/i18n';
import { describeReportOutcome } from '../../shared/network-text';
import { checkConnection } from './check-connection';
import { createEnvNetwork } from './env-network';
import { startProxiedSim } from './testing/proxied-sim';
import type { ProxiedSim } from './testing/proxied-sim';

let sim: SimHandle;
let world: ProxiedSim;
let portal: Server;
let portalUrl = '';

beforeAll(async () => {
  sim = await startSim({ seed: 'empty' });
  world = await startProxiedSim();
  // A network's sign-in page: 200 with HTML for every URL.
  portal = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end('<html><body>Please accept the terms</body></html>');
  });
  await new Promise<void>((r) => portal.listen(0, '127.0.0.1', r));
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await sim?.close();
  await world?.close();
  await new Promise((r) => portal.close(r));
});
beforeEach(() => {
  sim.control.clearFaults();
});

/** A port nothing listens on (fetch refuses "bad ports" such as 1 before connecting). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await new Promise((r) => server.close(r));
  return port;
}

const bearer = (key: string) => `Bearer ${key}`;
const en = (key: string, params?: Record<string, string | number | undefined>) => translate('en', key, params);

describe('checkConnection', () => {
  it('works with a valid key, and says so', async () => {
    const network = createEnvNetwork({});
    const report = await checkConnection({ network, apiUrl: sim.baseUrl, authorization: bearer(SIM_KEYS.org) });
    expect(report).toMatchObject({ ok: true, failure: null, status: 200, keySent: true, route: { kind: 'direct', source: 'loopback' }, stack: 'env' });
    expect(describeReportOutcome(report, en)).toMatch(/^Connected to 127\.0\.0\.1:\d+ in \d+ ms\. The API key works\.$/);
  });

  it('counts the API’s 401 as reachable when no key was sent', async () => {
    const report = await checkConnection({ network: createEnvNetwork({}), apiUrl: sim.baseUrl, authorization: null });
    expect(report).toMatchObject({ ok: true, status: 401, keySent: false });
    expect(describeReportOutcome(report, en)).toContain('No key was sent');
  });

  it.each([
    ['a rejected key', { authorization: bearer('cog_not_a_real_key_000000000000') }, { stage: 'auth', code: 'HTTP_401', status: 401 }],
    ['a server error', { fault: { path: '/v3/self', kind: 'status' as const, status: 503 } }, { stage: 'http', code: 'HTTP_503', status: 503 }],
    ['no answer in time', { fault: { path: '/v3/self', kind: 'delay' as const, delayMs: 2000 }, timeoutMs: 200 }, { stage: 'timeout' }],
  ])('names the stage for %s', async (_name, setup, failure) => {
    if ('fault' in setup && setup.fault) sim.control.addFault(setup.fault);
    const report = await checkConnection({
      network: createEnvNetwork({}),
      apiUrl: sim.baseUrl,
      authorization: 'authorization' in setup ? setup.authorization : bearer(SIM_KEYS.org),
      ...('timeoutMs' in setup ? { timeoutMs: setup.timeoutMs } : {}),
    });
    expect(report.ok).toBe(false);
    expect(report.failure).toMatchObject(failure);
  });

  it('tells a sign-in page of the network from the API', async () => {
    const report = await checkConnection({ network: createEnvNetwork({}), apiUrl: portalUrl, authorization: null });
    expect(report).toMatchObject({ ok: false, failure: { stage: 'http', code: 'NOT_API', status: 200 } });
  });

  it('refused connection and unresolvable name', async () => {
    const closed = await closedPort();
    const refused = await checkConnection({ network: createEnvNetwork({}), apiUrl: `http://127.0.0.1:${closed}`, authorization: null });
    expect(refused.failure).toMatchObject({ stage: 'connect', code: 'ECONNREFUSED' });
    const dns = await checkConnection({ network: createEnvNetwork({}), apiUrl: 'https://devin.invalid', authorization: null });
    expect(dns.failure).toMatchObject({ stage: 'dns' });
  });

  it('through a proxy: the certificate that was not trusted, read through the tunnel', async () => {
    const network = createEnvNetwork({ HTTPS_PROXY: world.openProxy.url });
    const report = await checkConnection({ network, apiUrl: 'https://devin.invalid', authorization: bearer(SIM_KEYS.org) });
    await network.dispose();
    expect(report.failure).toEqual({ stage: 'tls', code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE', tls: 'untrusted' });
    expect(report.keySent).toBe(false);
    expect(report.certificate).toMatchObject({
      subject: 'CN=devin.invalid',
      issuer: 'CN=Devin Tray Test CA, O=devin-tray tests',
      verifyError: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
    });
    expect(report.certificate?.fingerprint256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(report.route).toMatchObject({ kind: 'proxy', display: `127.0.0.1:${world.openProxy.port}`, envVar: 'HTTPS_PROXY' });
  });

  it('through a proxy that wants credentials, and through one that cannot reach the host', async () => {
    const noCredentials = createEnvNetwork({ HTTPS_PROXY: world.proxy.url });
    const auth = await checkConnection({ network: noCredentials, apiUrl: 'https://devin.invalid', authorization: null });
    await noCredentials.dispose();
    expect(auth.failure).toMatchObject({ stage: 'proxyAuth', status: 407 });

    const network = createEnvNetwork({ HTTPS_PROXY: world.openProxy.url });
    const unknown = await checkConnection({ network, apiUrl: 'https://nowhere.invalid', authorization: null });
    await network.dispose();
    expect(unknown.failure).toMatchObject({ stage: 'proxy', status: 502 });
    expect(describeReportOutcome(unknown, en)).toContain(`The proxy 127.0.0.1:${world.openProxy.port} refused the connection to nowhere.invalid (HTTP 502)`);

    const closed = await closedPort();
    const down = createEnvNetwork({ HTTPS_PROXY: `http://127.0.0.1:${closed}` });
    const unreachable = await checkConnection({ network: down, apiUrl: 'https://devin.invalid', authorization: null });
    await down.dispose();
    expect(unreachable.failure).toMatchObject({ stage: 'proxy', code: 'ECONNREFUSED' });
    expect(describeReportOutcome(unreachable, (k, p) => translate('zh-CN', k, p))).toBe(`无法连接到代理 127.0.0.1:${closed}（ECONNREFUSED）。请检查代理设置。`);
  });
});
