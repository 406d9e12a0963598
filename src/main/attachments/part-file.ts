import { constants } from 'node:fs';
import { lstat, open, unlink } from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { attachmentError } from './attachment-error';
import { errorCode, isDirectChild } from './confine-path';
import { createPartFile } from './final-name';

/** A `.part` file we created, identified by inode so a file swapped in later is never written. */
export interface PartFile {
  path: string;
  dev: number;
  ino: number;
}

// O_NOFOLLOW where the platform has it: a link planted at the part's path is refused by open().
const OPEN_EXISTING = constants.O_RDWR | (constants.O_NOFOLLOW ?? 0);

/**
 * The part file for a download: `existing` when it is still our regular file inside `dir`
 * (a retried job resumes it), otherwise a new exclusive `<name>.part`.
 */
export async function preparePartFile(dir: string, name: string, existing?: PartFile): Promise<PartFile> {
  if (existing && isDirectChild(dir, existing.path)) {
    try {
      const st = await lstat(existing.path);
      if (st.isFile() && st.ino === existing.ino && st.dev === existing.dev) return existing;
    } catch (err) {
      if (errorCode(err) !== 'ENOENT') throw err;
    }
  }
  const { path, handle } = await createPartFile(dir, name);
  try {
    const st = await handle.stat();
    return { path, dev: st.dev, ino: st.ino };
  } finally {
    await handle.close();
  }
}

/** Opens our part file for writing; refuses anything that is not the very file we created. */
export async function openPartFile(part: PartFile): Promise<FileHandle> {
  const handle = await open(part.path, OPEN_EXISTING);
  const st = await handle.stat();
  if (!st.isFile() || st.ino !== part.ino || st.dev !== part.dev) {
    await handle.close();
    throw attachmentError('ATTACHMENT_UNSAFE_PATH', { path: part.path });
  }
  return handle;
}

/** Current size of the part file (0 when it vanished). */
export async function partSize(part: PartFile): Promise<number> {
  try {
    const st = await lstat(part.path);
    return st.ino === part.ino ? st.size : 0;
  } catch {
    return 0;
  }
}

/** Deletes our part file (only if it is still ours); never throws. */
export async function removePartFile(part: PartFile): Promise<void> {
  try {
    const st = await lstat(part.path);
    if (!st.isFile() || st.ino !== part.ino || st.dev !== part.dev) return;
    await unlink(part.path);
  } catch {
    // Already gone, or not ours to remove.
  }
}
