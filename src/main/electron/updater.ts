import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { autoUpdater } from 'electron-updater';
import type { CoreOptions } from '../core';
import type { UncountedLoginHandler } from './proxy-login';
import { createUpdaterDriver } from './updater-driver';
import { updaterSetup } from './updater-setup-model';

export interface AppUpdaterOptions {
  isPackaged: boolean;
  platform: string;
  env: NodeJS.ProcessEnv;
  /** process.resourcesPath (where electron-builder puts app-update.yml and package-type). */
  resourcesPath: string;
  userDataDir: string;
  testHooks: boolean;
  log: (line: string) => void;
  /** Answers a proxy's request for credentials on the updater's requests (without it they would wait forever). */
  proxyLogin?: UncountedLoginHandler;
}

/**
 * electron-updater for this run, as the core's update driver, or why there is none. Only touches
 * `autoUpdater` (which loads Electron's native updater) when updates can run at all.
 */
export function createAppUpdates(opts: AppUpdaterOptions): NonNullable<CoreOptions['updates']> {
  const setup = updaterSetup({
    isPackaged: opts.isPackaged,
    platform: opts.platform,
    env: opts.env,
    hasLinuxPackageType: opts.platform === 'linux' && existsSync(join(opts.resourcesPath, 'package-type')),
    testHooks: opts.testHooks,
  });
  if (setup.kind === 'off') return { driver: null, blockedBy: setup.reason };

  const updater = autoUpdater;
  const line = (level: string) => (msg: unknown) => opts.log(`updater ${level}: ${msg instanceof Error ? msg.message : String(msg)}`);
  updater.logger = { info: line('info'), warn: line('warn'), error: line('error'), debug: () => undefined };
  // electron-updater relays its requests' `login` here; unanswered, a check behind a proxy that wants credentials hangs.
  // Its callback is typed (user, password) but is Chromium's: called with nothing, it cancels.
  updater.on('login', (authInfo, callback) => {
    const answer = callback as (username?: string, password?: string) => void;
    if (opts.proxyLogin) opts.proxyLogin(authInfo, answer);
    else answer();
  });
  if (setup.kind === 'testFeed') {
    // A development run pointed at a local feed by the test suite: the same config file a packaged
    // app reads, written to user data; nothing installs on quit, and no differential download
    // (there is no previous installer to diff against).
    const configPath = join(opts.userDataDir, 'test-app-update.yml');
    writeFileSync(configPath, `provider: generic\nurl: ${setup.url}\nupdaterCacheDirName: devin-tray-updater-test\n`);
    updater.forceDevUpdateConfig = true;
    updater.updateConfigPath = configPath;
    updater.autoInstallOnAppQuit = false;
    updater.disableDifferentialDownload = true;
  }
  return { driver: createUpdaterDriver(updater), blockedBy: null };
}
