import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gitText } from './git-runner';
import { handoffError } from './handoff-error';

/** Where a working tree lives, found from any folder inside it. */
export interface RepoLocation {
  /** The working tree's top folder. */
  root: string;
  gitDir: string;
  /** The user's index file (per worktree); we copy it, never write it. */
  indexPath: string;
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
  const run = { cwd: folder, signal: options.signal, git: options.git };

  // These flags work in bare repos and inside .git too, so the answer tells which error applies.
  const facts = (await gitText(['rev-parse', '--is-bare-repository', '--is-inside-work-tree', '--absolute-git-dir'], run)).split('\n');
  const [bare, inside, gitDir] = facts;
  if (bare === 'true') throw handoffError('BARE_REPO', { path: gitDir ?? folder }, { path: gitDir ?? folder });
  if (inside !== 'true') throw handoffError('NOT_A_REPO', { path: folder }, { path: folder, insideGitDir: true });

  const [root, indexPath] = (await gitText(['rev-parse', '--show-toplevel', '--git-path', 'index'], run)).split('\n');
  if (!root || !indexPath || !gitDir) throw handoffError('GIT_FAILED', { detail: 'git rev-parse gave no top-level folder' });
  return { root, gitDir, indexPath: resolve(folder, indexPath) };
}
