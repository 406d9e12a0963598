import { describe, expect, it } from 'vitest';
import { resolveTypedPath } from './typed-path';

const posixEnv = { homeDir: '/home/ada', platform: 'linux' as const };
const winEnv = { homeDir: 'C:\\Users\\Ada', platform: 'win32' as const };

describe('resolveTypedPath', () => {
  it.each([
    ['~', '/home/ada'],
    ['~/code/app', '/home/ada/code/app'],
    ['  ~/code/app/  ', '/home/ada/code/app/'],
    ['/srv/repo', '/srv/repo'],
    ['/srv/./repo/../repo', '/srv/repo'],
  ])('POSIX %j → %s', (typed, want) => {
    expect(resolveTypedPath(typed, posixEnv)).toEqual({ ok: true, path: want });
  });

  it.each([
    ['~', 'C:\\Users\\Ada'],
    ['~\\code\\app', 'C:\\Users\\Ada\\code\\app'],
    ['~/code/app', 'C:\\Users\\Ada\\code\\app'],
    ['D:\\work\\repo', 'D:\\work\\repo'],
    ['d:/work/repo', 'd:\\work\\repo'],
    ['\\\\server\\share\\repo', '\\\\server\\share\\repo'],
  ])('Windows %j → %s', (typed, want) => {
    expect(resolveTypedPath(typed, winEnv)).toEqual({ ok: true, path: want });
  });

  it.each([
    ['repo', posixEnv],
    ['./repo', posixEnv],
    ['../repo', posixEnv],
    ['code/app', posixEnv],
    ['repo', winEnv],
    ['.\\repo', winEnv],
    ['\\work\\repo', winEnv], // relative to the current drive
    ['C:repo', winEnv], // relative to drive C's current folder
  ])('refuses the relative path %j', (typed, env) => {
    expect(resolveTypedPath(typed, env)).toEqual({ ok: false, reason: 'relative' });
  });

  it("refuses another user's home (~name) instead of guessing it", () => {
    expect(resolveTypedPath('~bob/repo', posixEnv)).toEqual({ ok: false, reason: 'otherUser' });
  });
});
