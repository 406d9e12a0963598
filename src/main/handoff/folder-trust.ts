import { lstat, realpath } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { isInsideFolder } from './git-executable';

/**
 * Where a folder to hand off came from. `dialog` and `drop`: the user picked it (the OS folder
 * dialog, a drop on the window or the tray icon). `link`: something else named it (a
 * `devin-tray://handoff` link from any web page, a second launch with `--handoff`), so it may be a
 * folder the user has never seen.
 */
export type HandoffOrigin = 'dialog' | 'drop' | 'link';

export interface FolderTrustInput {
  origin: HandoffOrigin;
  /** The folder's real path (symlinks resolved), or null when it could not be resolved. */
  realPath: string | null;
  /** Top folders of repositories inspected before (Recent). */
  recentRoots: readonly string[];
  /** Of the folders `foldersToCheck` named, those that hold a `.git` entry. */
  gitEntries: ReadonlySet<string>;
  platform: NodeJS.Platform;
}

function pathApi(platform: NodeJS.Platform) {
  return platform === 'win32' ? win32 : posix;
}

/** The Recent root that contains `realPath` (the innermost, when several do), or null (pure). */
export function recentRootOf(realPath: string, recentRoots: readonly string[], platform: NodeJS.Platform): string | null {
  const containing = recentRoots.filter((root) => isInsideFolder(realPath, root, platform));
  return containing.sort((a, b) => b.length - a.length)[0] ?? null;
}

/**
 * The folders whose `.git` decides which repository git would open from `realPath` (pure): from
 * `realPath` up to and including the Recent root that contains it. git opens the nearest `.git`
 * going up, so the folder opens that known repository only if the root still holds one and no
 * folder below it does (a nested repository is a different one).
 */
export function foldersToCheck(realPath: string, root: string, platform: NodeJS.Platform): string[] {
  const p = pathApi(platform);
  const out: string[] = [];
  let dir = p.normalize(realPath);
  for (let i = 0; i < 4096; i++) {
    out.push(dir);
    if (!isInsideFolder(dir, root, platform) || isInsideFolder(root, dir, platform)) break;
    const parent = p.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

/**
 * Whether the folder waits for a click before any git runs (pure). A folder the user picked opens
 * at once. A folder named by a link opens at once only when it is inside a repository in Recent
 * and git would open that same repository from it (see foldersToCheck); anything else, including a
 * path that does not resolve, shows the folder and waits for Inspect.
 */
export function folderNeedsClick(input: FolderTrustInput): boolean {
  if (input.origin !== 'link') return false;
  if (input.realPath === null) return true;
  const root = recentRootOf(input.realPath, input.recentRoots, input.platform);
  if (root === null) return true;
  const folders = foldersToCheck(input.realPath, root, input.platform);
  const last = folders[folders.length - 1];
  return folders.some((dir) => (dir === last ? !input.gitEntries.has(dir) : input.gitEntries.has(dir)));
}

/** The effects around folderNeedsClick: the real path, Recent, and which folders hold a `.git`. */
export async function checkFolderNeedsClick(origin: HandoffOrigin, path: string, recentRoots: () => Promise<readonly string[]>): Promise<boolean> {
  if (origin !== 'link') return false;
  const platform = process.platform;
  const realPath = await realpath(path).catch(() => null);
  const roots = await recentRoots();
  const root = realPath === null ? null : recentRootOf(realPath, roots, platform);
  const gitEntries = new Set<string>();
  if (realPath !== null && root !== null) {
    const p = pathApi(platform);
    await Promise.all(
      foldersToCheck(realPath, root, platform).map(async (dir) => {
        if (await lstat(p.join(dir, '.git')).catch(() => null)) gitEntries.add(dir);
      }),
    );
  }
  return folderNeedsClick({ origin, realPath, recentRoots: roots, gitEntries, platform });
}
