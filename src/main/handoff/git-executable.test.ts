import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { executableCandidates, findExecutable, isInsideFolder, resolveExecutable, safePathEntries } from './git-executable';

describe('safePathEntries (pure)', () => {
  it.each([
    ['POSIX: empty, ".", relative and duplicate entries go', { pathEnv: ':/usr/bin:.:bin:/usr/bin::/opt/git/bin', platform: 'linux' as const }, ['/usr/bin', '/opt/git/bin']],
    ['POSIX: an entry inside the inspected folder goes', { pathEnv: '/repo/node_modules/.bin:/usr/bin', platform: 'linux' as const, exclude: ['/repo'] }, ['/usr/bin']],
    ['POSIX: a sibling with the same prefix stays', { pathEnv: '/repo-tools/bin:/usr/bin', platform: 'linux' as const, exclude: ['/repo'] }, ['/repo-tools/bin', '/usr/bin']],
    [
      'Windows: drive-relative, rooted and relative entries go; quotes are removed',
      { pathEnv: 'C:\\Windows\\system32;;.;C:tools;\\tools;"C:\\Program Files\\Git\\cmd"', platform: 'win32' as const },
      ['C:\\Windows\\system32', 'C:\\Program Files\\Git\\cmd'],
    ],
    [
      'Windows: folders compare case-insensitively',
      { pathEnv: 'C:\\Users\\Me\\Downloads\\Evil;C:\\Git\\cmd', platform: 'win32' as const, exclude: ['c:\\users\\me\\downloads\\evil'] },
      ['C:\\Git\\cmd'],
    ],
    ['Windows: a UNC entry is absolute', { pathEnv: '\\\\server\\share\\bin', platform: 'win32' as const }, ['\\\\server\\share\\bin']],
    ['no PATH at all', { pathEnv: undefined, platform: 'linux' as const }, []],
  ])('%s', (_name, search, expected) => {
    expect(safePathEntries(search)).toEqual(expected);
  });
});

describe('executableCandidates (pure)', () => {
  it('POSIX: the bare name in each safe entry', () => {
    expect(executableCandidates('git', { pathEnv: '/usr/local/bin:.:/usr/bin', platform: 'darwin' })).toEqual(['/usr/local/bin/git', '/usr/bin/git']);
  });

  it('Windows: PATHEXT order, only what starts without a shell (.com, .exe)', () => {
    expect(executableCandidates('git', { pathEnv: 'C:\\Git\\cmd;D:\\bin', pathExt: '.BAT;.EXE;.CMD;.COM', platform: 'win32' })).toEqual([
      'C:\\Git\\cmd\\git.exe',
      'C:\\Git\\cmd\\git.com',
      'D:\\bin\\git.exe',
      'D:\\bin\\git.com',
    ]);
  });

  it('Windows without PATHEXT: .com then .exe', () => {
    expect(executableCandidates('git-lfs', { pathEnv: 'C:\\Git\\cmd', platform: 'win32' })).toEqual(['C:\\Git\\cmd\\git-lfs.com', 'C:\\Git\\cmd\\git-lfs.exe']);
  });
});

describe('findExecutable', () => {
  it('takes the first candidate the probe accepts, never one in the folder being inspected', () => {
    const present = new Set(['D:\\dropped\\git.exe', 'C:\\Program Files\\Git\\cmd\\git.exe']);
    const search = { pathEnv: 'D:\\dropped;C:\\Program Files\\Git\\cmd', pathExt: '.EXE', platform: 'win32' as const };
    expect(findExecutable('git', search, (p) => present.has(p))).toBe('D:\\dropped\\git.exe');
    expect(findExecutable('git', { ...search, exclude: ['D:\\Dropped'] }, (p) => present.has(p))).toBe('C:\\Program Files\\Git\\cmd\\git.exe');
    expect(findExecutable('git', { ...search, pathEnv: '.;D:\\dropped', exclude: ['D:\\dropped'] }, (p) => present.has(p))).toBeNull();
  });

  it('isInsideFolder: the folder itself and below, case-folded on Windows and macOS only', () => {
    expect(isInsideFolder('/a/b', '/a', 'linux')).toBe(true);
    expect(isInsideFolder('/a', '/a/', 'linux')).toBe(true);
    expect(isInsideFolder('/ab', '/a', 'linux')).toBe(false);
    expect(isInsideFolder('/A/b', '/a', 'linux')).toBe(false);
    expect(isInsideFolder('/A/b', '/a', 'darwin')).toBe(true);
    expect(isInsideFolder('C:\\A\\b', 'c:\\a', 'win32')).toBe(true);
  });
});

describe('resolveExecutable (this machine)', () => {
  it('finds git on PATH as an absolute path, and never a git inside the folder being inspected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'handoff-resolve-'));
    try {
      const folder = join(dir, 'dropped');
      mkdirSync(join(folder, 'bin'), { recursive: true });
      writeFileSync(join(folder, 'bin', 'git'), '#!/bin/sh\nexit 0\n');
      chmodSync(join(folder, 'bin', 'git'), 0o755);
      const env = { PATH: `${join(folder, 'bin')}:${process.env.PATH ?? ''}` };
      expect(resolveExecutable('git', undefined, env)).toBe(join(folder, 'bin', 'git')); // what a bare `git` would start
      const safe = resolveExecutable('git', folder, env);
      expect(safe).not.toBeNull();
      expect(safe?.startsWith(folder)).toBe(false);
      expect(safe?.startsWith('/')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
