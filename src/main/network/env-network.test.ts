import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIM_KEYS, startSim } from '../../sim/server';
import type { SimHandle } from '../../sim/server';
import { downloadFile } from '../attachments/download-file';
import { createEnvNetwork } from './env-network';
import { startProxiedSim } from './testing/proxied-sim';
import type { ProxiedSim } from './testing/proxied-sim';

let world: ProxiedSim;
let dir: string;

beforeAll(async () => {
  world = await startProxiedSim();
}, 60_000);
afterAll(async () => {
  await world?.close();
});
beforeEach(async () => {
  world.proxy.records.length = 0;
  world.openProxy.records.length = 0;
  world.sim.control.clearSecondOriginRequests();
  world.sim.control.clearFaults();
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-env-net-'));
  return () => rm(dir, { recursive: true, force: true });
});

const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');

describe('createEnvNetwork: downloads through a proxy', () => {
  it('resumes a cut download through the proxy, and never sends the key past the API origin', async () => {
    const { sim, ca } = world;
    const session = sim.control.createSession({ title: 'resume' });
    const att = sim.control.addSessionAttachment(session.session_id, { name: 'big.bin', size: 2_000_000, pattern: 'seeded', seed: 9 });
    // Storage cuts the first response after 700 kB.
    sim.control.addFault({ path: `/org-sim/${att.attachment_id}`, kind: 'truncate', truncateAfter: 700_000, origin: 'second' });
    const network = createEnvNetwork({ HTTPS_PROXY: world.proxyUrlWithCredentials }, { tunnelCa: [ca.caPem] });
    try {
      const result = await downloadFile({
        // The download route on the API host (key), then its 307 to the storage host (no key).
        url: att.download_url,
        dir,
        name: att.name,
        httpGet: network.downloadGet,
        auth: { origin: 'https://devin.invalid', getHeader: () => `Bearer ${SIM_KEYS.org}` },
        retry: { baseDelayMs: 1, maxDelayMs: 2 },
      });
      expect(result).toMatchObject({ bytes: 2_000_000, resumed: true });
      expect(await sha256(result.path)).toBe(att.sha256);
    } finally {
      await network.dispose();
    }
    const cdn = sim.control.getSecondOriginRequests();
    expect(cdn.length).toBeGreaterThanOrEqual(2);
    expect(cdn.some((r) => /^bytes=\d+-/.test(String(r.headers['range'] ?? '')))).toBe(true);
    expect(cdn.every((r) => !r.hadAuth)).toBe(true);
    const targets = world.proxy.records.map((r) => `${r.kind} ${r.target}`);
    expect(targets).toContain('connect devin.invalid:443');
    expect(targets).toContain('connect files.invalid:443');
    expect(JSON.stringify(world.proxy.records)).not.toContain(SIM_KEYS.org);
  });

  it('keeps loopback downloads on the fast client, never the proxy', async () => {
    const local: SimHandle = await startSim({ seed: 'empty' });
    const network = createEnvNetwork({ HTTPS_PROXY: world.openProxy.url, HTTP_PROXY: world.openProxy.url });
    try {
      const session = local.control.createSession({ title: 'local' });
      const att = local.control.addSessionAttachment(session.session_id, { name: 'a.bin', size: 50_000, pattern: 'seeded' });
      const auth = { origin: local.baseUrl, getHeader: () => `Bearer ${SIM_KEYS.org}` };
      const result = await downloadFile({ url: att.download_url, dir, name: att.name, httpGet: network.downloadGet, auth });
      expect(await sha256(result.path)).toBe(att.sha256);
      expect(await network.routeFor(new URL(att.download_url))).toEqual({ kind: 'direct', source: 'loopback' });
    } finally {
      await network.dispose();
      await local.close();
    }
    expect(world.openProxy.records).toEqual([]);
  });
});

describe('createEnvNetwork: what it refuses', () => {
  it('refuses to send credentials to an http:// URL through a proxy, before anything is sent', async () => {
    const network = createEnvNetwork({ HTTP_PROXY: world.openProxy.url });
    try {
      await expect(network.fetch('http://devin.invalid/v3/self', { headers: { Authorization: 'Bearer cog_secret_key' } })).rejects.toMatchObject({
        code: 'PROXY_PLAINTEXT_KEY',
        params: { host: 'devin.invalid', proxy: `127.0.0.1:${world.openProxy.port}` },
      });
      await expect(network.downloadGet(new URL('http://devin.invalid/files/x'), { headers: { Authorization: 'Bearer cog_secret_key' }, signal: new AbortController().signal })).rejects.toMatchObject({
        code: 'PROXY_PLAINTEXT_KEY',
      });
    } finally {
      await network.dispose();
    }
    expect(world.openProxy.records).toEqual([]);
  });

  it('reports an unusable proxy variable on use, not at start', async () => {
    const network = createEnvNetwork({ HTTPS_PROXY: 'ftp://user:hunter2@proxy:21' });
    await expect(network.fetch('https://api.devin.ai/v3/self')).rejects.toMatchObject({ code: 'PROXY_ENV_INVALID' });
    await expect(network.routeFor(new URL('https://api.devin.ai'))).rejects.toThrow(/HTTPS_PROXY is not a usable proxy URL: unsupported scheme ftp/);
    await network.dispose();
  });
});
