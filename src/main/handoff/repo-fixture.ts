/**
 * Test support: real git repositories in temp folders. Not part of the app (only *.test.ts import it).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Points git at an empty global config and no system config, so the machine's settings (a
 * `safe.directory=*`, `diff.noprefix`, an external diff …) cannot change what tests see.
 * Returns a function restoring the previous environment.
 */
export function isolateGitConfig(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-gitconfig-'));
  const file = join(dir, 'gitconfig');
  writeFileSync(file, '');
  const saved = { GIT_CONFIG_GLOBAL: process.env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: process.env.GIT_CONFIG_NOSYSTEM };
  process.env.GIT_CONFIG_GLOBAL = file;
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

export interface TempRepo {
  dir: string;
  git: (...args: string[]) => string;
  write: (path: string, content: string | Buffer) => void;
  commitAll: (message: string) => string;
  cleanup: () => void;
}

/** Runs git synchronously in `cwd` (tests only). */
export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** A new repository (branch `main`, local user configured) in a temp folder. */
export function makeRepo(prefix = 'handoff-repo-'): TempRepo {
  const base = mkdtempSync(join(tmpdir(), prefix));
  const dir = join(base, 'repo');
  mkdirSync(dir);
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'user.name', 'Test User');
  git(dir, 'config', 'user.email', 'test@example.invalid');
  git(dir, 'config', 'commit.gpgsign', 'false');
  const repo: TempRepo = {
    dir,
    git: (...args) => git(dir, ...args),
    write: (path, content) => {
      const full = join(dir, path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, content);
    },
    commitAll: (message) => {
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--allow-empty', '-m', message);
      return git(dir, 'rev-parse', 'HEAD').trim();
    },
    cleanup: () => rmSync(base, { recursive: true, force: true }),
  };
  return repo;
}

/**
 * A clean checkout of `repo`'s HEAD in a new temp folder (a local clone; for a repo without
 * commits, an empty new repo), where a composed diff can be applied.
 */
export function cleanCheckout(repo: TempRepo, hasCommits = true): { dir: string; cleanup: () => void } {
  const base = mkdtempSync(join(tmpdir(), 'handoff-checkout-'));
  const dir = join(base, 'checkout');
  if (hasCommits) {
    const head = git(repo.dir, 'rev-parse', 'HEAD').trim();
    execFileSync('git', ['clone', '-q', '--no-checkout', repo.dir, dir], { stdio: 'ignore' });
    git(dir, 'checkout', '-q', '--detach', head);
  } else {
    mkdirSync(dir);
    git(dir, 'init', '-q');
  }
  return { dir, cleanup: () => rmSync(base, { recursive: true, force: true }) };
}

/** Applies a diff with `git apply` in `dir` (throws with git's message when it does not apply). */
export function gitApply(dir: string, diff: string): void {
  execFileSync('git', ['apply', '--whitespace=nowarn', '-'], { cwd: dir, input: diff, stdio: ['pipe', 'pipe', 'pipe'] });
}
