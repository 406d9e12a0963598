import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeHandoff } from './compose-handoff';
import { inspectRepo } from './inspect-repo';
import { cleanCheckout, git, gitApply, isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';
import type { ComposedHandoff, RepoInspection } from './types';

let restoreConfig: () => void;
beforeAll(() => {
  restoreConfig = isolateGitConfig();
});
afterAll(() => restoreConfig());

/** Asserts every included text file of `composed` is reproduced byte for byte by applying its diff on HEAD. */
function assertRoundTrip(repo: TempRepo, composed: ComposedHandoff, inspection: RepoInspection): void {
  const checkout = cleanCheckout(repo, inspection.head !== null);
  try {
    gitApply(checkout.dir, composed.diff);
    const byKey = new Map(inspection.files.map((f) => [f.key, f]));
    for (const entry of composed.files.filter((f) => f.included)) {
      const f = byKey.get(entry.key);
      if (!f || f.status === 'submodule') continue;
      const there = join(checkout.dir, f.path);
      const here = join(repo.dir, f.path);
      if (f.status === 'deleted') {
        expect(existsSync(there), `${f.path} deleted`).toBe(false);
        continue;
      }
      if (f.oldPath !== undefined && f.status === 'renamed') expect(existsSync(join(checkout.dir, f.oldPath))).toBe(false);
      const st = lstatSync(here);
      if (st.isSymbolicLink()) {
        expect(readlinkSync(there)).toBe(readlinkSync(here));
        continue;
      }
      expect(readFileSync(there).equals(readFileSync(here)), `${f.path} reproduced byte for byte`).toBe(true);
      expect(statSync(there).mode & 0o111, `${f.path} executable bit`).toBe(st.mode & 0o111);
    }
  } finally {
    checkout.cleanup();
  }
}

describe('inspectRepo on a repository with every kind of change', () => {
  let repo: TempRepo;
  let sub: TempRepo;
  let inspection: RepoInspection;
  let indexBefore: { bytes: Buffer; mtimeMs: number };

  beforeAll(async () => {
    sub = makeRepo('handoff-sub-');
    sub.write('lib.txt', 'lib v1\n');
    sub.commitAll('sub v1');

    repo = makeRepo();
    repo.write('a.txt', 'alpha\nbeta\ngamma\n');
    repo.write('del.txt', 'to be deleted\n');
    repo.write('mv-src.txt', Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join(''));
    repo.write('mode.sh', '#!/bin/sh\necho hi\n');
    repo.write('crlf.txt', 'one\r\ntwo\r\n');
    repo.write('bin.dat', Buffer.from([0, 1, 2, 3, 0, 255]));
    repo.write('sp ace.txt', 'space\n');
    repo.write('ünï/côde.txt', 'unicode\n');
    repo.write('link', 'was a file\n');
    repo.write('no-eol.txt', 'no newline at end');
    repo.write('.gitignore', '*.log\nignored-dir/\n');
    repo.commitAll('initial');
    repo.git('-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', sub.dir, 'sm');
    repo.commitAll('add submodule');

    // The changes to hand off.
    repo.write('a.txt', 'alpha\nBETA\ngamma\ndelta\n');
    unlinkSync(join(repo.dir, 'del.txt'));
    rmSync(join(repo.dir, 'mv-src.txt'));
    repo.write('moved/dst.txt', Array.from({ length: 20 }, (_, i) => `line ${i}\n`).join('') + 'line 20\n');
    chmodSync(join(repo.dir, 'mode.sh'), 0o755);
    repo.write('crlf.txt', 'one\r\ntwo\r\nthree\r\n');
    repo.write('bin.dat', Buffer.from([0, 9, 9, 9, 0, 255, 1]));
    repo.write('sp ace.txt', 'space\nmore space\n');
    repo.write('ünï/new ñame.txt', 'nouveau\n');
    repo.write('deep/er/nested file.txt', 'nested untracked\n');
    repo.write('q"uote\tname.txt', 'odd name\n');
    repo.write('staged.txt', 'staged new file\n');
    repo.git('add', 'staged.txt');
    repo.write('latin1.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    repo.write('no-eol.txt', 'still no newline');
    repo.write('debug.log', 'ignored\n');
    repo.write('ignored-dir/x.txt', 'ignored\n');
    unlinkSync(join(repo.dir, 'link'));
    symlinkSync('a.txt', join(repo.dir, 'link'));
    sub.write('lib.txt', 'lib v2\n');
    sub.commitAll('sub v2');
    git(join(repo.dir, 'sm'), 'pull', '-q', sub.dir, 'main');

    const indexPath = join(repo.dir, '.git', 'index');
    indexBefore = { bytes: readFileSync(indexPath), mtimeMs: statSync(indexPath).mtimeMs };
    inspection = await inspectRepo(join(repo.dir, 'deep'));
  });
  afterAll(() => {
    repo.cleanup();
    sub.cleanup();
  });

  it('finds the root from a subfolder and reads branch and HEAD', () => {
    expect(inspection.root).toBe(repo.dir);
    expect(inspection.branch).toBe('main');
    expect(inspection.detached).toBe(false);
    expect(inspection.head).toBe(repo.git('rev-parse', 'HEAD').trim());
  });

  it('lists every change with the right status', () => {
    const status = Object.fromEntries(inspection.files.map((f) => [f.path, f.status]));
    expect(status).toEqual({
      'a.txt': 'modified',
      'bin.dat': 'modified',
      'crlf.txt': 'modified',
      'deep/er/nested file.txt': 'untracked',
      'del.txt': 'deleted',
      'latin1.txt': 'untracked',
      link: 'typechange',
      'mode.sh': 'mode',
      'moved/dst.txt': 'renamed',
      'no-eol.txt': 'modified',
      'q"uote\tname.txt': 'untracked',
      sm: 'submodule',
      'sp ace.txt': 'modified',
      'staged.txt': 'added',
      'ünï/new ñame.txt': 'untracked',
    });
    const moved = inspection.files.find((f) => f.path === 'moved/dst.txt');
    expect(moved?.oldPath).toBe('mv-src.txt');
    const bin = inspection.files.find((f) => f.path === 'bin.dat');
    expect(bin).toMatchObject({ binary: true, size: 7 });
    expect(inspection.files.find((f) => f.path === 'latin1.txt')?.utf8).toBe(false);
    expect(inspection.files.find((f) => f.path === 'mode.sh')).toMatchObject({ oldMode: '100644', newMode: '100755' });
    for (const f of inspection.files.filter((x) => x.utf8)) expect(f.bytes).toBe(Buffer.byteLength(f.diffText));
  });

  it('never shows ignored files', () => {
    const all = inspection.files.map((f) => f.diffText).join('');
    expect(inspection.files.some((f) => f.path.endsWith('.log') || f.path.startsWith('ignored-dir'))).toBe(false);
    expect(all).not.toContain('debug.log');
    expect(all).not.toContain('ignored-dir');
  });

  it('leaves the user index untouched (bytes and mtime)', () => {
    const indexPath = join(repo.dir, '.git', 'index');
    expect(readFileSync(indexPath).equals(indexBefore.bytes)).toBe(true);
    expect(statSync(indexPath).mtimeMs).toBe(indexBefore.mtimeMs);
    expect(repo.git('status', '--porcelain=v1', '-z', '--untracked-files=no').split('\0')).toContain('A  staged.txt');
  });

  it('warns about the missing remote', () => {
    expect(inspection.remote).toBeNull();
    expect(inspection.repo).toBeNull();
    expect(inspection.warnings.map((w) => w.code)).toContain('NO_REMOTE');
  });

  it('composes a diff that applies on a clean checkout and reproduces every included text file', () => {
    const composed = composeHandoff({ inspection, task: 'Finish the refactor', maxBytes: 1_000_000 });
    expect(composed.truncated).toBe(false);
    const reasons = Object.fromEntries(composed.files.filter((f) => !f.included).map((f) => [f.path, f.reason]));
    expect(reasons).toEqual({ 'bin.dat': 'binary', 'latin1.txt': 'not-utf8' });
    assertRoundTrip(repo, composed, inspection);
    expect(composed.request.repos).toBeUndefined();
    expect(composed.prompt.split('\n')[0]).toBe('Repo: local repository "repo", no remote (branch: main)');
  });

  it('still applies after budget truncation, leaving out whole files', () => {
    const composed = composeHandoff({ inspection, task: 'Finish the refactor', maxBytes: 700 });
    expect(composed.truncated).toBe(true);
    expect(composed.diffBytes).toBeLessThanOrEqual(700);
    expect(composed.files.some((f) => f.included)).toBe(true);
    expect(composed.leftOut.some((f) => f.reason === 'budget')).toBe(true);
    assertRoundTrip(repo, composed, inspection);
    // The diffstat and the left-out list name every file.
    for (const f of inspection.files) expect(composed.prompt).toContain(f.path.includes('\t') ? JSON.stringify(f.path) : f.path);
  });
});

describe('inspectRepo edge cases', () => {
  it('hands off every file as new in a repository without commits', async () => {
    const repo = makeRepo();
    try {
      repo.write('README.md', '# hello\n');
      repo.write('src/main.ts', 'export const x = 1;\n');
      repo.git('add', 'README.md');
      const inspection = await inspectRepo(repo.dir);
      expect(inspection.head).toBeNull();
      expect(inspection.branch).toBe('main');
      expect(inspection.warnings.map((w) => w.code)).toContain('NO_COMMITS');
      expect(Object.fromEntries(inspection.files.map((f) => [f.path, f.status]))).toEqual({
        'README.md': 'added',
        'src/main.ts': 'untracked',
      });
      const composed = composeHandoff({ inspection, task: 'Start the project' });
      expect(composed.prompt.split('\n')[0]).toContain('no commits yet');
      assertRoundTrip(repo, composed, inspection);
    } finally {
      repo.cleanup();
    }
  });

  it('says why no owner/repo is named: a local-path remote, or several remotes none of which is chosen', async () => {
    const repo = makeRepo();
    try {
      repo.write('a.txt', 'one\n');
      repo.commitAll('One');
      repo.write('a.txt', 'two\n');
      repo.git('remote', 'add', 'origin', '/srv/git/private/project.git');
      const local = await inspectRepo(repo.dir);
      expect(local.warnings.map((w) => w.code)).toContain('REMOTE_NOT_HOSTED');
      const first = composeHandoff({ inspection: local, task: 'T' }).prompt.split('\n')[0];
      expect(first).toBe('Repo: local repository "repo", its remote "origin" is not a hosted repository (branch: main)');
      // The local path stays on this machine.
      expect(composeHandoff({ inspection: local, task: 'T' }).prompt).not.toContain('/srv/git/private');

      repo.git('remote', 'rename', 'origin', 'alpha');
      repo.git('remote', 'add', 'beta', 'https://github.com/acme/beta.git');
      const several = await inspectRepo(repo.dir);
      expect(several.warnings.map((w) => w.code)).toContain('AMBIGUOUS_REMOTE');
      expect(composeHandoff({ inspection: several, task: 'T' }).prompt.split('\n')[0]).toBe(
        'Repo: local repository "repo", several remotes, none of them origin or tracked (branch: main)',
      );
    } finally {
      repo.cleanup();
    }
  });

  it('works on a detached HEAD and notes it', async () => {
    const repo = makeRepo();
    try {
      repo.write('f.txt', 'one\n');
      const first = repo.commitAll('one');
      repo.write('f.txt', 'two\n');
      repo.commitAll('two');
      repo.git('checkout', '-q', '--detach', first);
      repo.write('f.txt', 'three\n');
      const inspection = await inspectRepo(repo.dir);
      expect(inspection.detached).toBe(true);
      expect(inspection.branch).toBeNull();
      expect(inspection.warnings).toContainEqual({ code: 'DETACHED_HEAD', params: { sha: first.slice(0, 12) } });
      const composed = composeHandoff({ inspection, task: 'Fix it' });
      expect(composed.prompt.split('\n')[0]).toBe(`Repo: local repository "repo", no remote (detached HEAD at ${first.slice(0, 12)})`);
      assertRoundTrip(repo, composed, inspection);
    } finally {
      repo.cleanup();
    }
  });

  it('reads the remote slug, upstream, ahead/behind and unpushed commits as patches', async () => {
    const repo = makeRepo();
    try {
      repo.write('app.txt', 'v1\n');
      const base = repo.commitAll('base');
      repo.git('remote', 'add', 'origin', 'git@github.com:acme/widgets.git');
      repo.git('update-ref', 'refs/remotes/origin/main', base);
      repo.git('config', 'branch.main.remote', 'origin');
      repo.git('config', 'branch.main.merge', 'refs/heads/main');
      repo.write('app.txt', 'v2\n');
      repo.commitAll('second');
      repo.write('feature.txt', 'feature\n');
      repo.commitAll('third: add feature');
      repo.write('app.txt', 'v3 uncommitted\n');

      const inspection = await inspectRepo(repo.dir, { includeUnpushed: true });
      expect(inspection.repo).toBe('acme/widgets');
      expect(inspection.remote).toMatchObject({ name: 'origin', host: 'github.com', slug: 'acme/widgets' });
      expect(inspection).toMatchObject({ upstream: 'origin/main', ahead: 2, behind: 0, unpushedCount: 2 });
      expect(inspection.unpushed.map((c) => c.subject)).toEqual(['second', 'third: add feature']);
      expect(inspection.patches?.map((p) => p.subject)).toEqual(['second', 'third: add feature']);
      expect(inspection.warnings.map((w) => w.code)).toEqual(['UNPUSHED_COMMITS']);

      const composed = composeHandoff({ inspection, task: 'Ship it', includeUnpushed: true, tags: ['cli', 'handoff'] });
      expect(composed.request).toMatchObject({ title: 'Ship it', tags: ['handoff', 'cli'], repos: ['acme/widgets'] });
      expect(composed.prompt.split('\n')[0]).toBe('Repo: acme/widgets (branch: main)');
      expect(composed.patches).toContain('Subject: [PATCH 1/2] second');

      // The patches apply with `git am` on the upstream, then the diff applies on top.
      const series = cleanCheckout(repo);
      try {
        git(series.dir, 'checkout', '-q', '--detach', base);
        git(series.dir, 'config', 'user.name', 'T');
        git(series.dir, 'config', 'user.email', 't@example.invalid');
        execFileSync('git', ['am', '-q'], { cwd: series.dir, input: composed.patches });
        expect(git(series.dir, 'rev-parse', 'HEAD^{tree}').trim()).toBe(repo.git('rev-parse', 'HEAD^{tree}').trim());
        gitApply(series.dir, composed.diff);
        expect(readFileSync(join(series.dir, 'app.txt'), 'utf8')).toBe('v3 uncommitted\n');
      } finally {
        series.cleanup();
      }
    } finally {
      repo.cleanup();
    }
  });

  it('counts commits on no remote when the branch tracks nothing', async () => {
    const repo = makeRepo();
    try {
      repo.write('a', '1\n');
      const base = repo.commitAll('one');
      repo.git('remote', 'add', 'upstream', 'https://gitlab.com/group/sub/proj.git');
      repo.git('update-ref', 'refs/remotes/upstream/main', base);
      repo.write('a', '2\n');
      repo.commitAll('two');
      const inspection = await inspectRepo(repo.dir);
      expect(inspection.repo).toBe('group/sub/proj');
      expect(inspection.upstream).toBeNull();
      expect(inspection.unpushedCount).toBe(1);
      expect(inspection.patches).toBeUndefined();
    } finally {
      repo.cleanup();
    }
  });

  it('reports an empty change set on a clean tree', async () => {
    const repo = makeRepo();
    try {
      repo.write('a', '1\n');
      repo.commitAll('one');
      const inspection = await inspectRepo(repo.dir);
      expect(inspection.files).toEqual([]);
      const composed = composeHandoff({ inspection, task: 'Review the code' });
      expect(composed.diff).toBe('');
      expect(composed.prompt).toContain('Uncommitted changes:\nnone (the working tree matches HEAD)\n');
    } finally {
      repo.cleanup();
    }
  });

  it('reports progress and can be cancelled', async () => {
    const repo = makeRepo();
    try {
      repo.write('a', '1\n');
      repo.commitAll('one');
      repo.write('a', '2\n');
      const phases: string[] = [];
      await inspectRepo(repo.dir, { onProgress: (p) => phases.push(p.phase) });
      expect(phases[0]).toBe('locate');
      expect(phases).toContain('diff');
      expect(phases[phases.length - 1]).toBe('done');

      const controller = new AbortController();
      const cancelled = inspectRepo(repo.dir, {
        signal: controller.signal,
        onProgress: (p) => {
          if (p.phase === 'untracked') controller.abort();
        },
      });
      await expect(cancelled).rejects.toMatchObject({ code: 'CANCELLED' });
      expect(git(repo.dir, 'status', '--porcelain')).toBe(' M a\n');
    } finally {
      repo.cleanup();
    }
  });
});
