import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIM_KEYS } from '../sim/server';
import type { SimHandle } from '../sim/server';
import { PROXY_PASSWORD, PROXY_USER, startProxiedSim } from '../main/network/testing/proxied-sim';
import type { ProxiedSim } from '../main/network/testing/proxied-sim';
import type { ThrowawayCa } from '../main/network/testing/throwaway-ca';
import type { RecordingProxy } from '../main/network/testing/recording-proxy';

/**
 * The CLI as users run it (a real process), behind a real proxy. devin-sim answers as
 * https://devin.invalid (API) and https://files.invalid (the 307 target for downloads): names
 * that resolve nowhere, so the CLI can only reach them through the proxy (see proxied-sim.ts).
 */

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const tsx = join(repoRoot, 'node_modules/.bin/tsx');

let world: ProxiedSim;
let sim: SimHandle;
let ca: ThrowawayCa;
let proxy: RecordingProxy;
let openProxy: RecordingProxy;
let home: string;
let sessionId: string;
const files: { name: string; sha256: string }[] = [];

beforeAll(async () => {
  world = await startProxiedSim();
  ({ sim, ca, proxy, openProxy } = world);
  const session = sim.control.createSession({ title: 'proxied' });
  sessionId = session.session_id;
  // Every download goes by the documented route, then its 307 to storage (files.invalid).
  for (const [name, seed] of [['first.bin', 1], ['second.bin', 2]] as const) {
    const a = sim.control.addSessionAttachment(sessionId, { name, size: 300_000, pattern: 'seeded', seed });
    files.push({ name, sha256: a.sha256 });
  }
}, 60_000);

afterAll(async () => {
  await world?.close();
});

beforeEach(async () => {
  proxy.records.length = 0;
  openProxy.records.length = 0;
  sim.control.clearSecondOriginRequests();
  home = await mkdtemp(join(tmpdir(), 'devin-tray-proxy-cli-'));
  return () => rm(home, { recursive: true, force: true });
});

const proxyUrl = (p: RecordingProxy, withCredentials = true) =>
  withCredentials ? `http://${PROXY_USER}:${PROXY_PASSWORD}@127.0.0.1:${p.port}` : p.url;

interface Run {
  code: number | null;
  out: string;
  err: string;
}

/** Runs `devin-tray ARGS` in a fresh process with only the given environment (plus PATH and a temp HOME). */
async function cli(args: string[], env: Record<string, string>): Promise<Run> {
  const child = spawn(tsx, ['src/cli/index.ts', ...args], {
    cwd: repoRoot,
    env: {
      PATH: process.env['PATH'],
      HOME: home,
      XDG_CONFIG_HOME: join(home, 'config'),
      LANG: 'en_US.UTF-8',
      DEVIN_API_KEY: SIM_KEYS.org,
      DEVIN_ORG_ID: 'org-sim',
      DEVIN_API_URL: 'https://devin.invalid',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  // Async on purpose: the sim, the TLS front and the proxy answer from this process's event loop.
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, out, err };
}

const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

describe('the CLI behind a proxy (HTTPS_PROXY / HTTP_PROXY / NO_PROXY, NODE_EXTRA_CA_CERTS)', () => {
  it('reaches the API only through HTTPS_PROXY: a CONNECT tunnel with the proxy credentials, the key inside TLS', async () => {
    const r = await cli(['whoami', '--json'], { HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: ca.caFile });
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(JSON.parse(r.out)).toMatchObject({ org_id: 'org-sim', service_user_name: 'Sim Bot' });

    expect(proxy.records.length).toBeGreaterThan(0);
    for (const rec of proxy.records) {
      expect(rec).toMatchObject({ kind: 'connect', target: 'devin.invalid:443', status: 200 });
      expect(rec.headers['proxy-authorization']).toBe(`Basic ${Buffer.from(`${PROXY_USER}:${PROXY_PASSWORD}`).toString('base64')}`);
      // The proxy saw the CONNECT line and nothing readable of the API request.
      expect(rec.headers['authorization']).toBeUndefined();
      expect(JSON.stringify(rec.headers)).not.toContain(SIM_KEYS.org);
      expect(rec.tunnelledBytes).toBeGreaterThan(0);
    }
    expect(r.out + r.err).not.toContain(PROXY_PASSWORD);
  });

  it('downloads through the proxy too (lower-case https_proxy), and the CDN after the 307 never gets the key', async () => {
    const dir = join(home, 'out');
    const r = await cli(['attachments', sessionId, '--download', dir, '--json'], { https_proxy: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: ca.caFile });
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    const saved = (await readdir(dir)).sort();
    expect(saved).toEqual(files.map((f) => f.name).sort());
    for (const f of files) expect(await sha256(join(dir, f.name))).toBe(f.sha256);

    const targets = new Set(proxy.records.map((rec) => `${rec.kind} ${rec.target} ${rec.status}`));
    expect(targets).toEqual(new Set(['connect devin.invalid:443 200', 'connect files.invalid:443 200']));
    const cdn = sim.control.getSecondOriginRequests();
    expect(cdn.length).toBeGreaterThan(0);
    expect(cdn.every((req) => !req.hadAuth)).toBe(true);
    expect(r.out + r.err).not.toContain(PROXY_PASSWORD);
  });

  it('uses HTTP_PROXY for https when no HTTPS proxy is set, for API calls and downloads', async () => {
    const r = await cli(['whoami'], { HTTP_PROXY: openProxy.url, NODE_EXTRA_CA_CERTS: ca.caFile });
    expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });
    expect(r.out).toContain('Sim Bot');
    expect(openProxy.records.map((rec) => rec.target)).toContain('devin.invalid:443');

    openProxy.records.length = 0;
    const dir = join(home, 'out');
    const d = await cli(['attachments', sessionId, '--download', dir, '--json'], { HTTP_PROXY: openProxy.url, NODE_EXTRA_CA_CERTS: ca.caFile });
    expect({ code: d.code, err: d.err }).toEqual({ code: 0, err: '' });
    for (const f of files) expect(await sha256(join(dir, f.name))).toBe(f.sha256);
    expect(new Set(openProxy.records.map((rec) => `${rec.kind} ${rec.target} ${rec.status}`))).toEqual(new Set(['connect devin.invalid:443 200', 'connect files.invalid:443 200']));
  });

  it('bypasses the proxy for NO_PROXY hosts: nothing reaches the proxy, and the name does not resolve', async () => {
    const r = await cli(['whoami'], { HTTPS_PROXY: openProxy.url, NO_PROXY: 'localhost,.invalid', NODE_EXTRA_CA_CERTS: ca.caFile });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/The name devin\.invalid does not resolve \((ENOTFOUND|EAI_AGAIN)\)/);
    expect(openProxy.records).toEqual([]);
  });

  it('applies NO_PROXY per host to downloads: the API through the proxy, the storage host after the 307 direct', async () => {
    const dir = join(home, 'out');
    const r = await cli(['attachments', sessionId, '--download', dir], { https_proxy: openProxy.url, no_proxy: 'FILES.invalid', NODE_EXTRA_CA_CERTS: ca.caFile });
    expect(r.code).toBe(1);
    // The route answered through the proxy; storage was looked up directly (case-insensitive match), where it does not resolve.
    expect(r.out + r.err).toMatch(/ENOTFOUND files\.invalid|files\.invalid.*(ENOTFOUND|EAI_AGAIN)/);
    expect(new Set(openProxy.records.map((rec) => rec.target))).toEqual(new Set(['devin.invalid:443']));
    expect(openProxy.records.filter((rec) => rec.target === 'devin.invalid:443').length).toBeGreaterThan(0);
    const saved = await readdir(dir).catch(() => [] as string[]);
    expect(saved.filter((n) => !n.endsWith('.part'))).toEqual([]);
  });

  it('fails with a clear certificate message when the CA is not given, and doctor names the certificate', async () => {
    const r = await cli(['whoami'], { HTTPS_PROXY: openProxy.url });
    expect(r.code).toBe(1);
    expect(r.err).toContain('The certificate presented for devin.invalid is not trusted (UNABLE_TO_VERIFY_LEAF_SIGNATURE)');
    expect(r.err).toContain('NODE_EXTRA_CA_CERTS');

    const doctor = await cli(['doctor'], { HTTPS_PROXY: openProxy.url });
    expect(doctor.code).toBe(1);
    expect(doctor.out).toContain(`Proxy: 127.0.0.1:${openProxy.port} (from HTTPS_PROXY)`);
    expect(doctor.out).toContain('✗ Failed at: TLS certificate');
    expect(doctor.out).toContain('Certificate: CN=devin.invalid');
    expect(doctor.out).toContain('Issued by: CN=Devin Tray Test CA, O=devin-tray tests');
    expect(doctor.out).not.toContain(SIM_KEYS.org);
  });

  it('doctor: works through the proxy, and says when the proxy wants credentials', async () => {
    const ok = await cli(['doctor'], { HTTPS_PROXY: proxyUrl(proxy), NODE_EXTRA_CA_CERTS: ca.caFile });
    expect({ code: ok.code, err: ok.err }).toEqual({ code: 0, err: '' });
    expect(ok.out).toContain(`Proxy: 127.0.0.1:${proxy.port} (from HTTPS_PROXY), with credentials`);
    expect(ok.out).toContain(`Extra CA certificates: ${ca.caFile}`);
    expect(ok.out).toMatch(/✓ Connected to devin\.invalid in \d+ ms\. The API key works\./);
    expect(ok.out).not.toContain(PROXY_PASSWORD);

    const json = await cli(['doctor', '--json'], { HTTPS_PROXY: proxy.url, NODE_EXTRA_CA_CERTS: ca.caFile });
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      failure: { stage: 'proxyAuth', status: 407 },
      route: { kind: 'proxy', source: 'env', envVar: 'HTTPS_PROXY', display: `127.0.0.1:${proxy.port}` },
    });
  });

  it('never sends the key to an http:// API through a proxy (the API URL must be https unless on this computer)', async () => {
    const r = await cli(['whoami'], { DEVIN_API_URL: 'http://devin.invalid', HTTP_PROXY: openProxy.url });
    expect(r.code).toBe(1);
    expect(r.err).toContain('the API URL must use https');
    expect(openProxy.records).toEqual([]);
  });
});
