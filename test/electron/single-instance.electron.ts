import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { Keychain } from '../../src/main/account/keychain';
import { startSim } from '../../src/sim/server';
import type { SimHandle } from '../../src/sim/server';
import { launchApp, profile, ROOT, rootArgs, TEST_KEYCHAIN_ACCOUNT } from './app';
import type { HookedGlobal } from './app';
import { signIn } from './sign-in';

// The single-instance lock and `devin-tray://` links: a second launch with the same profile exits at
// once and hands its link (or just "show yourself") to the first, which opens the session.
let sim: SimHandle;
test.beforeAll(async () => {
  sim = await startSim({ seed: 'empty' });
});
test.afterAll(async () => {
  await new Keychain({ account: TEST_KEYCHAIN_ACCOUNT }).delete().catch(() => undefined);
  await sim.close();
});

/** Electron's own binary (the `electron` package's main export is its path under Node). */
function electronBinary(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('electron') as unknown as string;
}

/** Starts a second instance on the same profile and resolves with its exit code. */
function secondInstance(profileDir: string, extra: string[]): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(electronBinary(), [ROOT, `--user-data-dir=${profileDir}`, ...rootArgs(), ...extra], {
      cwd: ROOT,
      env: { ...process.env, DEVIN_TRAY_TEST_HOOKS: '1' },
      stdio: 'ignore',
    });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the second instance did not exit: the single-instance lock did not hold'));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

test('a second launch exits and hands its deep link to the first, which opens the session', async () => {
  const p = profile({ locale: 'en', apiBaseUrl: sim.baseUrl });
  const { app, page } = await launchApp({ profileDir: p.dir });
  try {
    await signIn(page);
    const session = sim.control.createSession({ title: 'Deep link target', status: 'running' });
    const link = `devin-tray://session?id=${session.session_id}`;

    expect(await secondInstance(p.dir, [link])).toBe(0);
    await expect.poll(() => app.evaluate(() => (globalThis as HookedGlobal).__devinTrayTestHooks.links)).toContain(link);
    await expect(page.getByRole('heading', { name: 'Deep link target' })).toBeVisible({ timeout: 30_000 });
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
    p.remove();
  }
});

test('a second launch without a link shows the first instance’s window', async () => {
  const p = profile({ locale: 'en', startHidden: true });
  const { app } = await launchApp({ profileDir: p.dir, env: { DEVIN_TRAY_DEMO: '1' } });
  try {
    const visible = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().some((w) => w.isVisible()));
    expect(await visible()).toBe(false);
    expect(await secondInstance(p.dir, [])).toBe(0);
    await expect.poll(visible).toBe(true);
  } finally {
    await app.close();
    p.remove();
  }
});
