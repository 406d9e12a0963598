import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, SIM_KEYS } from '../sim/server';
import type { SimHandle } from '../sim/server';
import { FakeKeychain } from '../main/account/testing/fake-keychain';
import { runCli } from './index';
import type { CliIO } from './types';

/** Several accounts from the CLI (#16): two devin-sims, one account on each. */
let simA: SimHandle;
let simB: SimHandle;
let dir: string;
let keychains: Map<string, FakeKeychain>;

beforeAll(async () => {
  [simA, simB] = await Promise.all([startSim({ seed: 'empty' }), startSim({ seed: 'demo' })]);
});
afterAll(async () => {
  await Promise.all([simA.close(), simB.close()]);
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-cli-accounts-'));
  keychains = new Map();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function cli(argv: string[], opts: { stdin?: string; env?: NodeJS.ProcessEnv } = {}) {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), readStdin: async () => opts.stdin ?? '', env: { ...opts.env }, cwd: dir, locale: 'en' };
  const keyStoreFor = (entry: string) => {
    let k = keychains.get(entry);
    if (!k) keychains.set(entry, (k = new FakeKeychain()));
    return k;
  };
  const code = await runCli(argv, io, { keyStoreFor, userDataDir: dir });
  return { code, out, err };
}

const settingsPath = () => join(dir, 'settings.json');
async function setApiUrl(url: string) {
  let current: Record<string, unknown> = { version: 3 };
  try {
    current = JSON.parse(await readFile(settingsPath(), 'utf8')) as Record<string, unknown>;
  } catch {
    // first run
  }
  await writeFile(settingsPath(), JSON.stringify({ ...current, apiBaseUrl: url }));
}

/** Two accounts: "Work" on sim A (org key), "Personal" on sim B (a personal token). */
async function twoAccounts() {
  await setApiUrl(simA.baseUrl);
  expect(await cli(['login', '--account', 'Work'], { stdin: SIM_KEYS.org })).toMatchObject({ code: 0, out: expect.stringContaining('Work') });
  await setApiUrl(simB.baseUrl);
  expect(await cli(['--account=Personal', 'login'], { stdin: SIM_KEYS.pat })).toMatchObject({ code: 0 });
}

describe('CLI with several accounts (#16)', () => {
  it('login --account adds accounts, each key in its own entry; accounts --json lists them without keys', async () => {
    await twoAccounts();
    const listed = await cli(['accounts', '--json']);
    expect(listed.code).toBe(0);
    const rows = JSON.parse(listed.out) as Record<string, unknown>[];
    expect(rows).toEqual([
      { id: expect.any(String), label: 'Work', api_url: simA.baseUrl, org_id: 'org-sim', current: true },
      { id: expect.any(String), label: 'Personal', api_url: simB.baseUrl, org_id: 'org-sim', current: false },
    ]);
    expect(listed.out).not.toContain('cog_');
    expect([...keychains.values()].map((k) => k.stored)).toEqual([
      { key: SIM_KEYS.org, origin: simA.baseUrl },
      { key: SIM_KEYS.pat, origin: simB.baseUrl },
    ]);
    const human = await cli(['accounts']);
    expect(human.out).toMatch(/^\* Work +org-sim/m);
    expect(human.out).toMatch(/^ {2}Personal/m);
  });

  it('--account picks the account for every command, before or after the command; an unknown label exits 2 naming the labels', async () => {
    await twoAccounts();
    const onB = await cli(['sessions', '--json', '--account', 'personal']);
    expect(onB.code).toBe(0);
    const bTitles = (JSON.parse(onB.out) as { title: string | null }[]).map((s) => s.title);
    expect(bTitles.length).toBeGreaterThan(0); // the demo seed
    simA.control.createSession({ title: 'Only in A' });
    const onA = await cli(['--account', 'Work', 'sessions', '--json']);
    expect((JSON.parse(onA.out) as { title: string | null }[]).map((s) => s.title)).toEqual(['Only in A']);
    // Without --account: the current account (Work).
    expect((await cli(['whoami'])).out).toContain('Sim Bot');
    expect((await cli(['whoami', '--account', 'Personal'])).out).toContain('Sim Person');

    for (const argv of [['sessions', '--account', 'Nope'], ['whoami', '--account=Nope'], ['checkout', 'devin-x', '--account', 'Nope']]) {
      const bad = await cli(argv);
      expect(bad.code).toBe(2);
      expect(bad.err).toContain('No account is labelled “Nope”. Accounts: Work, Personal');
    }
    expect(await cli(['sessions', '--account'])).toMatchObject({ code: 2, err: expect.stringContaining('--account') });
    // DEVIN_API_KEY is an account of its own: naming a stored one beside it is refused.
    expect(await cli(['whoami', '--account', 'Work'], { env: { DEVIN_API_KEY: SIM_KEYS.org, DEVIN_API_URL: simA.baseUrl } })).toMatchObject({ code: 1, err: expect.stringContaining('DEVIN_API_KEY') });
  });

  it('login --account with a label in use replaces that key; logout --account removes only that account', async () => {
    await twoAccounts();
    // The account keeps its own API URL (not the one for new sign-ins).
    await setApiUrl(simA.baseUrl);
    expect((await cli(['login', '--account', 'PERSONAL'], { stdin: SIM_KEYS.readonly })).code).toBe(0);
    const rows = JSON.parse((await cli(['accounts', '--json'])).out) as { label: string; api_url: string }[];
    expect(rows.map((r) => [r.label, r.api_url])).toEqual([
      ['Work', simA.baseUrl],
      ['Personal', simB.baseUrl],
    ]);
    expect([...keychains.values()].map((k) => k.stored?.key).filter(Boolean).sort()).toEqual([SIM_KEYS.org, SIM_KEYS.readonly].sort());

    expect((await cli(['logout', '--account', 'Work'])).code).toBe(0);
    expect((JSON.parse((await cli(['accounts', '--json'])).out) as { label: string; current: boolean }[]).map((r) => [r.label, r.current])).toEqual([['Personal', true]]);
    expect(keychains.get('api-key')?.key).toBeNull();
    expect((await cli(['whoami'])).code).toBe(0);
  });

  it('an enterprise key with login --account needs --org; nothing is stored before', async () => {
    await setApiUrl(simA.baseUrl);
    const listed = await cli(['login', '--account', 'Ent'], { stdin: SIM_KEYS.enterprise });
    expect(listed.code).toBe(1);
    expect(listed.err).toContain('org-sim-2');
    expect(JSON.parse((await cli(['accounts', '--json'])).out)).toEqual([]);
    expect((await cli(['login', '--account', 'Ent', '--org', 'org-sim-2'], { stdin: SIM_KEYS.enterprise })).code).toBe(0);
    expect(JSON.parse((await cli(['accounts', '--json'])).out)).toMatchObject([{ label: 'Ent', org_id: 'org-sim-2' }]);
  });
});
