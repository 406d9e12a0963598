import type { GitGuard } from '../handoff/git-guard';
import { runGit } from '../handoff/git-runner';

/**
 * Removes the worktree at `path` of the repository at `root` (its folder and `.git/worktrees/<name>/`).
 * `force` discards uncommitted work: only after the user confirmed that very work.
 */
export async function removeWorktree(guard: GitGuard, root: string, path: string, force: boolean, signal?: AbortSignal): Promise<void> {
  await runGit(['worktree', 'remove', ...(force ? ['--force'] : []), '--end-of-options', path], { guard, cwd: root, signal });
}

/** Deletes our ref (nothing when it is already gone). */
export async function deleteRef(guard: GitGuard, root: string, ref: string, signal?: AbortSignal): Promise<void> {
  const exists = await runGit(['rev-parse', '--verify', '-q', ref], { guard, cwd: root, signal, okExitCodes: [0, 1] });
  if (exists.exitCode === 0) await runGit(['update-ref', '-d', ref], { guard, cwd: root, signal });
}

/** Where our ref points, or null. */
export async function readRef(guard: GitGuard, root: string, ref: string, signal?: AbortSignal): Promise<string | null> {
  const r = await runGit(['rev-parse', '--verify', '-q', `${ref}^{commit}`], { guard, cwd: root, signal, okExitCodes: [0, 1] });
  return r.exitCode === 0 ? r.stdout.toString('utf8').trim() : null;
}
