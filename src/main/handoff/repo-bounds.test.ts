import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspectRepo } from './inspect-repo';
import { git, isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';

/*
 * A folder someone else made must not make git read another repository of the user's: a `.git`
 * file or symlink pointing at it, or the folder itself being a link to it. The "secret" repository
 * is real; each test checks that its content never shows up (and that the refusal names the code).
 * Linked worktrees and submodules, which git makes with a back-link, still open.
 */

let restoreGit: () => void;
beforeAll(() => {
  restoreGit = isolateGitConfig();
});
afterAll(() => restoreGit());
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

const SECRET_LINE = 'DATABASE_PASSWORD_IN_PRIVATE_REPO';

function secretRepo(): TempRepo {
  const repo = makeRepo('bounds-secret-');
  cleanups.push(() => repo.cleanup());
  repo.write('private.txt', `${SECRET_LINE}\n`);
  repo.commitAll('private');
  return repo;
}

function downloadFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bounds-download-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function inspectError(path: string): Promise<unknown> {
  return inspectRepo(path).then(
    (r) => new Error(`inspected ${r.root}; diff mentions the secret: ${JSON.stringify(r.files).includes(SECRET_LINE)}`),
    (e: unknown) => e,
  );
}

describe('git stays with the chosen folder (handoff security follow-up)', () => {
  it('refuses a .git file pointing at another repository', async () => {
    const secret = secretRepo();
    const evil = join(downloadFolder(), 'project');
    mkdirSync(evil);
    writeFileSync(join(evil, '.git'), `gitdir: ${join(secret.dir, '.git')}\n`);
    writeFileSync(join(evil, 'readme.md'), 'hello\n');
    expect(await inspectError(evil)).toMatchObject({ code: 'GIT_DIR_OUTSIDE', params: { root: expect.stringContaining('project') } });
  });

  it('refuses a .git symlink to another repository', async () => {
    const secret = secretRepo();
    const evil = join(downloadFolder(), 'project');
    mkdirSync(evil);
    symlinkSync(join(secret.dir, '.git'), join(evil, '.git'));
    expect(await inspectError(evil)).toMatchObject({ code: 'GIT_DIR_OUTSIDE' });
  });

  it('refuses a folder that is a link to a repository, and a folder reached through one', async () => {
    const secret = secretRepo();
    secret.write('src/app.ts', 'x\n');
    const link = join(downloadFolder(), 'project');
    symlinkSync(secret.dir, link);
    expect(await inspectError(link)).toMatchObject({ code: 'REPO_PATH_SYMLINK', params: { path: link } });
    expect(await inspectError(join(link, 'src'))).toMatchObject({ code: 'REPO_PATH_SYMLINK', params: { path: link } });
  });

  it('still opens a subfolder, a linked worktree and a submodule (git made those, with a back-link)', async () => {
    const main = makeRepo('bounds-main-');
    cleanups.push(() => main.cleanup());
    main.write('src/a.ts', 'a\n');
    main.commitAll('init');
    expect((await inspectRepo(join(main.dir, 'src'))).root).toBe(main.dir);

    const wt = join(downloadFolder(), 'wt');
    main.git('worktree', 'add', '-q', '-b', 'feature', wt);
    writeFileSync(join(wt, 'src', 'a.ts'), 'b\n');
    const viaWorktree = await inspectRepo(wt);
    expect(viaWorktree.root).toBe(wt);
    expect(viaWorktree.files.map((c) => c.path)).toEqual(['src/a.ts']);

    const lib = makeRepo('bounds-lib-');
    cleanups.push(() => lib.cleanup());
    lib.write('lib.ts', 'l\n');
    lib.commitAll('lib');
    git(main.dir, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', lib.dir, 'vendor/lib');
    writeFileSync(join(main.dir, 'vendor', 'lib', 'lib.ts'), 'changed\n');
    const viaSubmodule = await inspectRepo(join(main.dir, 'vendor', 'lib'));
    expect(viaSubmodule.root).toBe(join(main.dir, 'vendor', 'lib'));
    expect(viaSubmodule.files.map((c) => c.path)).toEqual(['lib.ts']);
  });
});
