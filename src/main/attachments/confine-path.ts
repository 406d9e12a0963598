import { lstat, mkdir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { attachmentError } from './attachment-error';

/**
 * Resolves the folder the user chose to its real path (following links in the folder's own path
 * is fine: the user picked it), creating it when asked. Throws ATTACHMENT_FOLDER when it is not
 * an absolute path to a directory we can use.
 */
export async function resolveDownloadDir(dir: string, opts: { create?: boolean } = {}): Promise<string> {
  if (!isAbsolute(dir)) throw attachmentError('ATTACHMENT_FOLDER', { dir, detail: 'not an absolute path' });
  try {
    if (opts.create) await mkdir(dir, { recursive: true });
    const real = await realpath(dir);
    if (!(await stat(real)).isDirectory()) throw new Error('not a folder');
    return real;
  } catch (err) {
    throw attachmentError('ATTACHMENT_FOLDER', { dir, detail: describeFsError(err) }, { cause: errorCode(err) });
  }
}

/** Pure: true when `candidate` is a direct child of `realDir` (one segment, no `..`, not the folder itself). */
export function isDirectChild(realDir: string, candidate: string): boolean {
  const rel = relative(realDir, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) && !rel.includes(sep) && basename(candidate) === rel;
}

/**
 * Pure: `<realDir>/<name>`, refusing any name that would not be a direct child of the folder.
 * For paths that are then created exclusively (O_EXCL, link), which never follow a link there.
 */
export function childPath(realDir: string, name: string): string {
  const candidate = resolve(realDir, name);
  if (!isDirectChild(realDir, candidate)) throw attachmentError('ATTACHMENT_UNSAFE_PATH', { path: join(realDir, name) });
  return candidate;
}

/**
 * The absolute path for `name` inside `dir`, after checking it cannot leave the folder: the
 * folder is resolved with realpath, the name must stay one segment, and an existing entry at
 * that path must not be a symbolic link (a planted link could point anywhere). Files are then
 * created exclusively (O_EXCL), which also refuses a link created after this check.
 */
export async function confinePath(dir: string, name: string): Promise<string> {
  const realDir = await realpath(dir);
  const candidate = resolve(realDir, name);
  if (!isDirectChild(realDir, candidate)) throw attachmentError('ATTACHMENT_UNSAFE_PATH', { path: join(realDir, name) });
  try {
    if ((await lstat(candidate)).isSymbolicLink()) throw attachmentError('ATTACHMENT_UNSAFE_PATH', { path: candidate });
  } catch (err) {
    if (errorCode(err) !== 'ENOENT') throw err;
  }
  return candidate;
}

/** The errno code of a Node fs error, if any. */
export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string' ? err.code : undefined;
}

/** A short, path-free reason for a file system error ("disk full", "permission denied" …). */
export function describeFsError(err: unknown): string {
  switch (errorCode(err)) {
    case 'ENOSPC':
      return 'the disk is full';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOENT':
      return 'it does not exist';
    case 'ENOTDIR':
      return 'it is not a folder';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}
