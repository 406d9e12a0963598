import { _electron as electron } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { DevinTrayTestHooks } from '../../src/main/electron/test-hooks';

/** The checkout: `electron .` runs out/main/index.js (package.json "main"), built by test:electron. */
export const ROOT = resolve(__dirname, '../..');

/** What `app.evaluate` sees in the main process when the test hooks are on (README › Test hooks). */
export type HookedGlobal = typeof globalThis & { __devinTrayTestHooks: DevinTrayTestHooks };

/** A throw-away profile for one or more launches (the single-instance lock is keyed on it). */
export function profile(settings: Record<string, unknown> = {}): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'devin-tray-electron-'));
  writeFileSync(join(dir, 'settings.json'), JSON.stringify({ version: 1, ...settings }));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Chromium refuses its sandbox as root (CI containers); a normal user keeps it. */
export const rootArgs = (): string[] => (process.getuid?.() === 0 ? ['--no-sandbox'] : []);

/** The keychain account the suite signs in under: never the user's own key. */
export const TEST_KEYCHAIN_ACCOUNT = `electron-suite-${process.pid}`;

export interface LaunchOptions {
  profileDir: string;
  env?: Record<string, string>;
  args?: string[];
}

/**
 * The built app with the test hooks on (an unpackaged run with DEVIN_TRAY_TEST_HOOKS=1): the main
 * process exposes `globalThis.__devinTrayTestHooks` to `app.evaluate`.
 */
export async function launchApp(opts: LaunchOptions): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    args: [ROOT, `--user-data-dir=${opts.profileDir}`, ...rootArgs(), ...(opts.args ?? [])],
    cwd: ROOT,
    env: {
      ...(process.env as Record<string, string>),
      DEVIN_TRAY_TEST_HOOKS: '1',
      DEVIN_TRAY_TEST_KEYCHAIN_ACCOUNT: TEST_KEYCHAIN_ACCOUNT,
      ...opts.env,
    },
  });
  const page = await app.firstWindow();
  return { app, page };
}

/** Tray menu labels as the model has them (separators as '—'). */
export function trayLabels(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() =>
    ((globalThis as HookedGlobal).__devinTrayTestHooks.trayMenu() ?? []).map((i) => (i.kind === 'separator' ? '—' : i.label)),
  );
}
