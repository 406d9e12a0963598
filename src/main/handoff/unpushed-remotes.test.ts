/**
 * Unpushed commits against real remotes (a bare repository as `origin`): which commits count as
 * unpushed, which become patches, and what the prompt says, with and without an upstream.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { composeHandoff } from './compose-handoff';
import { inspectRepo } from './inspect-repo';
import { git, isolateGitConfig, makeRepo, type TempRepo } from './repo-fixture';
import { guardRepo } from './git-guard';
import { readPatches } from './unpushed';
import type { ComposedHandoff, RepoInspection } from './types';

let restoreConfig: () => void;
beforeAll(() => {
  restoreConfig = isolateGitConfig();
});
afterAll(() => restoreConfig());

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0)) c();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'handoff-remote-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** A repo with one commit `base` on `main`, and a bare copy of it (the remote). */
function seeded(): { seed: TempRepo; bare: string } {
  const seed = makeRepo();
  cleanups.push(seed.cleanup);
  seed.write('base.txt', 'base\n');
  seed.commitAll('base');
  const bare = join(tempDir(), 'remote.git');
  execFileSync('git', ['clone', '-q', '--bare', seed.dir, bare], { stdio: 'ignore' });
  return { seed, bare };
}

/** A working clone of `remote` with a local user configured. */
function cloneOf(remote: string): TempRepo {
  const dir = join(tempDir(), 'clone');
  execFileSync('git', ['clone', '-q', remote, dir], { stdio: 'ignore' });
  const repo: TempRepo = {
    dir,
    git: (...args) => git(dir, ...args),
    write: (path, content) => writeFileSync(join(dir, path), content),
    commitAll: (message) => {
      git(dir, 'add', '-A');
      git(dir, 'commit', '-q', '--allow-empty', '-m', message);
      return git(dir, 'rev-parse', 'HEAD').trim();
    },
    cleanup: () => undefined,
  };
  repo.git('config', 'user.name', 'Test User');
  repo.git('config', 'user.email', 'test@example.invalid');
  repo.git('config', 'commit.gpgsign', 'false');
  return repo;
}

/** Two commits `one` and `two`, then an uncommitted change (so the prompt has its Base line). */
function twoCommitsAndAChange(repo: TempRepo): void {
  repo.write('one.txt', 'one\n');
  repo.commitAll('one');
  repo.write('two.txt', 'two\n');
  repo.commitAll('two');
  repo.write('base.txt', 'base, edited\n');
}

async function inspectAndCompose(repo: TempRepo): Promise<{ inspection: RepoInspection; composed: ComposedHandoff }> {
  const inspection = await inspectRepo(repo.dir, { includeUnpushed: true });
  const composed = composeHandoff({ inspection, task: 'Carry on', includeUnpushed: true });
  return { inspection, composed };
}

function baseLineOf(prompt: string): string {
  return prompt.split('\n').find((l) => l.startsWith('Base: ')) ?? '';
}

/** Applies the composed patches with `git am` on `onto` in a fresh clone of `remote`; returns the resulting tree. */
function amOnto(remote: string, onto: string, patches: string): string {
  const dir = cloneOf(remote).dir;
  git(dir, 'checkout', '-q', '--detach', onto);
  execFileSync('git', ['am', '-q'], { cwd: dir, input: patches, stdio: ['pipe', 'ignore', 'pipe'] });
  return git(dir, 'rev-parse', 'HEAD^{tree}').trim();
}

/** What every case with two unpushed commits and a known remote must show. */
function expectTwoPatches(inspection: RepoInspection, composed: ComposedHandoff): void {
  expect(inspection.unpushedCount).toBe(2);
  expect(inspection.unpushed.map((c) => c.subject)).toEqual(['one', 'two']);
  expect(inspection.patches?.map((p) => p.subject)).toEqual(['one', 'two']);
  expect(inspection.warnings.map((w) => w.code)).toContain('UNPUSHED_COMMITS');
  expect(composed.patches).toContain('Subject: [PATCH 1/2] one');
  expect(composed.patches).toContain('Subject: [PATCH 2/2] two');
  expect(composed.prompt).toContain('Unpushed commits (not on the remote; apply them with `git am` before the diff above):');
  expect(composed.prompt).not.toMatch(/merge commit/i);
  expect(composed.prompt).not.toMatch(/not included/i);
}

describe('unpushed commits on a branch without an upstream', () => {
  it('a. clone, new local branch with two commits: both are patches', async () => {
    const { bare } = seeded();
    const repo = cloneOf(bare);
    repo.git('checkout', '-q', '-b', 'feature');
    twoCommitsAndAChange(repo);

    const { inspection, composed } = await inspectAndCompose(repo);
    expect(inspection).toMatchObject({ branch: 'feature', upstream: null, ahead: null });
    expectTwoPatches(inspection, composed);
    expect(baseLineOf(composed.prompt)).toBe(`Base: ${inspection.head} (no upstream branch; 2 commits not on the remote)`);
    expect(amOnto(bare, 'origin/main', composed.patches)).toBe(repo.git('rev-parse', 'HEAD^{tree}').trim());
  });

  it('b. the remote default branch differs and has no branch of that name: both are patches', async () => {
    const { seed, bare } = seeded();
    seed.git('checkout', '-q', '-b', 'trunk');
    seed.write('trunk.txt', 'trunk only\n');
    seed.commitAll('trunk work');
    seed.git('push', '-q', bare, 'trunk');
    git(bare, 'symbolic-ref', 'HEAD', 'refs/heads/trunk');
    const repo = cloneOf(bare);
    expect(repo.git('symbolic-ref', '--short', 'HEAD').trim()).toBe('trunk');
    repo.git('checkout', '-q', '--no-track', '-b', 'feature', 'origin/main');
    twoCommitsAndAChange(repo);

    const { inspection, composed } = await inspectAndCompose(repo);
    expect(inspection).toMatchObject({ branch: 'feature', upstream: null });
    expectTwoPatches(inspection, composed);
    expect(amOnto(bare, 'origin/main', composed.patches)).toBe(repo.git('rev-parse', 'HEAD^{tree}').trim());
  });

  it('c. remote added and fetched, branch tracking nothing: both are patches', async () => {
    const { seed, bare } = seeded();
    seed.git('remote', 'add', 'origin', bare);
    seed.git('fetch', '-q', 'origin');
    seed.git('checkout', '-q', '-b', 'feature');
    twoCommitsAndAChange(seed);

    const { inspection, composed } = await inspectAndCompose(seed);
    expect(inspection).toMatchObject({ branch: 'feature', upstream: null });
    expect(inspection.unpushedUnknown).toBeUndefined();
    expectTwoPatches(inspection, composed);
  });

  it('d. remote added but never fetched: says the unpushed commits are unknown, claims no merge commits', async () => {
    const { seed, bare } = seeded();
    seed.git('remote', 'add', 'origin', bare);
    seed.git('checkout', '-q', '-b', 'feature');
    twoCommitsAndAChange(seed);
    expect(seed.git('for-each-ref', 'refs/remotes')).toBe('');

    const { inspection, composed } = await inspectAndCompose(seed);
    expect(inspection).toMatchObject({ branch: 'feature', upstream: null, unpushedCount: 0, unpushed: [], unpushedUnknown: true });
    expect(inspection.patches).toBeUndefined();
    expect(inspection.warnings.map((w) => w.code)).not.toContain('UNPUSHED_COMMITS');
    expect(composed.patches).toBe('');
    expect(composed.prompt).not.toMatch(/merge commit/i);
    expect(baseLineOf(composed.prompt)).toBe(
      `Base: ${inspection.head} (no upstream branch; no remote-tracking branches, so which commits are not on the remote is unknown)`,
    );
    expect(composed.prompt.trimEnd().split('\n').pop()).toBe(
      'Unpushed commits were not included: there are no remote-tracking branches to compare with (fetch from the remote first), so which commits are not on the remote is unknown.',
    );
  });

  it('d. clone of an empty remote, commits never pushed: same plain statement', async () => {
    const bare = join(tempDir(), 'empty.git');
    execFileSync('git', ['init', '-q', '--bare', '-b', 'main', bare], { stdio: 'ignore' });
    const repo = cloneOf(bare);
    repo.write('base.txt', 'base\n');
    repo.commitAll('base');
    twoCommitsAndAChange(repo);

    const { inspection, composed } = await inspectAndCompose(repo);
    expect(inspection).toMatchObject({ branch: 'main', upstream: null, unpushedCount: 0, unpushedUnknown: true });
    expect(composed.prompt).not.toMatch(/merge commit/i);
    expect(baseLineOf(composed.prompt)).toContain('which commits are not on the remote is unknown');
  });
});

describe('unpushed commits with an upstream', () => {
  it('e. tracking origin/feature, two commits ahead: both are patches that apply on the upstream', async () => {
    const { bare } = seeded();
    const repo = cloneOf(bare);
    repo.git('checkout', '-q', '-b', 'feature');
    repo.git('push', '-q', '-u', 'origin', 'feature');
    twoCommitsAndAChange(repo);

    const { inspection, composed } = await inspectAndCompose(repo);
    expect(inspection).toMatchObject({ upstream: 'origin/feature', ahead: 2, behind: 0 });
    expectTwoPatches(inspection, composed);
    expect(baseLineOf(composed.prompt)).toBe(`Base: ${inspection.head} (tracking origin/feature: 2 ahead, 0 behind; 2 commits not on the remote)`);
    expect(amOnto(bare, 'origin/feature', composed.patches)).toBe(repo.git('rev-parse', 'HEAD^{tree}').trim());
  });
});

describe('unpushed merge commits', () => {
  it('f. a real merge among the unpushed commits: the others are patches, the merge is named once', async () => {
    const { bare } = seeded();
    const repo = cloneOf(bare);
    repo.git('checkout', '-q', '-b', 'side');
    repo.write('side.txt', 'side\n');
    repo.commitAll('side');
    repo.git('checkout', '-q', '-b', 'feature', 'origin/main');
    repo.write('one.txt', 'one\n');
    repo.commitAll('one');
    repo.git('merge', '-q', '--no-ff', '--no-edit', 'side');
    repo.write('base.txt', 'base, edited\n');

    const { inspection, composed } = await inspectAndCompose(repo);
    expect(inspection.unpushedCount).toBe(3);
    expect(inspection.patches?.map((p) => p.subject).sort()).toEqual(['one', 'side']);
    expect(composed.prompt).toContain('\n1 unpushed merge commit(s) are not included.\n');
    expect(amOnto(bare, 'origin/main', composed.patches)).toBe(repo.git('rev-parse', 'HEAD^{tree}').trim());
  });
});

describe('readPatches', () => {
  it('reads a range like rev-list does, even one that names a single commit', async () => {
    const { seed } = seeded();
    twoCommitsAndAChange(seed);
    const run = { guard: await guardRepo(seed.dir), cwd: seed.dir };
    // No remote-tracking refs: `HEAD --not --remotes` is every commit of HEAD. Plain format-patch
    // would take the lone `HEAD` as <since> and produce nothing.
    const patches = await readPatches(run, ['HEAD', '--not', '--remotes'], []);
    expect(patches.map((p) => p.preamble.match(/^Subject: \[PATCH \d\/\d\] (.*)$/m)?.[1])).toEqual(['base', 'one', 'two']);
  });
});
