import { describe, expect, it } from 'vitest';
import { defaultUserDataDir } from './paths';

describe('defaultUserDataDir', () => {
  it.each([
    ['linux', {}, '/home/ann', '/home/ann/.config/Devin Tray'],
    ['linux', { XDG_CONFIG_HOME: '/data/cfg' }, '/home/ann', '/data/cfg/Devin Tray'],
    ['linux', { XDG_CONFIG_HOME: '/data/cfg/' }, '/home/ann', '/data/cfg/Devin Tray'],
    ['linux', { XDG_CONFIG_HOME: '' }, '/home/ann', '/home/ann/.config/Devin Tray'],
    ['freebsd', {}, '/home/ann', '/home/ann/.config/Devin Tray'],
    ['darwin', { XDG_CONFIG_HOME: '/ignored' }, '/Users/ann', '/Users/ann/Library/Application Support/Devin Tray'],
    ['win32', { APPDATA: 'C:\\Users\\ann\\AppData\\Roaming' }, 'C:\\Users\\ann', 'C:\\Users\\ann\\AppData\\Roaming\\Devin Tray'],
    ['win32', {}, 'C:\\Users\\ann', 'C:\\Users\\ann\\AppData\\Roaming\\Devin Tray'],
  ] as const)('%s %j %s', (platform, env, home, expected) => {
    expect(defaultUserDataDir(platform, env, home)).toBe(expected);
  });
});
