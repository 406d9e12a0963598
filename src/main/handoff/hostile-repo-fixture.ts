/**
 * Test support: repositories that try to make git run their own program when they are inspected.
 * Not part of the app (only tests import it). Each one's program writes its environment to a
 * marker file outside the repository, so a test can tell whether it ran and what it could see.
 * POSIX only (the programs are sh scripts).
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { git, makeRepo, type TempRepo } from './repo-fixture';

/** Every way in that the tests try, one repository each. */
export const ATTACKS = [
  'fsmonitor', // core.fsmonitor in .git/config
  'hook', // .git/hooks/post-index-change (the temporary index is written)
  'hooksPath', // core.hooksPath pointing at a hooks folder the worktree ships
  'filter-clean', // filter.<x>.clean named by .gitattributes
  'filter-process', // filter.<x>.process named by .gitattributes
  'include', // include.path pulling in a worktree file that defines a filter
  'includeIf', // includeIf "onbranch:main" doing the same
  'info-attributes', // .git/info/attributes (not in the worktree) naming the filter
  'diff-driver', // diff=<x> in .gitattributes with diff.<x>.textconv and .command
  'signature', // gpg.program + log.showSignature on a signed, unpushed commit
  'submodule', // a submodule whose own config has an fsmonitor and a filter
] as const;
export type Attack = (typeof ATTACKS)[number];

export interface HostileRepo extends TempRepo {
  attack: Attack | 'all';
  /** Written by the repository's program if it ever runs: `env` output. */
  marker: string;
  /** Whether the marker exists. */
  ran: () => boolean;
  /** What the program saw, when it ran. */
  seenEnv: () => string;
  /**
   * Runs plain git (no guard) the way an unguarded inspection would, with `env` (default: this
   * process's environment): proves the repository is armed, i.e. that a guarded run staying
   * quiet means something.
   */
  control: (env?: NodeJS.ProcessEnv) => void;
}

/** A program that records its environment, then passes stdin through (a harmless filter). */
function markerScript(path: string, marker: string): string {
  writeFileSync(path, `#!/bin/sh\nenv > '${marker}'\nexec cat\n`);
  chmodSync(path, 0o755);
  return path;
}

/** A signed-looking commit on top of HEAD (git only needs the header to call gpg.program to verify it). */
function addSignedCommit(repo: TempRepo): void {
  const tree = repo.git('write-tree').trim();
  const parent = repo.git('rev-parse', 'HEAD').trim();
  const body = [
    `tree ${tree}`,
    `parent ${parent}`,
    'author Test User <test@example.invalid> 1700000000 +0000',
    'committer Test User <test@example.invalid> 1700000000 +0000',
    'gpgsig -----BEGIN PGP SIGNATURE-----',
    ' ',
    ' iQEzBAABCAAdFiEEAAAAAAAAAAAAAAAAAAAAAAAAAAAFAmVXtQAACgkQAAAAAAAAAAA=',
    ' -----END PGP SIGNATURE-----',
    '',
    'Signed change',
    '',
  ].join('\n');
  const sha = execFileSync('git', ['hash-object', '-t', 'commit', '-w', '--stdin'], { cwd: repo.dir, input: body, encoding: 'utf8' }).trim();
  repo.git('update-ref', 'HEAD', sha);
}

/**
 * A repository armed with `attack` (or every attack that can share one repository: 'all'), with
 * uncommitted work (an edited tracked file and a new one), so an inspection has something to read.
 */
export function makeHostileRepo(attack: Attack | 'all'): HostileRepo {
  const repo = makeRepo(`handoff-hostile-${attack}-`);
  const base = dirname(repo.dir);
  const marker = join(base, 'ran.env');
  const script = markerScript(join(base, 'evil.sh'), marker);
  const has = (a: Attack) => attack === a || (attack === 'all' && a !== 'hooksPath' && a !== 'submodule' && a !== 'includeIf');

  repo.write('a.txt', 'one\n');
  repo.write('README.md', '# Project\n');
  if (has('filter-clean') || has('filter-process') || has('include') || has('includeIf')) repo.write('.gitattributes', '*.txt filter=evil\n');
  if (has('diff-driver')) repo.write('.gitattributes', `${attack === 'all' ? '*.txt filter=evil\n' : ''}*.md diff=evil\n`);
  repo.commitAll('Initial commit');

  if (has('signature')) {
    // An upstream holding the first commit, so the signed one is unpushed and gets logged.
    const bare = join(base, 'origin.git');
    git(base, 'init', '-q', '--bare', bare);
    repo.git('remote', 'add', 'origin', bare);
    repo.git('push', '-q', '-u', 'origin', 'main');
    addSignedCommit(repo);
    repo.git('config', 'gpg.program', script);
    repo.git('config', 'log.showSignature', 'true');
  }
  if (has('fsmonitor')) repo.git('config', 'core.fsmonitor', script);
  if (has('hook')) {
    mkdirSync(join(repo.dir, '.git', 'hooks'), { recursive: true });
    copyFileSync(script, join(repo.dir, '.git', 'hooks', 'post-index-change'));
    chmodSync(join(repo.dir, '.git', 'hooks', 'post-index-change'), 0o755);
  }
  if (has('hooksPath')) {
    repo.write('.githooks/post-index-change', readFileSync(script));
    chmodSync(join(repo.dir, '.githooks', 'post-index-change'), 0o755);
    repo.git('config', 'core.hooksPath', '.githooks');
  }
  if (has('filter-clean')) repo.git('config', 'filter.evil.clean', script);
  if (has('filter-process')) repo.git('config', 'filter.evil.process', script);
  if (has('include')) {
    repo.write('repo.settings', `[filter "evil"]\n\tclean = ${script}\n\tsmudge = ${script}\n`);
    repo.git('config', 'include.path', '../repo.settings');
  }
  if (has('includeIf')) {
    repo.write('branch.settings', `[filter "evil"]\n\tclean = ${script}\n`);
    repo.git('config', 'includeIf.onbranch:main.path', '../branch.settings');
  }
  if (has('info-attributes')) {
    mkdirSync(join(repo.dir, '.git', 'info'), { recursive: true });
    writeFileSync(join(repo.dir, '.git', 'info', 'attributes'), '*.txt filter=sneaky\n');
    repo.git('config', 'filter.sneaky.clean', script);
  }
  if (has('diff-driver')) {
    repo.git('config', 'diff.evil.textconv', script);
    repo.git('config', 'diff.evil.command', script);
  }
  if (has('submodule')) {
    const inner = makeRepo('handoff-hostile-inner-');
    inner.write('x.txt', 'x\n');
    inner.commitAll('inner');
    repo.git('-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', inner.dir, 'vendor/inner');
    repo.git('commit', '-q', '-m', 'Add a submodule');
    const sub = join(repo.dir, 'vendor', 'inner');
    git(sub, 'config', 'core.fsmonitor', script);
    git(sub, 'config', 'filter.evil.clean', script);
    writeFileSync(join(sub, '.gitattributes'), '* filter=evil\n');
    writeFileSync(join(sub, 'x.txt'), 'x changed\n');
    inner.cleanup();
  }

  // The uncommitted work.
  repo.write('a.txt', 'one\ntwo\n');
  repo.write('README.md', '# Project\n\nMore.\n');
  repo.write('new.txt', 'new file\n');

  const control = (env: NodeJS.ProcessEnv = process.env) => {
    const run = (args: string[], extra: NodeJS.ProcessEnv = {}) => {
      try {
        execFileSync('git', args, { cwd: repo.dir, env: { ...env, ...extra }, stdio: 'ignore' });
      } catch {
        // a broken filter protocol fails the command; the marker is what counts
      }
    };
    // What an inspection asks, minus every guard: status, the temporary index, the diff, the log.
    run(['status']);
    const index = join(base, 'control-index');
    if (existsSync(join(repo.dir, '.git', 'index'))) copyFileSync(join(repo.dir, '.git', 'index'), index);
    run(['add', '--all', '--intent-to-add'], { GIT_INDEX_FILE: index });
    run(['diff', 'HEAD']);
    run(['log', '-2']);
  };

  return {
    ...repo,
    attack,
    marker,
    ran: () => existsSync(marker),
    seenEnv: () => (existsSync(marker) ? readFileSync(marker, 'utf8') : ''),
    control,
  };
}
