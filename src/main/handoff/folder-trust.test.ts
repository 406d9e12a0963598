import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFolderNeedsClick, folderNeedsClick, foldersToCheck, type FolderTrustInput } from './folder-trust';

describe('folderNeedsClick (pure)', () => {
  const base: Omit<FolderTrustInput, 'origin'> = {
    realPath: '/home/me/code/web/src',
    recentRoots: ['/home/me/code/web', '/home/me/code/api'],
    gitEntries: new Set(['/home/me/code/web']),
    platform: 'linux',
  };
  it.each<[string, FolderTrustInput, boolean]>([
    ['chosen in the dialog: at once, whatever it is', { ...base, origin: 'dialog', realPath: '/tmp/unknown', recentRoots: [] }, false],
    ['dropped by the user: at once', { ...base, origin: 'drop', realPath: '/tmp/unknown', recentRoots: [] }, false],
    ['a link to a repository in Recent: at once', { ...base, origin: 'link', realPath: '/home/me/code/web' }, false],
    ['a link to a folder inside one, nothing nested: at once', { ...base, origin: 'link' }, false],
    ['a link to a folder not in Recent: waits', { ...base, origin: 'link', realPath: '/home/me/Downloads/thing' }, true],
    ['a link to a sibling that shares a prefix: waits', { ...base, origin: 'link', realPath: '/home/me/code/web-evil' }, true],
    ['a link to the folder above a Recent repository: waits', { ...base, origin: 'link', realPath: '/home/me/code' }, true],
    [
      'a link into a repository nested in a Recent one (another repository): waits',
      { ...base, origin: 'link', realPath: '/home/me/code/web/vendor/x', gitEntries: new Set(['/home/me/code/web', '/home/me/code/web/vendor/x']) },
      true,
    ],
    ['a Recent root that no longer holds .git: waits', { ...base, origin: 'link', gitEntries: new Set() }, true],
    ['a link whose path does not resolve: waits', { ...base, origin: 'link', realPath: null }, true],
    [
      'Windows: the same rules, case-insensitively',
      { origin: 'link', realPath: 'C:\\Code\\Web\\src', recentRoots: ['c:\\code\\web'], gitEntries: new Set(['C:\\Code\\Web']), platform: 'win32' },
      false,
    ],
  ])('%s', (_name, input, expected) => {
    expect(folderNeedsClick(input)).toBe(expected);
  });

  it('foldersToCheck walks up to the Recent root', () => {
    expect(foldersToCheck('/r/a/b', '/r', 'linux')).toEqual(['/r/a/b', '/r/a', '/r']);
    expect(foldersToCheck('/r', '/r', 'linux')).toEqual(['/r']);
  });
});

describe('checkFolderNeedsClick (the disk)', () => {
  let dir: string;
  let repo: string;
  beforeAll(() => {
    dir = realpathSync(mkdtempSync(join(tmpdir(), 'handoff-trust-')));
    repo = join(dir, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'src'), { recursive: true });
    mkdirSync(join(repo, 'vendor', 'nested', '.git'), { recursive: true });
    mkdirSync(join(dir, 'elsewhere', '.git'), { recursive: true });
    symlinkSync(join(dir, 'elsewhere'), join(repo, 'src', 'link'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const recent = async () => [repo];

  it('a folder of a Recent repository opens at once; a nested repository waits', async () => {
    expect(await checkFolderNeedsClick('link', repo, recent)).toBe(false);
    expect(await checkFolderNeedsClick('link', join(repo, 'src'), recent)).toBe(false);
    expect(await checkFolderNeedsClick('link', join(repo, 'vendor', 'nested'), recent)).toBe(true);
  });

  it('a symlink inside a Recent repository that leads elsewhere waits (git would follow it)', async () => {
    expect(await checkFolderNeedsClick('link', join(repo, 'src', 'link'), recent)).toBe(true);
  });

  it('a missing folder waits (the inspection after the click explains); the user\'s own picks never wait', async () => {
    expect(await checkFolderNeedsClick('link', join(dir, 'missing'), recent)).toBe(true);
    expect(await checkFolderNeedsClick('drop', join(dir, 'elsewhere'), recent)).toBe(false);
    expect(await checkFolderNeedsClick('dialog', join(dir, 'elsewhere'), recent)).toBe(false);
  });
});
