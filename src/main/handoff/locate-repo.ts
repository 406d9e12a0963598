import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { classifyGitFailure, runGit } from './git-runner';
import { handoffError } from './handoff-error';

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
  git?: string;
}

/**
 * Finds the repository containing `path`.
 * Errors: NOT_A_FOLDER, NOT_A_REPO (also for a path inside `.git`), BARE_REPO, DUBIOUS_OWNERSHIP, GIT_MISSING.
 */
export async function locateRepo(path: string, options: LocateOptions = {}): Promise<RepoLocation> {
  const folder = resolve(path);
  const info = await stat(folder).catch(() => null);
  if (!info?.isDirectory()) throw handoffError('NOT_A_FOLDER', { path: folder }, { path: folder });
  // One call answers everything. git prints the answers in order and stops at the first it cannot
  // give: in a bare repo or inside .git it stops at --show-toplevel (exit 128), in a repo without
  // commits at HEAD (exit 1). So the partial output tells which case applies.
  const args = ['rev-parse', '--is-bare-repository', '--is-inside-work-tree', '--absolute-git-dir', '--git-path', 'index', '--show-toplevel', '--verify', '-q', 'HEAD^{commit}'];
  const r = await runGit(args, { cwd: folder, signal: options.signal, git: options.git, okExitCodes: [0, 1, 128] });
  const [bare, inside, gitDir, indexPath, root, head] = r.stdout.toString('utf8').split('\n');
  if (gitDir === undefined || gitDir === '') throw classifyGitFailure(r.stderr, r.exitCode, folder, args);
  if (bare === 'true') throw handoffError('BARE_REPO', { path: gitDir }, { path: gitDir });
  if (inside !== 'true') throw handoffError('NOT_A_REPO', { path: folder }, { path: folder, insideGitDir: true });
  if (!root || !indexPath) throw classifyGitFailure(r.stderr, r.exitCode, folder, args);
  return { root, gitDir, indexPath: resolve(folder, indexPath), head: r.exitCode === 0 && head ? head : null };
}
