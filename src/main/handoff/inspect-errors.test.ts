import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { handoffError } from './handoff-error';
import { inspectRepo } from './inspect-repo';
import { git, isolateGitConfig, makeRepo } from './repo-fixture';

let restore: () => void;
let scratch: string;
beforeAll(() => {
  restore = isolateGitConfig();
  scratch = mkdtempSync(join(tmpdir(), 'handoff-errors-'));
});
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  restore();
});

describe('inspectRepo errors', () => {
  it('NOT_A_FOLDER for a missing path and for a file', async () => {
    await expect(inspectRepo(join(scratch, 'missing'))).rejects.toMatchObject({ code: 'NOT_A_FOLDER' });
    const file = join(scratch, 'file.txt');
    writeFileSync(file, 'x');
    await expect(inspectRepo(file)).rejects.toMatchObject({ code: 'NOT_A_FOLDER', params: { path: file } });
  });

  it('NOT_A_REPO for a plain folder and for the inside of .git', async () => {
    const plain = join(scratch, 'plain');
    mkdirSync(plain);
    await expect(inspectRepo(plain)).rejects.toMatchObject({ code: 'NOT_A_REPO' });
    const repo = makeRepo();
    try {
      await expect(inspectRepo(join(repo.dir, '.git'))).rejects.toMatchObject({ code: 'NOT_A_REPO' });
    } finally {
      repo.cleanup();
    }
  });

  it('BARE_REPO for a bare repository', async () => {
    const bare = join(scratch, 'bare.git');
    execFileSync('git', ['init', '-q', '--bare', bare]);
    await expect(inspectRepo(bare)).rejects.toMatchObject({ code: 'BARE_REPO' });
  });

  it('GIT_MISSING when git cannot be run', async () => {
    const repo = makeRepo();
    try {
      await expect(inspectRepo(repo.dir, { git: join(scratch, 'no-such-git') })).rejects.toMatchObject({ code: 'GIT_MISSING' });
    } finally {
      repo.cleanup();
    }
  });

  const isRoot = process.getuid?.() === 0;
  if (!isRoot) console.log('dubious-ownership test skipped: it needs root to chown a repository to another user');
  it.skipIf(!isRoot)('DUBIOUS_OWNERSHIP for a repository owned by another user, with the exact fix command', async () => {
    const repo = makeRepo();
    try {
      repo.write('a.txt', 'a\n');
      repo.commitAll('one');
      execFileSync('chown', ['-R', '12345:12345', repo.dir]);
      let error: unknown;
      try {
        await inspectRepo(repo.dir);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: 'DUBIOUS_OWNERSHIP', params: { path: repo.dir } });
      const command = (error as { params: { command: string } }).params.command;
      expect(command).toBe(`git config --global --add safe.directory ${repo.dir}`);
      expect(translate('en', 'error.DUBIOUS_OWNERSHIP', (error as { params: Record<string, string> }).params)).toContain(command);
      // The advice works: after running it exactly, the inspection succeeds.
      execFileSync('sh', ['-c', command]);
      await expect(inspectRepo(repo.dir)).resolves.toMatchObject({ root: repo.dir, branch: 'main' });
      expect(git(repo.dir, 'config', '--global', '--get-all', 'safe.directory').trim()).toBe(repo.dir);
    } finally {
      repo.cleanup();
    }
  });
});

describe('handoff error messages', () => {
  it.each(['NOT_A_FOLDER', 'NOT_A_REPO', 'BARE_REPO', 'DUBIOUS_OWNERSHIP', 'GIT_MISSING', 'GIT_TOO_OLD', 'GIT_CONFIG_UNSAFE', 'WORKTREE_ELSEWHERE', 'GIT_FAILED', 'CHANGES_TOO_LARGE', 'SECRETS_FOUND', 'TASK_REQUIRED'] as const)(
    '%s has an English and a Chinese message',
    (code) => {
      const e = handoffError(code, { path: '/x', command: 'git config …', detail: 'd', mb: 1, count: 2, version: '2.7.4', min: '2.20', root: '/home/me', gitDir: '/x/.git' });
      expect(e.message).not.toBe(`error.${code}`);
      const zh = translate('zh-CN', `error.${code}`, e.params);
      expect(zh).not.toBe(`error.${code}`);
      expect(zh).not.toBe(e.message);
    },
  );

  it.each(['DETACHED_HEAD', 'NO_REMOTE', 'AMBIGUOUS_REMOTE', 'REMOTE_NOT_HOSTED', 'NO_COMMITS', 'UNPUSHED_COMMITS', 'FILTER_NOT_RUN', 'LFS_MISSING', 'LFS_BLOCKED'])('warning %s has both messages', (code) => {
    for (const locale of ['en', 'zh-CN'] as const) expect(translate(locale, `handoff.warning.${code}`)).not.toBe(`handoff.warning.${code}`);
  });
});
