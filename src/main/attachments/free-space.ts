import { statfs } from 'node:fs/promises';

/**
 * Free-space checks for downloads: before the first byte when the size is announced, and again
 * every few MB while writing (other programs, and other downloads, use the same disk). A download
 * never takes the disk's last bytes: a reserve stays free for the system and the user's programs.
 */

/** What the disk holding a folder can still take, in bytes. */
export interface DiskSpace {
  /** Bytes an unprivileged writer may still use (statfs `bavail`). */
  available: number;
  /** Size of the file system. */
  size: number;
}

export type ReadDiskSpace = (dir: string) => Promise<DiskSpace>;

/** `fs.statfs` of the folder's file system. */
export const readDiskSpace: ReadDiskSpace = async (dir) => {
  const s = await statfs(dir);
  return { available: s.bavail * s.bsize, size: s.blocks * s.bsize };
};

/** Kept free on every disk: 1% of its size, at most this much. */
export const MAX_RESERVE_BYTES = 256 * 1024 * 1024;

/** Free space is checked again after this many bytes have been written. */
export const SPACE_CHECK_EVERY_BYTES = 8 * 1024 * 1024;

/** Pure: the bytes a download leaves free on a disk of `size` bytes. */
export function reserveFor(size: number): number {
  return Math.min(MAX_RESERVE_BYTES, Math.floor(size / 100));
}

export type RoomDecision = { ok: true } | { ok: false; needed: number; usable: number };

/**
 * Pure: does a download that still has `needed` bytes to write fit, with `othersPending` bytes
 * promised to other downloads on the same disk and the reserve kept free? An unknown size
 * (`needed` null) fits while anything above the reserve is left.
 */
export function decideRoom(space: DiskSpace, needed: number | null, othersPending: number, reserve: number = reserveFor(space.size)): RoomDecision {
  const usable = Math.max(0, space.available - reserve - othersPending);
  if (needed === null) return usable > 0 ? { ok: true } : { ok: false, needed: 1, usable };
  return needed <= usable ? { ok: true } : { ok: false, needed, usable };
}

/**
 * What each running download still has to write, per disk (st_dev), so downloads started together
 * do not each count the same free space: twenty 1 GB files on a disk with 5 GB free fail at the
 * start, not after filling it.
 */
export interface SpaceLedger {
  /** Records what this download still has to write (0 or null: nothing promised). */
  set(device: number, token: symbol, pending: number | null): void;
  /** Bytes the other downloads on this disk still have to write. */
  othersPending(device: number, token: symbol): number;
  release(device: number, token: symbol): void;
}

export function createSpaceLedger(): SpaceLedger {
  const byDevice = new Map<number, Map<symbol, number>>();
  return {
    set(device, token, pending) {
      const entries = byDevice.get(device) ?? new Map<symbol, number>();
      byDevice.set(device, entries);
      if (pending && pending > 0) entries.set(token, pending);
      else entries.delete(token);
    },
    othersPending(device, token) {
      let sum = 0;
      for (const [t, n] of byDevice.get(device) ?? []) if (t !== token) sum += n;
      return sum;
    },
    release(device, token) {
      const entries = byDevice.get(device);
      entries?.delete(token);
      if (entries?.size === 0) byDevice.delete(device);
    },
  };
}

/** The app's one ledger (downloads of one process share the disks). */
export const processSpaceLedger = createSpaceLedger();
