import { describe, expect, it } from 'vitest';
import { testHooksEnabled, updaterSetup } from './updater-setup-model';

const base = { isPackaged: true, platform: 'darwin', env: {}, hasLinuxPackageType: false, testHooks: false };

describe('updaterSetup', () => {
  it('a packaged app on macOS or Windows updates from its releases', () => {
    expect(updaterSetup(base)).toEqual({ kind: 'release' });
    expect(updaterSetup({ ...base, platform: 'win32' })).toEqual({ kind: 'release' });
  });

  it('on Linux only an AppImage or a deb/rpm/pacman package updates; a snap or a bare folder does not', () => {
    expect(updaterSetup({ ...base, platform: 'linux', env: { APPIMAGE: '/home/a/Devin.AppImage' } })).toEqual({ kind: 'release' });
    expect(updaterSetup({ ...base, platform: 'linux', hasLinuxPackageType: true })).toEqual({ kind: 'release' });
    expect(updaterSetup({ ...base, platform: 'linux' })).toEqual({ kind: 'off', reason: 'unsupported' });
    expect(updaterSetup({ ...base, platform: 'linux', hasLinuxPackageType: true, env: { SNAP: '/snap/x' } })).toEqual({ kind: 'off', reason: 'unsupported' });
  });

  it('a development run never updates, unless the test hooks name a local feed', () => {
    const dev = { ...base, isPackaged: false };
    expect(updaterSetup(dev)).toEqual({ kind: 'off', reason: 'unpackaged' });
    expect(updaterSetup({ ...dev, env: { DEVIN_TRAY_UPDATE_FEED: 'http://127.0.0.1:9/feed/' } })).toEqual({ kind: 'off', reason: 'unpackaged' });
    expect(updaterSetup({ ...dev, testHooks: true, env: { DEVIN_TRAY_UPDATE_FEED: 'http://127.0.0.1:9/feed/' } })).toEqual({ kind: 'testFeed', url: 'http://127.0.0.1:9/feed/' });
    // Only a loopback feed, even with the hooks on.
    expect(updaterSetup({ ...dev, testHooks: true, env: { DEVIN_TRAY_UPDATE_FEED: 'http://evil.example/feed/' } })).toEqual({ kind: 'off', reason: 'unpackaged' });
  });

  it('a packaged app ignores the test feed', () => {
    expect(updaterSetup({ ...base, testHooks: true, env: { DEVIN_TRAY_UPDATE_FEED: 'http://127.0.0.1:9/feed/' } })).toEqual({ kind: 'release' });
  });
});

describe('testHooksEnabled', () => {
  it('only for an unpackaged run that sets DEVIN_TRAY_TEST_HOOKS=1', () => {
    expect(testHooksEnabled(false, { DEVIN_TRAY_TEST_HOOKS: '1' })).toBe(true);
    expect(testHooksEnabled(true, { DEVIN_TRAY_TEST_HOOKS: '1' })).toBe(false);
    expect(testHooksEnabled(false, { DEVIN_TRAY_TEST_HOOKS: 'true' })).toBe(false);
    expect(testHooksEnabled(false, {})).toBe(false);
  });
});
