import { link, open, rename, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { attachmentError } from './attachment-error';
import { childPath, errorCode } from './confine-path';
import { fitFileName, MAX_NAME_BYTES, utf8Bytes } from './fit-file-name';

/** How many numbered variants ("a (1).txt" … ) are tried before giving up. */
export const MAX_NAME_VARIANTS = 9999;

/** Pure: the n-th candidate for `name`: `a.txt`, `a (1).txt`, `a (2).txt` …, always within 255 bytes. */
export function candidateName(name: string, n: number): string {
  return n === 0 ? fitFileName(name) : fitFileName(name, ` (${n})`);
}

/** Pure: the n-th candidate for the in-progress file of `name`: `a.txt.part`, `a.txt.1.part` … */
export function partName(name: string, n: number): string {
  const suffix = n === 0 ? '.part' : `.${n}.part`;
  return fitFileName(name, '', MAX_NAME_BYTES - utf8Bytes(suffix)) + suffix;
}

/**
 * Creates a new, empty `.part` file for `name` in `dir` (a realpath) with O_EXCL, so it never opens (or
 * truncates) anything that already exists, including a file the user happens to have named
 * `x.part`, another download's part file, or a planted symbolic link.
 */
export async function createPartFile(dir: string, name: string): Promise<{ path: string; handle: FileHandle }> {
  for (let n = 0; n <= MAX_NAME_VARIANTS; n += 1) {
    const path = childPath(dir, partName(name, n));
    try {
      return { path, handle: await open(path, 'wx') };
    } catch (err) {
      if (errorCode(err) !== 'EEXIST') throw err;
    }
  }
  throw attachmentError('ATTACHMENT_NO_FREE_NAME', { name, dir });
}

// link(2) is missing on some file systems (FAT/exFAT, some network shares).
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Gives the finished `.part` its final name: the first free one of `name`, `name (1)` … (from
 * variant `firstVariant`: the second `report.md` of a session starts at `report (1).md`) chosen
 * at this moment. `link()` fails with EEXIST instead of replacing, so a file that appeared
 * meanwhile (the user's, or a concurrent download of the same name) is never overwritten, and
 * the final name only ever appears with the complete bytes. A symbolic link planted at
 * a candidate name is just a taken name: link() does not follow it. Returns the final path.
 */
export async function publishPartFile(partPath: string, dir: string, name: string, firstVariant = 0): Promise<string> {
  for (let n = Math.max(0, Math.min(firstVariant, MAX_NAME_VARIANTS)); n <= MAX_NAME_VARIANTS; n += 1) {
    const target = childPath(dir, candidateName(name, n));
    try {
      await link(partPath, target);
    } catch (err) {
      const code = errorCode(err);
      if (code === 'EEXIST') continue;
      if (code !== undefined && NO_HARD_LINKS.has(code)) {
        if (await reserveAndRename(partPath, target)) return target;
        continue;
      }
      throw err;
    }
    await unlink(partPath);
    return target;
  }
  throw attachmentError('ATTACHMENT_NO_FREE_NAME', { name, dir });
}

/**
 * Fallback without hard links: claim the name with an exclusive create, then rename over our
 * own empty placeholder. The name exists empty for that instant only; it is never someone
 * else's file.
 */
async function reserveAndRename(partPath: string, target: string): Promise<boolean> {
  try {
    await (await open(target, 'wx')).close();
  } catch (err) {
    if (errorCode(err) === 'EEXIST') return false;
    throw err;
  }
  await rename(partPath, target);
  return true;
}
