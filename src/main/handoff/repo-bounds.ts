import { lstat, readFile, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { isInsideFolder } from './git-executable';
import { handoffError } from './handoff-error';

export interface RepoBoundsInput {
  /** The folder the user chose (as named: a typed, dropped or dialog path, not yet resolved). */
  chosen: string;
  /** `git rev-parse --show-toplevel` from there. */
  root: string;
  /** `git rev-parse --absolute-git-dir` from there. */
  gitDir: string;
  /** `core.worktree` of `gitDir`'s own config (a submodule's back-link), or null when unset. */
  configWorktree: () => Promise<string | null>;
  platform?: NodeJS.Platform;
}

const real = (p: string) => realpath(p).catch(() => null);

/**
 * Whether git, opened on the chosen folder, stays with that folder's own repository; throws
 * otherwise. A folder someone else made (a download, an archive, a clone of a hostile repo) can
 * point git elsewhere with a `.git` *file* (`gitdir: ~/work/secret/.git`), a `.git` symlink, or by
 * being itself a symlink to another repository; git would then read that other repository's
 * history and index, and its files would leave the machine as the "removed" lines of a diff.
 *
 * - REPO_PATH_SYMLINK: the chosen folder, or a folder between it and the repository's top, is a
 *   symbolic link. Refused outright, not asked: opening the real folder costs one step, and a
 *   question would teach people to say yes to the one layout that is a trap.
 * - REPO_OUTSIDE_FOLDER: git's top folder is neither the chosen folder nor one of its parents.
 * - GIT_DIR_OUTSIDE: git's folder is outside the top folder and does not point back at it. git
 *   itself only makes that layout with a back-link: a linked worktree's `<gitdir>/gitdir` names
 *   this `.git` file, a submodule's `core.worktree` names this folder. Anything else is refused.
 */
export async function checkRepoBounds(input: RepoBoundsInput): Promise<void> {
  const platform = input.platform ?? process.platform;
  const realRoot = (await real(input.root)) ?? resolve(input.root);

  // Up from the chosen folder, as named, to the top folder: no link on the way.
  let dir = resolve(input.chosen);
  for (;;) {
    const entry = await lstat(dir).catch(() => null);
    if (entry?.isSymbolicLink()) {
      const target = (await real(dir)) ?? dir;
      throw handoffError('REPO_PATH_SYMLINK', { path: dir, target }, { path: dir, target });
    }
    if ((await real(dir)) === realRoot) break;
    const parent = dirname(dir);
    if (parent === dir) throw handoffError('REPO_OUTSIDE_FOLDER', { path: resolve(input.chosen), root: input.root }, { path: resolve(input.chosen), root: input.root });
    dir = parent;
  }

  const realGitDir = (await real(input.gitDir)) ?? resolve(input.gitDir);
  if (isInsideFolder(realGitDir, realRoot, platform)) return;
  if (await pointsBack(realGitDir, realRoot, input.configWorktree)) return;
  throw handoffError('GIT_DIR_OUTSIDE', { root: input.root, gitDir: input.gitDir }, { root: input.root, gitDir: input.gitDir });
}

/** A linked worktree's or a submodule's git folder that names `realRoot` as its working tree. */
async function pointsBack(realGitDir: string, realRoot: string, configWorktree: () => Promise<string | null>): Promise<boolean> {
  // `git worktree add` writes the worktree's `.git` file path into `<gitdir>/gitdir`.
  const named = (await readFile(join(realGitDir, 'gitdir'), 'utf8').catch(() => '')).trim();
  if (named !== '' && (await real(isAbsolute(named) ? named : resolve(realGitDir, named))) === join(realRoot, '.git')) return true;
  // A submodule's git folder (under the superproject's .git/modules) sets core.worktree, relative to itself.
  const worktree = await configWorktree().catch(() => null);
  return worktree !== null && worktree !== '' && (await real(resolve(realGitDir, worktree))) === realRoot;
}
