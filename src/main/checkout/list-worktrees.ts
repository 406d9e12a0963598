import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { GitGuard } from '../handoff/git-guard';
import { runGit } from '../handoff/git-runner';

/** One worktree of a repository, as `git worktree list --porcelain` describes it. */
export interface WorktreeEntry {
  path: string;
  head: string | null;
  /** `refs/heads/…` when a branch is checked out there. */
  branch: string | null;
  detached: boolean;
  bare: boolean;
  /** Registered, but its folder is gone. */
  prunable: boolean;
  locked: boolean;
}

/** `git worktree list --porcelain` output (pure): blocks separated by blank lines. */
export function parseWorktreeList(text: string): WorktreeEntry[] {
  const out: WorktreeEntry[] = [];
  for (const block of text.split(/\n\n+/)) {
    const lines = block.split('\n').filter((l) => l !== '');
    const first = lines[0];
    if (!first?.startsWith('worktree ')) continue;
    const entry: WorktreeEntry = { path: first.slice('worktree '.length), head: null, branch: null, detached: false, bare: false, prunable: false, locked: false };
    for (const line of lines.slice(1)) {
      if (line.startsWith('HEAD ')) entry.head = line.slice(5);
      else if (line.startsWith('branch ')) entry.branch = line.slice(7);
      else if (line === 'detached') entry.detached = true;
      else if (line === 'bare') entry.bare = true;
      else if (line === 'prunable' || line.startsWith('prunable ')) entry.prunable = true;
      else if (line === 'locked' || line.startsWith('locked ')) entry.locked = true;
    }
    out.push(entry);
  }
  return out;
}

/** The worktrees of the repository at `root`. */
export async function listWorktrees(guard: GitGuard, root: string, signal?: AbortSignal): Promise<WorktreeEntry[]> {
  const r = await runGit(['worktree', 'list', '--porcelain'], { guard, cwd: root, signal });
  return parseWorktreeList(r.stdout.toString('utf8'));
}

const real = (p: string) => realpath(p).catch(() => resolve(p));

/** The entry registered at `path` (compared through symlinks, e.g. macOS's /var → /private/var), if any. */
export async function findWorktree(entries: readonly WorktreeEntry[], path: string): Promise<WorktreeEntry | null> {
  const wanted = await real(path);
  for (const e of entries) {
    if (e.path === path || (await real(e.path)) === wanted) return e;
  }
  return null;
}
