import { accessSync, constants, realpathSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';

/** Where to look for a program: the environment's PATH, read as the platform reads it. */
export interface ExecutableSearch {
  pathEnv: string | undefined;
  /** PATHEXT (Windows only). */
  pathExt?: string | undefined;
  platform: NodeJS.Platform;
  /** Folders whose programs must never be used (the folder being inspected, and its real path). */
  exclude?: readonly string[];
}

/**
 * Extensions Node can start without a shell. A `git.cmd` or `git.bat` would need one (and Node
 * refuses them without it since CVE-2024-27980), so they are never candidates.
 */
const SPAWNABLE_EXTENSIONS = ['.com', '.exe'];

function pathApi(platform: NodeJS.Platform) {
  return platform === 'win32' ? win32 : posix;
}

/** True for an absolute PATH entry: `/…` on POSIX; `C:\…` or `\\server\share\…` on Windows (never `\…` or `C:…`, which depend on the current drive or folder). */
export function isAbsolutePathEntry(entry: string, platform: NodeJS.Platform): boolean {
  if (platform === 'win32') return /^[A-Za-z]:[\\/]/.test(entry) || /^\\\\[^\\/]+[\\/][^\\/]+/.test(entry);
  return entry.startsWith('/');
}

/** Whether `path` is `folder` or inside it (case-insensitive where the usual file systems are). */
export function isInsideFolder(path: string, folder: string, platform: NodeJS.Platform): boolean {
  const p = pathApi(platform);
  const fold = (s: string) => (platform === 'win32' || platform === 'darwin' ? s.toLowerCase() : s);
  const a = fold(p.normalize(path)).replace(/[\\/]+$/, '');
  const b = fold(p.normalize(folder)).replace(/[\\/]+$/, '');
  if (b === '') return true; // the root folder contains everything
  return a === b || a.startsWith(`${b}${p.sep}`) || (platform === 'win32' && a.startsWith(`${b}/`));
}

/**
 * The PATH entries a program may come from, in order (pure): absolute, not inside an excluded
 * folder, each once. An empty entry or `.` means "the current folder" to a shell; with `cwd` set to
 * the folder being inspected, that would run a program the folder ships.
 */
export function safePathEntries(search: ExecutableSearch): string[] {
  const windows = search.platform === 'win32';
  const out: string[] = [];
  for (const raw of (search.pathEnv ?? '').split(windows ? ';' : ':')) {
    const entry = windows ? raw.trim().replace(/^"(.*)"$/, '$1') : raw;
    if (entry === '' || !isAbsolutePathEntry(entry, search.platform)) continue;
    if ((search.exclude ?? []).some((folder) => isInsideFolder(entry, folder, search.platform))) continue;
    if (!out.includes(entry)) out.push(entry);
  }
  return out;
}

/** The files to try for `name`, in PATH order (pure). On Windows, PATHEXT order, `.exe`/`.com` only. */
export function executableCandidates(name: string, search: ExecutableSearch): string[] {
  const p = pathApi(search.platform);
  const entries = safePathEntries(search);
  if (search.platform !== 'win32') return entries.map((dir) => p.join(dir, name));
  const listed = (search.pathExt ?? '')
    .split(';')
    .map((e) => e.trim().toLowerCase())
    .filter((e) => SPAWNABLE_EXTENSIONS.includes(e));
  const extensions = listed.length > 0 ? [...new Set(listed)] : SPAWNABLE_EXTENSIONS;
  return entries.flatMap((dir) => extensions.map((ext) => p.join(dir, `${name}${ext}`)));
}

/** The first candidate the probe accepts, or null (pure apart from the injected probe). */
export function findExecutable(name: string, search: ExecutableSearch, isExecutableFile: (path: string) => boolean): string | null {
  for (const candidate of executableCandidates(name, search)) {
    if (isExecutableFile(candidate)) return candidate;
  }
  return null;
}

/** A regular file we may execute (on Windows: any regular file, the extension decides). */
function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

const cache = new Map<string, string | null>();

/**
 * Resolves `name` (git, git-lfs) to an absolute path from this process's PATH, once per PATH value,
 * never from inside `folder`. Returns null when it is not installed.
 */
export function resolveExecutable(name: string, folder?: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const base: ExecutableSearch = { pathEnv: env.PATH ?? env.Path, pathExt: env.PATHEXT, platform: process.platform };
  const key = `${name}\0${base.pathEnv ?? ''}\0${base.pathExt ?? ''}`;
  if (!cache.has(key)) cache.set(key, findExecutable(name, base, isExecutableFile));
  const found = cache.get(key) ?? null;
  if (!folder) return found;
  const exclude = foldersOf(folder);
  if (found === null || !exclude.some((f) => isInsideFolder(found, f, process.platform))) return found;
  // PATH names a folder inside the one being inspected, and that is where the program was found:
  // look again without it (rare, so not cached).
  return findExecutable(name, { ...base, exclude }, isExecutableFile);
}

/** The folder as given and as it really is (through symlinks), for exclusion. */
export function foldersOf(folder: string): string[] {
  const out = [folder];
  try {
    const real = realpathSync.native(folder);
    if (real !== folder) out.push(real);
  } catch {
    // a missing folder fails later, with its own message
  }
  return out;
}
