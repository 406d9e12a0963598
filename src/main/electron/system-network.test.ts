import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, SIM_KEYS } from '../../sim/server';
import type { SimHandle } from '../../sim/server';
import { createDevinClient } from '../api/client';
import { describeError } from '../api/describe-error';
import { checkConnection } from '../network/check-connection';
import { translate } from '../../shared/i18n';
import { describeReportOutcome } from '../../shared/network-text';
import { createProxyAuthBroker } from '../network/proxy-auth-broker';
import type { ProxyAuthChallenge } from '../../shared/network';
import { createThrowawayCa } from '../network/testing/throwaway-ca';
import type { ThrowawayCa } from '../network/testing/throwaway-ca';
import { startTlsFront } from '../network/testing/tls-front';
import type { TlsFront } from '../network/testing/tls-front';
import type { HttpResponse } from '../attachments/http/http-get';
import { downloadFile } from '../attachments/download-file';
import { createSystemNetwork } from './system-network';
import type { SystemNetworkDeps } from './system-network';
import { createFakeNet } from './testing/fake-net';
import type { FakeClientRequest } from './testing/fake-net';

/** `session.resolveProxy` answering per host, as Chromium would after reading the OS settings or a PAC file. */
const pac = (answers: Record<string, string>) => async (url: string) => answers[new URL(url).hostname] ?? 'DIRECT';

function setup(opts: { script?: (req: FakeClientRequest) => void | Promise<void>; resolveProxy?: SystemNetworkDeps['resolveProxy']; tls?: SystemNetworkDeps['tls'] } = {}) {
  const net = createFakeNet(opts.script ?? ((req) => req.respond(200, { 'content-type': 'application/json' }, [Buffer.from('{}')])));
  const challenges: ProxyAuthChallenge[] = [];
  const proxyAuth = createProxyAuthBroker({ onChallenge: (c) => challenges.push(c) });
  const network = createSystemNetwork({
    request: net.request,
    resolveProxy: opts.resolveProxy ?? pac({}),
    proxyAuth,
    tls: opts.tls ?? { getCACertificates: () => [] },
  });
  return { net, network, proxyAuth, challenges };
}

const get = (network: ReturnType<typeof setup>['network'], url: string, headers: Record<string, string> = {}) =>
  network.downloadGet(new URL(url), { headers, signal: new AbortController().signal });

async function readAll(res: HttpResponse): Promise<Buffer> {
  const parts: Buffer[] = [];
  await res.body.pump((c) => void parts.push(Buffer.from(c)));
  return Buffer.concat(parts);
}

let sim: SimHandle;
let ca: ThrowawayCa;
let front: TlsFront;

beforeAll(async () => {
  sim = await startSim({ seed: 'empty' });
  ca = createThrowawayCa(['localhost']);
  front = await startTlsFront({ certPem: ca.certPem, keyPem: ca.keyPem, backends: { localhost: Number(new URL(sim.baseUrl).port) } });
}, 60_000);
afterAll(async () => {
  await front?.close();
  await sim?.close();
  ca?.dispose();
});

describe('the app’s network on Chromium’s stack (mocked net and session)', () => {
  it('routes by session.resolveProxy: the first PAC entry names the proxy', async () => {
    const { network } = setup({ resolveProxy: pac({ 'api.devin.ai': 'PROXY proxy.corp:8080; DIRECT' }) });
    expect(await network.routeFor(new URL('https://api.devin.ai'))).toEqual({
      kind: 'proxy',
      source: 'system',
      proxy: { scheme: 'http', host: 'proxy.corp', port: 8080 },
      display: 'proxy.corp:8080',
      pac: 'PROXY proxy.corp:8080; DIRECT',
    });
    expect(await network.routeFor(new URL('https://cdn.example.com'))).toEqual({ kind: 'direct', source: 'system' });
  });

  it('sends API calls through net.request', async () => {
    const { net, network } = setup();
    const client = createDevinClient({ baseUrl: 'https://api.devin.ai', apiKey: SIM_KEYS.org, fetch: network.fetch, retry: { maxRetries: 0 } });
    await client.self().catch(() => undefined);
    expect(net.requests.map((r) => r.options.url)).toEqual(['https://api.devin.ai/v3/self']);
    expect(net.requests[0]!.headers['authorization']).toBe(`Bearer ${SIM_KEYS.org}`);
  });

  it('downloads through Chromium when the answer is a proxy, with the same back-pressured body', async () => {
    const { net, network } = setup({
      resolveProxy: pac({ 'cdn.example.com': 'PROXY proxy.corp:8080' }),
      script: (req) => req.respond(206, { 'content-range': 'bytes 5-9/10' }, [Buffer.from('56789')]),
    });
    const res = await get(network, 'https://cdn.example.com/f.bin', { Range: 'bytes=5-' });
    expect(res.status).toBe(206);
    expect((await readAll(res)).toString()).toBe('56789');
    expect(net.requests[0]!.headers['range']).toBe('bytes=5-');
  });

  it('when Chromium cannot say, downloads through Chromium too, and Test connection blames the proxy lookup, not HTTPS_PROXY', async () => {
    const { net, network } = setup({ resolveProxy: () => Promise.reject(new Error('no session')) });
    await readAll(await get(network, 'https://cdn.example.com/f.bin'));
    expect(net.requests).toHaveLength(1);
    const report = await checkConnection({ network, apiUrl: 'https://api.devin.ai', authorization: null });
    expect(report.failure).toEqual({ stage: 'proxy', code: 'PROXY_RESOLVE_FAILED' });
    expect(describeReportOutcome(report, (k, p) => translate('en', k, p))).toBe('Could not read which proxy to use for api.devin.ai (PROXY_RESOLVE_FAILED). Check the system proxy settings or PAC file.');
  });

  it('downloads DIRECT hosts with the fast client, trusting the OS certificate store (tls.getCACertificates("system"))', async () => {
    const session = sim.control.createSession({ title: 'ca' });
    const att = sim.control.addSessionAttachment(session.session_id, { name: 'a.bin', size: 100_000, pattern: 'seeded' });
    // The documented route on an https API host (the TLS front), then its 307 to storage.
    const origin = `https://localhost:${front.port}`;
    const download = (network: ReturnType<typeof setup>['network'], dir: string) =>
      downloadFile({ url: `${origin}${new URL(att.download_url).pathname}`, dir, name: att.name, httpGet: network.downloadGet, auth: { origin, getHeader: () => `Bearer ${SIM_KEYS.org}` }, retry: { maxAttempts: 1 } });

    // The OS store holds the company CA: the fast client trusts it, Chromium is not involved.
    const withCa = setup({ tls: { getCACertificates: (type) => (type === 'system' ? [ca.caPem] : []) } });
    const dir = await mkdtemp(join(tmpdir(), 'devin-tray-sysnet-'));
    try {
      const result = await download(withCa.network, dir);
      expect(createHash('sha256').update(await readFile(result.path)).digest('hex')).toBe(att.sha256);
      expect(withCa.net.requests).toEqual([]);

      // A runtime without the OS store (Node 20) keeps Node's defaults, which do not know this CA.
      const without = setup({ tls: {} });
      const err = await download(without.network, dir).catch((e: unknown) => e);
      expect(err).toMatchObject({ code: 'ATTACHMENT_CONNECTION', details: { connection: { stage: 'tls', tls: 'untrusted' }, host: `localhost:${front.port}` } });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('asks the user when the proxy wants credentials, and hands the answer to Chromium', async () => {
    const answered: string[][] = [];
    const { network, proxyAuth, challenges } = setup({
      resolveProxy: pac({ 'api.devin.ai': 'PROXY proxy.corp:3128' }),
      script: async (req) => {
        answered.push(await req.login({ host: 'proxy.corp', port: 3128, realm: 'Corp' }));
        req.respond(200, { 'content-type': 'application/json' }, [Buffer.from('{}')]);
      },
    });
    const pending = network.fetch('https://api.devin.ai/v3/self');
    await expect.poll(() => challenges.length).toBe(1);
    expect(challenges[0]).toMatchObject({ host: 'proxy.corp', port: 3128, realm: 'Corp', retry: false });
    proxyAuth.answer(challenges[0]!.id, { username: 'alice', password: 'pw' });
    expect((await pending).status).toBe(200);
    expect(answered).toEqual([['alice', 'pw']]);
  });

  it('refuses credentials to http:// through a proxy before Chromium sees the request', async () => {
    const { net, network } = setup({ resolveProxy: pac({ 'intranet.corp': 'PROXY proxy.corp:3128' }) });
    await expect(network.fetch('http://intranet.corp/v3/self', { headers: { Authorization: 'Bearer cog_x' } })).rejects.toMatchObject({ code: 'PROXY_PLAINTEXT_KEY' });
    await expect(get(network, 'http://intranet.corp/f', { Authorization: 'Bearer cog_x' })).rejects.toMatchObject({ code: 'PROXY_PLAINTEXT_KEY' });
    expect(net.requests).toEqual([]);
  });

  it('names the proxy and the stage when Chromium fails, in API errors and in "Test connection"', async () => {
    const { network } = setup({ resolveProxy: pac({ 'api.devin.ai': 'PROXY proxy.corp:3128' }), script: (req) => req.fail('net::ERR_PROXY_CONNECTION_FAILED') });
    const client = createDevinClient({ baseUrl: 'https://api.devin.ai', apiKey: SIM_KEYS.org, fetch: network.fetch, retry: { maxRetries: 0 } });
    const err = await client.self().catch((e: unknown) => e);
    expect(describeError(err, 'en')).toBe('Cannot reach the proxy proxy.corp:3128 (ERR_PROXY_CONNECTION_FAILED). Check the proxy settings.');

    const report = await checkConnection({ network, apiUrl: 'https://api.devin.ai', authorization: null });
    expect(report).toMatchObject({ ok: false, stack: 'system', failure: { stage: 'proxy', code: 'ERR_PROXY_CONNECTION_FAILED' }, route: { display: 'proxy.corp:3128' } });

    const auth = setup({ resolveProxy: pac({ 'api.devin.ai': 'PROXY proxy.corp:3128' }), script: (req) => req.respond(407) });
    const refused = await checkConnection({ network: auth.network, apiUrl: 'https://api.devin.ai', authorization: null });
    expect(refused.failure).toMatchObject({ stage: 'proxyAuth', status: 407 });
  });
});
