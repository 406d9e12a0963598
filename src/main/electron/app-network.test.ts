import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createProxyAuthBroker } from '../network/proxy-auth-broker';
import type { ProxyAuthChallenge } from '../../shared/network';
import { createFakeNet } from './testing/fake-net';
import type { FakeClientRequest } from './testing/fake-net';

/**
 * The glue between Electron and the app's network, with `net` and `session` mocked: which URL
 * Chromium is asked about, what goes through `net.request`, and what the fast client takes.
 */

const answerJson = (req: FakeClientRequest) => req.respond(200, { 'content-type': 'application/json' }, [Buffer.from('{}')]);
let script: (req: FakeClientRequest) => void | Promise<void> = answerJson;
const fakeNet = createFakeNet((req) => script(req));
/** Chromium's answer per host (`PROXY …`, `DIRECT`), as after reading the OS settings or a PAC file. */
const answers = new Map<string, string>();
const resolveProxy = vi.fn(async (url: string) => answers.get(new URL(url).hostname) ?? 'DIRECT');

vi.mock('electron', () => ({
  net: { request: (options: Electron.ClientRequestConstructorOptions) => fakeNet.request(options) },
  session: { defaultSession: { resolveProxy: (url: string) => resolveProxy(url) } },
}));

const { createAppNetwork } = await import('./app-network');

function setup() {
  fakeNet.requests.length = 0;
  script = answerJson;
  resolveProxy.mockClear();
  answers.clear();
  const challenges: ProxyAuthChallenge[] = [];
  const proxyAuth = createProxyAuthBroker({ onChallenge: (c) => challenges.push(c) });
  return { network: createAppNetwork(proxyAuth), proxyAuth, challenges };
}

let server: ReturnType<typeof createServer>;
let local: string;
const served: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': '5' });
    res.end('fast!');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function bodyOf(network: ReturnType<typeof setup>['network'], url: string): Promise<string> {
  const res = await network.downloadGet(new URL(url), { headers: {}, signal: new AbortController().signal });
  const parts: Buffer[] = [];
  await res.body.pump((c) => void parts.push(Buffer.from(c)));
  return Buffer.concat(parts).toString();
}

describe('the app’s network on Electron (mocked net and session)', () => {
  it('sends API calls through net.request without cookies, and asks the default session for the route', async () => {
    const { network } = setup();
    answers.set('api.devin.ai', 'PROXY proxy.corp:8080; DIRECT');
    const res = await network.fetch('https://api.devin.ai/v3/self', { headers: { Authorization: 'Bearer cog_x' }, redirect: 'manual' });
    expect(res.status).toBe(200);
    expect(fakeNet.requests.map((r) => r.options)).toEqual([
      expect.objectContaining({ method: 'GET', url: 'https://api.devin.ai/v3/self', redirect: 'manual', credentials: 'omit', useSessionCookies: false }),
    ]);
    expect(await network.routeFor(new URL('https://api.devin.ai'))).toMatchObject({ kind: 'proxy', source: 'system', display: 'proxy.corp:8080' });
    expect(resolveProxy).toHaveBeenCalledWith('https://api.devin.ai/');
  });

  it('downloads with the fast client where the session says DIRECT, and through net.request where it names a proxy', async () => {
    const { network } = setup();
    served.length = 0;
    expect(await bodyOf(network, `${local}/direct.bin`)).toBe('fast!');
    expect(served).toEqual(['/direct.bin']);
    expect(fakeNet.requests).toEqual([]);

    // The OS settings changed (a PAC file now sends this host through a proxy): followed on the next request.
    answers.set('127.0.0.1', 'PROXY proxy.corp:3128');
    script = (req) => req.respond(200, { 'content-length': '7' }, [Buffer.from('proxied')]);
    expect(await bodyOf(network, `${local}/proxied.bin`)).toBe('proxied');
    expect(served).toEqual(['/direct.bin']);
    expect(fakeNet.requests.map((r) => r.options.url)).toEqual([`${local}/proxied.bin`]);
    expect(resolveProxy).toHaveBeenCalledWith(`${local}/proxied.bin`);
  });

  it('answers the proxy’s login with what the user typed in the dialog', async () => {
    const { network, proxyAuth, challenges } = setup();
    answers.set('api.devin.ai', 'PROXY proxy.corp:3128');
    const given: string[][] = [];
    script = async (req) => {
      given.push(await req.login({ host: 'proxy.corp', port: 3128, realm: 'Corp' }));
      req.respond(200, { 'content-type': 'application/json' }, [Buffer.from('{}')]);
    };
    const pending = network.fetch('https://api.devin.ai/v3/self');
    await vi.waitFor(() => expect(challenges).toHaveLength(1));
    expect(challenges[0]).toMatchObject({ host: 'proxy.corp', port: 3128, realm: 'Corp', retry: false });
    proxyAuth.answer(challenges[0]!.id, { username: 'alice', password: 'pw' });
    expect((await pending).status).toBe(200);
    expect(given).toEqual([['alice', 'pw']]);
  });
});
