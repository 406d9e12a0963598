import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { openGit } from './git-guard';
import { classifyGitFailure, runGit } from './git-runner';
import { handoffError } from './handoff-error';
import { checkRepoBounds } from './repo-bounds';

/** Where a working tree lives, found from any folder inside it. */
export interface RepoLocation {
  /** The working tree's top folder. */
  root: string;
  gitDir: string;
  /** The user's index file (per worktree); we copy it, never write it. */
  indexPath: string;
  /** HEAD's commit, or null in a repository without commits. */
  head: string | null;
}

export interface LocateOptions {
  signal?: AbortSignal;
  /** The git executable (tests); default: resolved from PATH. */
  git?: string;
}

/**
 * Finds the repository containing `path`.
 * Errors: NOT_A_FOLDER, NOT_A_REPO (also for a path inside `.git`), BARE_REPO, DUBIOUS_OWNERSHIP,
 * WORKTREE_ELSEWHERE, GIT_MISSING, GIT_TOO_OLD; and REPO_PATH_SYMLINK, REPO_OUTSIDE_FOLDER,
 * GIT_DIR_OUTSIDE when git would read a repository other than the chosen folder's (repo-bounds.ts).
 */
export async function locateRepo(path: string, options: LocateOptions = {}): Promise<RepoLocation> {
  const folder = resolve(path);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw handoffError('NOT_A_FOLDER', { path: folder }, { path: folder });
  const guard = await openGit(folder, options);
  // One call answers everything. git prints the answers in order and stops at the first it cannot
  // give: in a bare repo or inside .git it stops at --show-toplevel (exit 128), in a repo without
  // commits at HEAD (exit 1). So the partial output tells which case applies.
  const args = ['rev-parse', '--is-bare-repository', '--is-inside-work-tree', '--absolute-git-dir', '--git-path', 'index', '--show-toplevel', '--verify', '-q', 'HEAD^{commit}'];
  const r = await runGit(args, { guard, cwd: folder, signal: options.signal, okExitCodes: [0, 1, 128] });
  const [bare, inside, gitDir, indexPath, root, head] = r.stdout.toString('utf8').split('\n');
  if (gitDir === undefined || gitDir === '') throw classifyGitFailure(r.stderr, r.exitCode, folder, args);
  if (bare === 'true') throw handoffError('BARE_REPO', { path: gitDir }, { path: gitDir });
  if (inside !== 'true') throw handoffError('NOT_A_REPO', { path: folder }, { path: folder, insideGitDir: true });
  if (!root || !indexPath) throw classifyGitFailure(r.stderr, r.exitCode, folder, args);
  if (!(await holdsGitDir(root, gitDir))) throw handoffError('WORKTREE_ELSEWHERE', { root, gitDir }, { root, gitDir });
  await checkRepoBounds({
    chosen: folder,
    root,
    gitDir,
    configWorktree: async () => {
      const c = await runGit(['config', '--file', resolve(gitDir, 'config'), '--get', 'core.worktree'], { guard, cwd: folder, signal: options.signal, okExitCodes: [0, 1] });
      return c.exitCode === 0 ? c.stdout.toString('utf8').trim() : null;
    },
  });
  return { root, gitDir, indexPath: resolve(folder, indexPath), head: r.exitCode === 0 && head ? head : null };
}

/**
 * Whether the working tree `root` is where its repository says it is: `root/.git` is that
 * repository's git folder, or a `gitdir:` file pointing at it (a linked worktree, a submodule).
 * A config setting core.worktree (say to the home folder) makes git read files far outside the
 * folder the user chose; such a repository is refused rather than read.
 */
export async function holdsGitDir(root: string, gitDir: string): Promise<boolean> {
  const real = (p: string) => realpath(p).catch(() => null);
  const dotGit = resolve(root, '.git');
  const [target, entry] = await Promise.all([real(gitDir), lstat(dotGit).catch(() => null)]);
  if (!target || !entry) return false;
  if (entry.isFile()) {
    const text = await readFile(dotGit, 'utf8').catch(() => '');
    const pointed = /^gitdir: (.+?)\r?\n?$/.exec(text.split('\n')[0] ?? '')?.[1];
    return pointed !== undefined && (await real(resolve(root, pointed))) === target;
  }
  return (await real(dotGit)) === target;
}
