import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startSim, SIM_KEYS } from '../../sim/server';
import type { SimHandle } from '../../sim/server';

/*
 * Memory-only sign-in with a keychain that is REALLY unavailable: a child process whose
 * DBUS_SESSION_BUS_ADDRESS names no bus (libdbus reads it once per process, so it has to be a
 * process of its own), using the real Keychain class. An enterprise key → pick an org → Continue
 * fails with the keychain's reason → Continue in memory signs in.
 */

const repoRoot = resolve(__dirname, '../../..');
let sim: SimHandle;
let dir: string;
beforeEach(async () => {
  sim = await startSim({ seed: 'empty' });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-no-dbus-'));
});
afterEach(async () => {
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

describe('sign-in with no D-Bus session (real keychain, unreachable)', () => {
  it('an enterprise key gets past the org step in memory instead of repeating the keychain error', async () => {
    const child = spawn('npx', ['tsx', 'src/main/account/testing/sign-in-without-keychain.ts', sim.baseUrl, dir, SIM_KEYS.enterprise], {
      cwd: repoRoot,
      env: {
        PATH: process.env['PATH'],
        HOME: dir,
        DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(dir, 'no-such-bus')}`,
        npm_config_update_notifier: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // Async on purpose: the sim answers from this process's event loop.
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });

    const result = JSON.parse(stdout) as Record<string, unknown>;
    expect(result).toMatchObject({
      // A fresh start without a keychain reports nothing.
      restored: null,
      status: 'chooseOrg',
      orgs: ['org-sim', 'org-sim-2'],
      firstContinue: { code: 'KEYCHAIN_UNAVAILABLE', reason: 'noDbus' },
      inMemory: { signedIn: true, needsOrg: false, orgId: 'org-sim-2', keyStore: 'memory', keychainUnavailable: true },
      listed: true,
    });
  }, 60_000);
});
