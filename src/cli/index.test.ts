import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSim, SIM_KEYS } from '../sim/server';
import type { SimHandle } from '../sim/server';
import { MemoryKeyStore } from '../main/account/key-store';
import type { KeyStore } from '../main/account/key-store';
import { FakeKeychain } from '../main/account/testing/fake-keychain';
import { decodeBoundKey } from '../main/account/bound-key';
import type { Locale } from '../shared/i18n';
import { cliLocale, runCli } from './index';
import type { CliIO } from './types';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let sim: SimHandle;
let dir: string;

beforeAll(async () => {
  sim = await startSim({ seed: 'empty' });
});
afterAll(async () => {
  await sim.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(
  argv: string[],
  opts: { stdin?: string; env?: NodeJS.ProcessEnv; keyStore?: KeyStore; locale?: Locale; stdinHints?: string[] } = {},
): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIO = {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    readStdin: async (hint = 'cli.stdin.readText') => {
      opts.stdinHints?.push(hint);
      return opts.stdin ?? '';
    },
    env: { DEVIN_API_URL: sim.baseUrl, ...opts.env },
    cwd: dir,
    locale: opts.locale ?? 'en',
  };
  const code = await runCli(argv, io, { keyStore: opts.keyStore ?? new MemoryKeyStore(), userDataDir: dir });
  return { code, out, err };
}

const settingsFile = async () => JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;

describe('devin-tray whoami (real process)', () => {
  it('prints the /v3/self body plus the org as JSON, never the key', async () => {
    const child = spawn('npx', ['tsx', 'src/cli/index.ts', 'whoami', '--json'], {
      cwd: repoRoot,
      env: {
        PATH: process.env['PATH'],
        HOME: dir,
        XDG_CONFIG_HOME: join(dir, 'config'),
        DEVIN_API_KEY: SIM_KEYS.org,
        DEVIN_API_URL: sim.baseUrl,
        // A fresh HOME would make npm announce its own updates on stderr.
        npm_config_update_notifier: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Async on purpose: the sim answers from this process's event loop.
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));

    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      principal_type: 'service_user',
      service_user_id: 'service-user-sim',
      service_user_name: 'Sim Bot',
      org_id: 'org-sim',
    });
    // One spelling of the organization: the camelCase twin is gone (README: compatibility note).
    expect(stdout.match(/org_?id/gi)).toEqual(['org_id']);
    expect(stdout).not.toContain(SIM_KEYS.org);
  });
});

describe('runCli', () => {
  it('prints help with every command', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['whoami', 'login', 'logout', 'new', 'reply', 'archive', 'terminate', 'open']) expect(r.out).toContain(`  ${name} `);
    for (const code of ['0  done', '1  failed', '2  usage', '3  handoff']) expect(r.out).toContain(code);
    const one = await cli(['terminate', '--help']);
    expect(one.out).toContain('--yes');
    expect(one.out).toContain('Exit codes:');
    expect((await cli([])).code).toBe(2);
    expect(await cli(['login', '--help'])).toMatchObject({ code: 0, out: expect.stringContaining('--org') });
  });

  it('rejects unknown commands and options with exit 2, in the terminal language', async () => {
    expect(await cli(['frobnicate'])).toMatchObject({ code: 2, err: expect.stringContaining('Unknown command "frobnicate"') });
    expect(await cli(['frobnicate'], { locale: 'zh-CN' })).toMatchObject({ code: 2, err: expect.stringContaining('未知命令') });
    expect(await cli(['whoami', '--bogus'])).toMatchObject({ code: 2, err: expect.stringContaining('--bogus') });
    expect(await cli(['login', '--org'], { stdin: SIM_KEYS.org })).toMatchObject({ code: 2, err: expect.stringContaining('--org') });
  });

  it('logs in with a key from stdin, then whoami uses the stored key and org, then logout removes them', async () => {
    const keyStore = new MemoryKeyStore();
    const hints: string[] = [];
    const login = await cli(['login'], { stdin: `${SIM_KEYS.org}\n`, keyStore, stdinHints: hints });
    expect(login).toMatchObject({ code: 0, out: expect.stringContaining('Sim Bot') });
    // On a terminal, login asks for the key; `new -` asks for text, never for a key.
    await cli(['new', '-', '--json'], { stdin: 'Fix the flaky test\n', keyStore, stdinHints: hints });
    expect(hints).toEqual(['cli.login.readKey', 'cli.stdin.readText']);
    // Stored bound to the origin it was checked at (DEVIN_API_URL here).
    expect(decodeBoundKey((await keyStore.get()) ?? '')).toEqual({ key: SIM_KEYS.org, origin: sim.baseUrl });
    expect(await settingsFile()).toMatchObject({ accounts: [{ orgId: 'org-sim', keyEntry: 'api-key' }] });

    const who = await cli(['whoami'], { keyStore });
    expect(who.code).toBe(0);
    expect(who.out).toContain('Signed in as Sim Bot (service_user)');
    expect(who.out).toContain('org-sim');

    const logout = await cli(['logout'], { keyStore });
    expect(logout.code).toBe(0);
    expect(await keyStore.get()).toBeNull();
    expect(await settingsFile()).toMatchObject({ accounts: [] });

    const after = await cli(['whoami'], { keyStore });
    expect(after).toMatchObject({ code: 1, err: expect.stringContaining('devin-tray login') });
    expect(JSON.stringify([login, who, logout, after])).not.toContain(SIM_KEYS.org);
  });

  it('asks for --org with an enterprise key and stores nothing until it is given', async () => {
    const keyStore = new MemoryKeyStore();
    const listed = await cli(['login'], { stdin: SIM_KEYS.enterprise, keyStore });
    expect(listed.code).toBe(1);
    expect(listed.err).toContain('org-sim ');
    expect(listed.err).toContain('org-sim-2');
    expect(await keyStore.get()).toBeNull();

    const chosen = await cli(['login', '--org', 'org-sim-2'], { stdin: SIM_KEYS.enterprise, keyStore });
    expect(chosen).toMatchObject({ code: 0, out: expect.stringContaining('org-sim-2') });
    expect(decodeBoundKey((await keyStore.get()) ?? '')).toEqual({ key: SIM_KEYS.enterprise, origin: sim.baseUrl });
  });

  it('reports a rejected key localized, stores nothing and never echoes it', async () => {
    const keyStore = new MemoryKeyStore();
    const r = await cli(['login'], { stdin: 'cog_not_a_real_key', keyStore, locale: 'zh-CN' });
    expect(r.code).toBe(1);
    expect(r.err).toContain('401');
    expect(r.err).toContain('错误');
    expect(r.err).not.toContain('cog_not_a_real_key');
    expect(await keyStore.get()).toBeNull();
    expect(await cli(['login'], { stdin: '  ' })).toMatchObject({ code: 2 });
  });

  it('explains an unavailable keychain with the DEVIN_API_KEY way out', async () => {
    const keychain = new FakeKeychain();
    keychain.unavailable = true;
    const r = await cli(['login'], { stdin: SIM_KEYS.org, keyStore: keychain });
    expect(r.code).toBe(1);
    expect(r.err).toContain('keychain is not available');
    expect(r.err).toContain('DEVIN_API_KEY');
  });

  it('prefers DEVIN_API_KEY and DEVIN_ORG_ID over what is stored', async () => {
    const keyStore = new MemoryKeyStore(SIM_KEYS.org);
    const r = await cli(['whoami', '--json'], { keyStore, env: { DEVIN_API_KEY: SIM_KEYS.enterprise, DEVIN_ORG_ID: 'org-sim-2' } });
    expect(r.code).toBe(0);
    // org_id is the organization the CLI acts in (the enterprise key's own /v3/self has none).
    const body = JSON.parse(r.out) as Record<string, unknown>;
    expect(body).toMatchObject({ service_user_name: 'Sim Enterprise Bot', org_id: 'org-sim-2' });
    expect(body).not.toHaveProperty('orgId');
  });
});

describe('cliLocale', () => {
  it.each([
    [{ LANG: 'zh_CN.UTF-8' }, 'zh-CN'],
    [{ LC_ALL: 'zh_TW.UTF-8', LANG: 'en_US.UTF-8' }, 'zh-CN'],
    [{ LC_MESSAGES: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' }, 'zh-CN'],
    [{}, 'en'],
    [{ LANG: 'C' }, 'en'],
  ] as const)('%j → %s', (env, locale) => {
    expect(cliLocale(env)).toBe(locale);
  });
});
