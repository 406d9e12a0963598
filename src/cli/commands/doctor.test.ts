import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryKeyStore } from '../../main/account/key-store';
import type { Locale } from '../../shared/i18n';
import type { ConnectionReport } from '../../shared/network';
import { startSim, SIM_KEYS } from '../../sim/server';
import type { SimHandle } from '../../sim/server';
import { runCli } from '../index';
import type { CliIO } from '../types';
import { formatReport } from './doctor';

/** `doctor` in process (the proxied, real-process runs are in src/cli/proxy.test.ts). */

let sim: SimHandle;
let dir: string;
beforeAll(async () => {
  sim = await startSim({ seed: 'empty' });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-doctor-'));
});
afterAll(async () => {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

function io(locale: Locale, env: NodeJS.ProcessEnv = {}): CliIO & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async () => '',
    env: { DEVIN_API_URL: sim.baseUrl, DEVIN_API_KEY: SIM_KEYS.org, ...env },
    cwd: dir,
    locale,
    out: () => out,
    err: () => err,
  };
}

const run = (argv: string[], terminal: CliIO) => runCli(argv, terminal, { keyStore: new MemoryKeyStore(), userDataDir: dir });

describe('devin-tray doctor', () => {
  it('checks the API directly when no proxy is set: exit 0, and the key works', async () => {
    const t = io('en');
    expect(await run(['doctor'], t)).toBe(0);
    expect(t.out()).toContain('Proxy: Direct: 127.0.0.1:');
    expect(t.out()).toMatch(/✓ Connected to 127\.0\.0\.1:\d+ in \d+ ms\. The API key works\./);
  });

  it.each([
    ['en', 'Proxy: HTTPS_PROXY cannot be used (see below)', 'HTTPS_PROXY cannot be used as a proxy URL: the scheme ftp is not supported'],
    ['zh-CN', '代理：HTTPS_PROXY 无法使用（见下文）', 'HTTPS_PROXY 不能用作代理 URL：不支持 ftp 协议'],
  ] as const)('names an unusable proxy variable instead of claiming "Direct" (%s)', async (locale, routeLine, reason) => {
    // Not loopback, so the variable matters: nothing may go out while it cannot be read.
    const env = { DEVIN_API_URL: 'https://api.devin.ai', HTTPS_PROXY: 'ftp://alice:hunter2@proxy.corp:21' };
    const doctor = io(locale, env);
    expect(await run(['doctor'], doctor)).toBe(1);
    expect(doctor.out()).toContain(routeLine);
    expect(doctor.out()).toContain(reason);
    expect(doctor.out()).not.toContain('hunter2');

    // Any other command stops with the same words, in the same language.
    const whoami = io(locale, env);
    expect(await run(['whoami'], whoami)).toBe(1);
    expect(whoami.err()).toContain(reason);
    expect(whoami.err()).not.toContain('hunter2');
  });

  it('shows a refused certificate with its dates in the reader’s locale (UTC)', () => {
    const report: ConnectionReport = {
      apiUrl: 'https://api.devin.ai',
      route: { kind: 'direct', source: 'none' },
      stack: 'env',
      extraCaFile: null,
      ok: false,
      failure: { stage: 'tls', code: 'SELF_SIGNED_CERT_IN_CHAIN', tls: 'untrusted' },
      certificate: {
        subject: 'CN=api.devin.ai',
        issuer: 'CN=Corp Inspection CA, O=Corp',
        root: 'CN=Corp Root, O=Corp',
        validFrom: '2026-01-02T03:04:05.000Z',
        validTo: 'not a date',
        fingerprint256: 'AB:CD',
        verifyError: 'SELF_SIGNED_CERT_IN_CHAIN',
      },
      status: null,
      keySent: false,
      ms: 12,
    };
    expect(formatReport(report, io('en'))).toContain('Valid: Jan 2, 2026, 3:04 AM UTC – not a date');
    expect(formatReport(report, io('zh-CN'))).toContain('有效期：2026年1月2日 UTC 03:04 – not a date');
    expect(formatReport(report, io('zh-CN'))).toContain('证书链终点：CN=Corp Root, O=Corp');
  });
});
