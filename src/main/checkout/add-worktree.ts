import type { GitGuard } from '../handoff/git-guard';
import { runGit } from '../handoff/git-runner';

/**
 * Adds a worktree at `path` with `commit` checked out on a detached HEAD, from the repository at
 * `root`, with a checkout guard (guardCheckout): no post-checkout hook, no smudge filter of the
 * repository's, LFS files left as pointers. The user's own worktree, index, HEAD and stash are
 * not involved: git writes the new folder and `.git/worktrees/<name>/` only. `reclaim` re-uses a
 * registration whose folder was deleted by hand (`--force` allows exactly that for a detached add).
 */
export async function addWorktree(guard: GitGuard, root: string, path: string, commit: string, reclaim: boolean, signal?: AbortSignal): Promise<void> {
  const args = ['worktree', 'add', '--quiet', '--detach', ...(reclaim ? ['--force'] : []), '--end-of-options', path, commit];
  await runGit(args, { guard, cwd: root, signal });
}
