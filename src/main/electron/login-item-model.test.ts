import { describe, expect, it } from 'vitest';
import { autostartDesktopEntry, planLoginItem, quoteExecArg } from './login-item-model';

const base = { execPath: '/opt/Devin Tray/devin-tray', env: {}, home: '/home/ana', desktopName: 'devin-tray.desktop', appName: 'Devin Tray' };

describe('planLoginItem', () => {
  it('macOS: the login item API, no arguments', () => {
    expect(planLoginItem({ ...base, platform: 'darwin', enabled: true })).toEqual({ kind: 'electron', settings: { openAtLogin: true } });
    expect(planLoginItem({ ...base, platform: 'darwin', enabled: false })).toEqual({ kind: 'electron', settings: { openAtLogin: false } });
  });

  it('Windows: the login item API with the executable and --hidden (the same path/args to remove it)', () => {
    const exe = 'C:\\Users\\ana\\AppData\\Local\\Programs\\devin-tray\\Devin Tray.exe';
    expect(planLoginItem({ ...base, execPath: exe, platform: 'win32', enabled: true })).toEqual({
      kind: 'electron',
      settings: { openAtLogin: true, path: exe, args: ['--hidden'] },
    });
    expect(planLoginItem({ ...base, execPath: exe, platform: 'win32', enabled: false })).toMatchObject({ settings: { openAtLogin: false } });
  });

  it('Linux: an XDG autostart file under ~/.config (or $XDG_CONFIG_HOME); removing it when disabled', () => {
    expect(planLoginItem({ ...base, platform: 'linux', enabled: true })).toEqual({
      kind: 'xdg-autostart',
      file: '/home/ana/.config/autostart/devin-tray.desktop',
      content: autostartDesktopEntry({ name: 'Devin Tray', exec: ['/opt/Devin Tray/devin-tray', '--hidden'] }),
    });
    expect(planLoginItem({ ...base, platform: 'linux', enabled: false, env: { XDG_CONFIG_HOME: '/cfg' } })).toEqual({
      kind: 'xdg-autostart',
      file: '/cfg/autostart/devin-tray.desktop',
      content: null,
    });
  });

  it('Linux AppImage: starts the AppImage, not the temporary mount', () => {
    const plan = planLoginItem({ ...base, platform: 'linux', enabled: true, execPath: '/tmp/.mount_DevinXYZ/devin-tray', env: { APPIMAGE: '/home/ana/Apps/Devin-Tray.AppImage' } });
    expect(plan).toMatchObject({ content: expect.stringContaining('Exec=/home/ana/Apps/Devin-Tray.AppImage --hidden\n') });
  });

  it('other platforms: unsupported', () => {
    expect(planLoginItem({ ...base, platform: 'aix', enabled: true })).toEqual({ kind: 'unsupported' });
  });
});

describe('autostartDesktopEntry', () => {
  it('writes a valid entry, quoting the path with a space', () => {
    expect(autostartDesktopEntry({ name: 'Devin Tray', exec: ['/opt/Devin Tray/devin-tray', '--hidden'] })).toBe(
      [
        '[Desktop Entry]',
        'Type=Application',
        'Name=Devin Tray',
        'Exec="/opt/Devin Tray/devin-tray" --hidden',
        'Terminal=false',
        'X-GNOME-Autostart-enabled=true',
        'NoDisplay=true',
        '',
      ].join('\n'),
    );
  });
});

describe('quoteExecArg', () => {
  it.each([
    ['/usr/bin/devin-tray', '/usr/bin/devin-tray'],
    ['/opt/a b/x', '"/opt/a b/x"'],
    ['/opt/100%/x', '/opt/100%%/x'],
    ['/opt/$HOME/x', '"/opt/\\$HOME/x"'],
    ['/opt/a"b/x', '"/opt/a\\"b/x"'],
    ['/opt/`id`/x', '"/opt/\\`id\\`/x"'],
    ['/opt/a\\b', '"/opt/a\\\\b"'],
    ['/opt/a;b', '"/opt/a;b"'],
  ])('%s → %s', (arg, quoted) => {
    expect(quoteExecArg(arg)).toBe(quoted);
  });

  it('refuses a newline (it would start a new key in the file)', () => {
    expect(() => quoteExecArg('/opt/x\nExec=/bin/sh')).toThrow(/control characters/);
  });

  it('escapes backslashes again at the string level', () => {
    expect(autostartDesktopEntry({ name: 'N', exec: ['/opt/a\\b'] })).toContain('Exec="/opt/a\\\\\\\\b"\n');
  });
});
