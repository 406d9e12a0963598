import type { GitGuard } from '../handoff/git-guard';
import { runGit } from '../handoff/git-runner';

/** Whether `ancestor` is `descendant` or one of its ancestors. */
export async function isAncestor(guard: GitGuard, cwd: string, ancestor: string, descendant: string, signal?: AbortSignal): Promise<boolean> {
  const r = await runGit(['merge-base', '--is-ancestor', ancestor, descendant], { guard, cwd, signal, okExitCodes: [0, 1] });
  return r.exitCode === 0;
}

/**
 * Moves the worktree at `path` (clean, checked by the caller) forward to `commit`, which must
 * contain its HEAD: `git merge --ff-only`, which never creates a commit, with a checkout guard
 * (no post-merge hook, no repository filter).
 */
export async function fastForward(guard: GitGuard, path: string, commit: string, signal?: AbortSignal): Promise<void> {
  await runGit(['merge', '--ff-only', '--no-stat', '--quiet', commit], { guard, cwd: path, signal });
}
