import type { GitGuard } from '../handoff/git-guard';
import { runGit } from '../handoff/git-runner';

/** What would be lost with the worktree: uncommitted work, and commits made there that the pull request lacks. */
export interface WorktreeState {
  head: string;
  /** Changed, added, deleted and untracked (not ignored) paths, at most {@link MAX_LISTED}. */
  changes: string[];
  /** How many such paths there are in all. */
  changeCount: number;
  /** Commits in the worktree's HEAD that are not in our ref (the fetched pull request). */
  localCommits: number;
}

/** Paths named in a confirmation at most; the count says how many more. */
export const MAX_LISTED = 20;

/** `git status --porcelain=v1 -z` output → paths (pure). A rename's entry is followed by its old path, skipped. */
export function parseStatusPaths(text: string): string[] {
  const parts = text.split('\0');
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const entry = parts[i] ?? '';
    if (entry.length < 4) continue;
    out.push(entry.slice(3));
    if (entry[0] === 'R' || entry[0] === 'C') i++;
  }
  return out;
}

/**
 * Reads the worktree at `path` (with guardCheckout(path)): its HEAD, its uncommitted work and the
 * commits it has beyond `ref`. Reading takes no lock and writes nothing (GIT_OPTIONAL_LOCKS=0).
 */
export async function readWorktreeState(guard: GitGuard, path: string, ref: string, signal?: AbortSignal): Promise<WorktreeState> {
  const head = (await runGit(['rev-parse', '--verify', 'HEAD^{commit}'], { guard, cwd: path, signal })).stdout.toString('utf8').trim();
  const status = await runGit(['status', '--porcelain=v1', '-z', '--untracked-files=all', '--ignore-submodules=all'], { guard, cwd: path, signal });
  const paths = parseStatusPaths(status.stdout.toString('utf8'));
  // The ref may be gone (deleted by hand): then every commit since the fork point is unknown; count none.
  const refOk = await runGit(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { guard, cwd: path, signal, okExitCodes: [0, 1] });
  let localCommits = 0;
  if (refOk.exitCode === 0) {
    const count = await runGit(['rev-list', '--count', `${ref}..HEAD`], { guard, cwd: path, signal });
    localCommits = Number(count.stdout.toString('utf8').trim()) || 0;
  }
  return { head, changes: paths.slice(0, MAX_LISTED), changeCount: paths.length, localCommits };
}
