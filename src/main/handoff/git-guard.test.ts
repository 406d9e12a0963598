import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRepo, openGit, parseConfigList, parseGitVersion, repoOverrides, shQuote, staticOverrides } from './git-guard';
import { gitArgv, runGit } from './git-runner';
import { inspectRepo } from './inspect-repo';
import { isolateGitConfig, makeRepo } from './repo-fixture';

describe('repoOverrides (pure)', () => {
  const keys = (...k: string[]) => k.map((key) => ({ key }));

  it('empties every filter, diff and merge driver the config defines, whatever its name', () => {
    const r = repoOverrides(keys('core.bare', 'filter.crypt.clean', 'filter.crypt.smudge', 'filter.a.b.process', 'diff.pdf.textconv', 'merge.ours.driver', 'diff.renames'), null);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.config).toEqual([
      ['filter.crypt.clean', ''],
      ['filter.crypt.smudge', ''],
      ['filter.crypt.process', ''],
      ['filter.crypt.required', 'false'],
      ['filter.a.b.clean', ''],
      ['filter.a.b.smudge', ''],
      ['filter.a.b.process', ''],
      ['filter.a.b.required', 'false'],
      ['diff.pdf.command', ''],
      ['diff.pdf.textconv', ''],
      ['diff.pdf.cachetextconv', 'false'],
      ['merge.ours.driver', ''],
    ]);
    expect(r.policy).toEqual({ disabled: ['crypt', 'a.b'], lfs: 'missing' });
  });

  it('with the system git-lfs: lfs runs by its absolute path (quoted for sh), and counts as not disabled', () => {
    const r = repoOverrides(keys('filter.lfs.clean', 'filter.lfs.process'), "/opt/it's/git-lfs");
    expect(r.ok && r.config.slice(-4)).toEqual([
      ['filter.lfs.clean', `'/opt/it'\\''s/git-lfs' clean -- %f`],
      ['filter.lfs.smudge', `'/opt/it'\\''s/git-lfs' smudge -- %f`],
      ['filter.lfs.process', `'/opt/it'\\''s/git-lfs' filter-process`],
      ['filter.lfs.required', 'true'],
    ]);
    expect(r.ok && r.policy).toEqual({ disabled: [], lfs: 'active' });
  });

  it('LFS extensions (programs git-lfs would start) keep git-lfs from running at all', () => {
    const r = repoOverrides(keys('filter.lfs.process', 'lfs.extension.evil.clean'), '/usr/bin/git-lfs');
    expect(r.ok && r.policy).toEqual({ disabled: ['lfs'], lfs: 'blocked' });
    expect(r.ok && r.config.some(([k, v]) => k === 'filter.lfs.process' && v !== '')).toBe(false);
  });

  it('a driver name that `-c` cannot express (it holds "=") refuses the repository; so do too many drivers', () => {
    expect(repoOverrides(keys('filter.a=b.clean'), null)).toEqual({ ok: false, detail: 'a driver is named "a=b"' });
    const many = Array.from({ length: 201 }, (_, i) => ({ key: `filter.f${i}.clean` }));
    expect(repoOverrides(many, null).ok).toBe(false);
  });

  it('parseConfigList reads -z output, keys without a value included', () => {
    expect(parseConfigList('core.bare\nfalse\0filter.x.required\0include.path\n../a\nb\0')).toEqual([
      { key: 'core.bare', value: 'false' },
      { key: 'filter.x.required', value: null },
      { key: 'include.path', value: '../a\nb' },
    ]);
  });

  it('parseGitVersion and shQuote', () => {
    expect(parseGitVersion('git version 2.39.5')).toEqual([2, 39]);
    expect(parseGitVersion('git version 2.45.1.windows.1')).toEqual([2, 45]);
    expect(parseGitVersion('nonsense')).toBeNull();
    expect(shQuote('/a b/c')).toBe(`'/a b/c'`);
  });
});

describe('gitArgv (pure)', () => {
  const guard = { config: staticOverrides('/no-hooks') };
  it('the guard comes last, after the caller config, so nothing a caller passes undoes it', () => {
    const argv = gitArgv(guard, ['diff'], { 'core.fsmonitor': '/evil', 'core.hooksPath': '/evil' });
    expect(argv[0]).toBe('--no-pager');
    expect(argv.lastIndexOf('core.fsmonitor=false')).toBeGreaterThan(argv.indexOf('core.fsmonitor=/evil'));
    expect(argv.lastIndexOf('core.hooksPath=/no-hooks')).toBeGreaterThan(argv.indexOf('core.hooksPath=/evil'));
    expect(argv.at(-1)).toBe('diff');
  });

  it.each([[['-c', 'core.fsmonitor=/evil', 'diff']], [['--exec-path=/evil', 'diff']], [[]]])('refuses global options before the subcommand: %j', (args) => {
    expect(() => gitArgv(guard, args)).toThrow(/subcommand must come first/);
  });
});

describe('the guard on a real git', () => {
  let restore: () => void;
  let scratch: string;
  beforeAll(() => {
    restore = isolateGitConfig();
    scratch = mkdtempSync(join(tmpdir(), 'handoff-guard-'));
  });
  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
    restore();
  });

  function marker(name: string): { script: string; marker: string } {
    const m = join(scratch, `${name}.ran`);
    const script = join(scratch, `${name}.sh`);
    writeFileSync(script, `#!/bin/sh\nenv > '${m}'\nexec cat\n`);
    chmodSync(script, 0o755);
    return { script, marker: m };
  }

  it('a checkout (what #16 will run) neither smudges through the repository filter nor runs post-checkout', async () => {
    const repo = makeRepo();
    try {
      const { script, marker: ran } = marker('checkout');
      repo.write('.gitattributes', '*.txt filter=evil\n');
      repo.write('a.txt', 'a\n');
      repo.commitAll('one');
      repo.git('config', 'filter.evil.smudge', script);
      copyFileSync(script, join(repo.dir, '.git', 'hooks', 'post-checkout'));
      chmodSync(join(repo.dir, '.git', 'hooks', 'post-checkout'), 0o755);
      repo.write('a.txt', 'changed\n');
      await runGit(['checkout', '--', 'a.txt'], { guard: await guardRepo(repo.dir), cwd: repo.dir });
      expect(readFileSync(join(repo.dir, 'a.txt'), 'utf8')).toBe('a\n');
      expect(existsSync(ran)).toBe(false);
      // The control: plain git runs both.
      repo.write('a.txt', 'changed\n');
      repo.git('checkout', '--', 'a.txt');
      expect(existsSync(ran)).toBe(true);
    } finally {
      repo.cleanup();
    }
  });

  it('refuses a repository whose core.worktree points outside it (say at the home folder holding it)', async () => {
    const repo = makeRepo();
    // A downloaded folder inside "home", whose config makes home its working tree.
    const home = dirname(repo.dir);
    try {
      repo.write('a.txt', 'a\n');
      repo.commitAll('one');
      mkdirSync(join(home, '.ssh'), { recursive: true });
      writeFileSync(join(home, '.ssh', 'id_ed25519'), 'PRIVATE KEY\n');
      repo.git('config', 'core.worktree', home);
      // The control: git itself now reads the home folder as this repository's files.
      expect(repo.git('status', '--porcelain', '-uall')).toContain('.ssh/id_ed25519');
      await expect(inspectRepo(repo.dir)).rejects.toMatchObject({ code: 'WORKTREE_ELSEWHERE', params: { root: home, gitDir: join(repo.dir, '.git') } });
    } finally {
      repo.cleanup();
    }
  });

  it('still reads a linked worktree and a submodule (their .git is a file pointing at the repository)', async () => {
    const repo = makeRepo();
    try {
      repo.write('a.txt', 'a\n');
      repo.commitAll('one');
      const linked = join(dirname(repo.dir), 'linked');
      repo.git('worktree', 'add', '-q', '-b', 'side', linked);
      writeFileSync(join(linked, 'a.txt'), 'b\n');
      const inspection = await inspectRepo(linked);
      expect(inspection.branch).toBe('side');
      expect(inspection.files.map((f) => f.path)).toEqual(['a.txt']);

      const inner = makeRepo('handoff-guard-inner-');
      inner.write('x.txt', 'x\n');
      inner.commitAll('inner');
      repo.git('-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', inner.dir, 'sub');
      inner.cleanup();
      writeFileSync(join(repo.dir, 'sub', 'x.txt'), 'y\n');
      const sub = await inspectRepo(join(repo.dir, 'sub'));
      expect(sub.root).toBe(join(repo.dir, 'sub'));
      expect(sub.files.map((f) => f.path)).toEqual(['x.txt']);
    } finally {
      repo.cleanup();
    }
  });

  it('refuses a driver that cannot be switched off (GIT_CONFIG_UNSAFE)', async () => {
    const repo = makeRepo();
    try {
      repo.write('a.txt', 'a\n');
      repo.commitAll('one');
      writeFileSync(join(repo.dir, '.git', 'config'), `${readFileSync(join(repo.dir, '.git', 'config'), 'utf8')}[filter "x=y"]\n\tclean = /bin/false\n`);
      await expect(inspectRepo(repo.dir)).rejects.toMatchObject({ code: 'GIT_CONFIG_UNSAFE' });
    } finally {
      repo.cleanup();
    }
  });

  it('GIT_TOO_OLD for a git that cannot honour the overrides', async () => {
    const old = join(scratch, 'old-git');
    writeFileSync(old, '#!/bin/sh\necho "git version 2.7.4"\n');
    chmodSync(old, 0o755);
    await expect(openGit(scratch, { git: old })).rejects.toMatchObject({ code: 'GIT_TOO_OLD', params: { version: '2.7.4', min: '2.20' } });
  });
});
