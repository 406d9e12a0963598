/**
 * Whether this run can update itself, and from where (pure). Packaged apps read the feed that
 * electron-builder wrote into their resources (`app-update.yml`, from `publish` in
 * electron-builder.yml: GitHub Releases). Development runs never update, except under the test
 * hooks with a local feed (`DEVIN_TRAY_TEST_HOOKS=1` + `DEVIN_TRAY_UPDATE_FEED`), which a packaged
 * app ignores.
 */
export type UpdaterSetup =
  | { kind: 'off'; reason: 'unpackaged' | 'unsupported' }
  | { kind: 'release' }
  | { kind: 'testFeed'; url: string };

export interface UpdaterSetupInput {
  isPackaged: boolean;
  platform: string;
  env: NodeJS.ProcessEnv;
  /** electron-builder's `resources/package-type` (deb, rpm, pacman) exists: a Linux package electron-updater can update. */
  hasLinuxPackageType: boolean;
  testHooks: boolean;
}

export function updaterSetup(input: UpdaterSetupInput): UpdaterSetup {
  if (!input.isPackaged) {
    const feed = input.env['DEVIN_TRAY_UPDATE_FEED'];
    if (input.testHooks && feed && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(feed)) return { kind: 'testFeed', url: feed };
    return { kind: 'off', reason: 'unpackaged' };
  }
  // On Linux only an AppImage (it sets $APPIMAGE) or a deb/rpm/pacman package can replace itself; a
  // plain unpacked folder or a snap cannot.
  if (input.platform === 'linux' && !input.env['APPIMAGE'] && !input.hasLinuxPackageType) return { kind: 'off', reason: 'unsupported' };
  if (input.platform === 'linux' && input.env['SNAP']) return { kind: 'off', reason: 'unsupported' };
  return { kind: 'release' };
}

/** The test hooks: on only for an unpackaged run that asks for them (never in an installed app). */
export function testHooksEnabled(isPackaged: boolean, env: NodeJS.ProcessEnv): boolean {
  return !isPackaged && env['DEVIN_TRAY_TEST_HOOKS'] === '1';
}
