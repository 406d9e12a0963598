import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const loginCalls: unknown[] = [];
let failLogin = false;
vi.mock('electron', () => ({
  app: {
    setLoginItemSettings: (s: unknown) => {
      if (failLogin) throw new Error('not permitted');
      loginCalls.push(s);
    },
  },
}));

const { syncLoginItem } = await import('./login-item');
const { createFakeCore } = await import('./testing/fake-core');

async function setup(platform: string, opts: { enabled?: boolean; home?: string } = {}) {
  const f = createFakeCore();
  if (opts.enabled) await f.core.settings.update({ launchAtLogin: true });
  const notices: { key: string }[] = [];
  const home = opts.home ?? mkdtempSync(join(tmpdir(), 'devin-tray-home-'));
  const off = syncLoginItem({
    settings: f.core.settings,
    platform,
    execPath: platform === 'win32' ? 'C:\\Apps\\Devin Tray.exe' : '/opt/Devin Tray/devin-tray',
    env: {},
    home,
    desktopName: 'devin-tray.desktop',
    notify: (n) => notices.push(n),
  });
  await vi.waitFor(() => expect(loginCalls.length + (platform === 'linux' ? 1 : 0)).toBeGreaterThan(0));
  return { f, notices, home, off };
}

describe('launch at login', () => {
  beforeEach(() => {
    loginCalls.length = 0;
    failLogin = false;
  });

  it('macOS: the login item follows the setting', async () => {
    const { f } = await setup('darwin');
    await f.core.settings.update({ launchAtLogin: true });
    await vi.waitFor(() => expect(loginCalls).toEqual([{ openAtLogin: false }, { openAtLogin: true }]));
  });

  it('Windows: the executable with --hidden', async () => {
    const { f } = await setup('win32');
    await f.core.settings.update({ launchAtLogin: true });
    await vi.waitFor(() => expect(loginCalls.at(-1)).toEqual({ openAtLogin: true, path: 'C:\\Apps\\Devin Tray.exe', args: ['--hidden'] }));
  });

  it('Linux: writes and removes the XDG autostart file', async () => {
    const { f, home } = await setup('linux');
    const file = join(home, '.config/autostart/devin-tray.desktop');
    await f.core.settings.update({ launchAtLogin: true });
    await vi.waitFor(() => expect(existsSync(file)).toBe(true));
    expect(readFileSync(file, 'utf8')).toContain('Exec="/opt/Devin Tray/devin-tray" --hidden\n');
    await f.core.settings.update({ launchAtLogin: false });
    await vi.waitFor(() => expect(existsSync(file)).toBe(false));
    expect(loginCalls).toEqual([]);
  });

  it('a failure is reported and the switch goes back', async () => {
    const { f, notices } = await setup('darwin');
    failLogin = true;
    await f.core.settings.update({ launchAtLogin: true });
    await vi.waitFor(() => expect(f.core.settings.get().launchAtLogin).toBe(false));
    expect(notices).toEqual([{ level: 'warning', key: 'desktop.notice.loginItemFailed', params: { message: 'not permitted' } }]);
  });
});
