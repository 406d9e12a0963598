import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Keychain } from './keychain';
import type { AppError } from '../../shared/errors';
import { encodeBoundKey } from './bound-key';
import { createAccountsService } from '../accounts/accounts-service';
import { openSettingsStore } from '../settings/settings-store';
import { startSim, SIM_KEYS } from '../../sim/server';

/*
 * The keychain against a REAL Secret Service: a private D-Bus session bus and a throw-away
 * gnome-keyring in a temp HOME. The bus config has no service directories, so D-Bus cannot
 * auto-start the user's own keyring daemon behind our back. If the daemons cannot be started,
 * the tests fail with the reason; they never skip.
 */

const BUS_CONFIG = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=%DIR%</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

let root: string;
let busAddress: string;
let busPid: number;
let keyringDaemon: ChildProcess | undefined;
let keyringStderr = '';
const savedBus = process.env['DBUS_SESSION_BUS_ADDRESS'];
// A per-run account so nothing here can collide with a real key.
const account = `test-${process.pid}`;
const service = 'devin-tray-test';
const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '../../..');

function startPrivateBus(dir: string, configPath: string): { address: string; pid: number } {
  const result = spawnSync('dbus-daemon', [`--config-file=${configPath}`, '--fork', '--print-address=1', '--print-pid=1'], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (result.error) throw new Error(`cannot run dbus-daemon (install dbus): ${result.error.message}`);
  const [address, pid] = result.stdout.trim().split('\n');
  if (result.status !== 0 || !address || !pid) {
    throw new Error(`dbus-daemon did not start in ${dir}: status ${result.status}, stderr: ${result.stderr.trim()}`);
  }
  return { address: address.trim(), pid: Number(pid) };
}

function secretServiceIsOwned(address: string): boolean {
  const r = spawnSync(
    'dbus-send',
    [
      `--bus=${address}`,
      '--print-reply',
      '--dest=org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      'string:org.freedesktop.secrets',
    ],
    { encoding: 'utf8', timeout: 5_000 },
  );
  return r.status === 0 && r.stdout.includes('boolean true');
}

async function startGnomeKeyring(address: string, home: string): Promise<ChildProcess> {
  const runtime = join(home, 'run');
  await mkdir(runtime, { recursive: true, mode: 0o700 });
  const child = spawn('gnome-keyring-daemon', ['--foreground', '--unlock', '--components=secrets'], {
    env: {
      PATH: process.env['PATH'],
      HOME: home,
      XDG_DATA_HOME: join(home, 'data'),
      XDG_CONFIG_HOME: join(home, 'config'),
      XDG_RUNTIME_DIR: runtime,
      DBUS_SESSION_BUS_ADDRESS: address,
    },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => (keyringStderr += chunk.toString()));
  let spawnError: Error | undefined;
  child.on('error', (err) => (spawnError = err));
  // --unlock reads the new login keyring's password from stdin.
  child.stdin?.end('throw-away-password');
  for (let attempt = 0; attempt < 100; attempt++) {
    if (spawnError) throw new Error(`cannot run gnome-keyring-daemon (install gnome-keyring): ${spawnError.message}`);
    if (child.exitCode !== null) {
      throw new Error(`gnome-keyring-daemon exited with ${child.exitCode}: ${keyringStderr.trim()}`);
    }
    if (secretServiceIsOwned(address)) return child;
    await sleep(100);
  }
  child.kill();
  throw new Error(`gnome-keyring-daemon never registered org.freedesktop.secrets: ${keyringStderr.trim()}`);
}

function lookupWithSecretTool(attrs: Record<string, string>): string {
  const r = spawnSync('secret-tool', ['lookup', ...Object.entries(attrs).flat()], {
    encoding: 'utf8',
    timeout: 5_000,
    env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: busAddress },
  });
  return r.stdout;
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'devin-tray-keyring-'));
  const configPath = join(root, 'bus.conf');
  await writeFile(configPath, BUS_CONFIG.replace('%DIR%', root));
  ({ address: busAddress, pid: busPid } = startPrivateBus(root, configPath));
  // keyring-rs connects to the session bus named in the environment of this process.
  process.env['DBUS_SESSION_BUS_ADDRESS'] = busAddress;
});

afterAll(async () => {
  if (savedBus === undefined) delete process.env['DBUS_SESSION_BUS_ADDRESS'];
  else process.env['DBUS_SESSION_BUS_ADDRESS'] = savedBus;
  keyringDaemon?.kill();
  if (busPid) {
    try {
      process.kill(busPid);
    } catch {
      // already gone
    }
  }
  if (root) await rm(root, { recursive: true, force: true });
});

describe('Keychain without a reachable Secret Service', () => {
  // libdbus caches the session bus address for the life of a process, so each broken bus is
  // probed in a fresh Node process running the real Keychain through tsx.
  function probeInChild(env: NodeJS.ProcessEnv): Record<string, unknown> {
    const script = [
      `const { Keychain } = require(${JSON.stringify(join(here, 'keychain.ts'))});`,
      `new Keychain({ service: ${JSON.stringify(service)}, account: ${JSON.stringify(account)} })`,
      `  .set('cog_never_stored')`,
      `  .then(() => console.log(JSON.stringify({ stored: true })),`,
      `    (e) => console.log(JSON.stringify({ name: e.name, code: e.code, message: e.message, details: e.details, params: e.params })));`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: repoRoot,
      env,
      encoding: 'utf8',
      timeout: 20_000,
    });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (!line.startsWith('{')) throw new Error(`probe failed (status ${r.status}): ${r.stderr.trim()}`);
    return JSON.parse(line) as Record<string, unknown>;
  }

  it('reports KEYCHAIN_UNAVAILABLE (no D-Bus) when the bus address is bogus', () => {
    const result = probeInChild({ ...process.env, DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(root, 'no-such-bus')}` });
    expect(result).toMatchObject({ name: 'AppError', code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'noDbus' } });
    expect(result['params']).toMatchObject({ detail: expect.stringMatching(/D-Bus/) });
    expect(JSON.stringify(result)).not.toContain('cog_never_stored');
  });

  it('reports KEYCHAIN_UNAVAILABLE (no D-Bus) when no session bus is configured at all', () => {
    const env = { ...process.env };
    delete env['DBUS_SESSION_BUS_ADDRESS'];
    delete env['DISPLAY'];
    const result = probeInChild(env);
    expect(result).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'noDbus' } });
  });

  it('reports KEYCHAIN_UNAVAILABLE (no Secret Service) on a bus where nobody provides it', async () => {
    const err = await new Keychain({ service, account }).set('cog_never_stored').catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE', details: { reason: 'noSecretService' } });
    // The key itself never shows up in what we report.
    expect(JSON.stringify({ m: (err as Error).message, d: (err as AppError).details, p: (err as AppError).params })).not.toContain(
      'cog_never_stored',
    );
  });
});

describe('Keychain against gnome-keyring', () => {
  beforeAll(async () => {
    keyringDaemon = await startGnomeKeyring(busAddress, join(root, 'home'));
  });

  it('stores, reads and deletes the key in the Secret Service', async () => {
    const keychain = new Keychain({ service, account });
    expect(await keychain.get()).toBeNull();

    await keychain.set('cog_secret_service_roundtrip');
    expect(await keychain.get()).toBe('cog_secret_service_roundtrip');
    // Really in the Secret Service (not the kernel keyring): another client sees it.
    expect(lookupWithSecretTool({ service, username: account })).toBe('cog_secret_service_roundtrip');

    await keychain.set('cog_replaced');
    expect(await keychain.get()).toBe('cog_replaced');

    await keychain.delete();
    expect(await keychain.get()).toBeNull();
    expect(lookupWithSecretTool({ service, username: account })).toBe('');
    // Deleting nothing is not an error.
    await keychain.delete();
  });

  it('keeps entries for different accounts apart', async () => {
    const a = new Keychain({ service, account: `${account}-a` });
    const b = new Keychain({ service, account: `${account}-b` });
    await a.set('cog_for_a');
    expect(await b.get()).toBeNull();
    await b.set('cog_for_b');
    expect(await a.get()).toBe('cog_for_a');
    await a.delete();
    expect(await b.get()).toBe('cog_for_b');
    await b.delete();
  });

  it('several accounts (#16): the single account of a v2 settings file keeps its entry; a second one gets its own', async () => {
    const sims = await Promise.all([startSim({ seed: 'empty' }), startSim({ seed: 'empty' })]);
    const dataDir = await mkdtemp(join(root, 'accounts-'));
    // Entries under this run's test account name, so nothing touches a real key.
    const keychainFor = (entry: string) => new Keychain({ service, account: `${account}:${entry}` });
    try {
      // The previous version wrote these: one org at the top level, the key in the 'api-key' entry.
      await writeFile(join(dataDir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: sims[0]!.baseUrl, orgId: 'org-sim', keyInKeychain: true }));
      await keychainFor('api-key').set(encodeBoundKey(SIM_KEYS.org, sims[0]!.baseUrl));

      const settings = await openSettingsStore({ dir: dataDir });
      const accounts = createAccountsService({ settings, keychainFor, env: {}, newId: () => 'second' });
      expect(await accounts.restoreAll()).toEqual([]);
      expect(accounts.view()).toMatchObject({ signedIn: true, keyStore: 'keychain', orgId: 'org-sim' });

      await accounts.add({ label: 'Personal', key: SIM_KEYS.pat, apiBaseUrl: sims[1]!.baseUrl });
      // Two entries in the Secret Service, each bound to its own origin (another client sees them).
      expect(JSON.parse(lookupWithSecretTool({ service, username: `${account}:api-key` }))).toMatchObject({ key: SIM_KEYS.org, origin: sims[0]!.baseUrl });
      expect(JSON.parse(lookupWithSecretTool({ service, username: `${account}:api-key.second` }))).toMatchObject({ key: SIM_KEYS.pat, origin: sims[1]!.baseUrl });
      await accounts.dispose();

      // A restart signs both in from the Secret Service; removing one leaves the other's entry.
      const again = createAccountsService({ settings: await openSettingsStore({ dir: dataDir }), keychainFor, env: {} });
      expect(await again.restoreAll()).toEqual([]);
      expect(again.accounts().accounts.map((a) => [a.label, a.signedIn])).toEqual([
        ['default', true],
        ['Personal', true],
      ]);
      await again.remove('account-1');
      expect(lookupWithSecretTool({ service, username: `${account}:api-key` })).toBe('');
      expect(lookupWithSecretTool({ service, username: `${account}:api-key.second` })).not.toBe('');
      await again.remove('second');
      expect(lookupWithSecretTool({ service, username: `${account}:api-key.second` })).toBe('');
      await again.dispose();
    } finally {
      await Promise.all(sims.map((s) => s.close()));
    }
  });
});
