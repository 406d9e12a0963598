import { writeSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/**
 * A synchronous write slower than this was answered by the disk (or a network share), not the
 * OS cache: from then on the download writes through the thread pool instead.
 */
export const SLOW_SYNC_WRITE_MS = 10;

/**
 * Synchronous writes go to the file in pieces of this size. Linux (6.16+, ext4) gives a big write
 * big page-cache folios, which come from the large free blocks that virtual machines hand back to
 * their host (free page reporting: cloud desktops, WSL2), and touching those again costs a host
 * fault per page. Writing 1 GiB from loopback here, 8 runs each: 256 KiB pieces 0.64–1.77 s,
 * 64 KiB 0.65–0.97 s, 16 KiB 1.00–1.30 s (more system calls).
 */
export const SYNC_WRITE_PIECE = 64 * 1024;

export type WriteMode = 'sync' | 'async';

/** Pure: how the next chunk is written, given how long the last synchronous write blocked. Async is for good. */
export function nextWriteMode(mode: WriteMode, lastSyncWriteMs: number, slowMs = SLOW_SYNC_WRITE_MS): WriteMode {
  return mode === 'async' || lastSyncWriteMs > slowMs ? 'async' : 'sync';
}

export interface PartWriter {
  /** Writes all of `chunk` at `position`; the chunk may be reused once this returns or settles. */
  write(chunk: Uint8Array, position: number): void | Promise<void>;
  readonly mode: WriteMode;
}

/**
 * Devices (st_dev) on which a synchronous write was slow: every later download there, and every
 * retry, writes through the thread pool from its first chunk.
 */
const slowDevices = new Set<number>();

export interface PartWriterOptions {
  /** Start in this mode (tests); default sync, or async on a device already found slow. */
  mode?: WriteMode;
  /** The part file's device, to remember a slow disk for the rest of the run. */
  device?: number;
  slowMs?: number;
  /** Milliseconds, for timing synchronous writes. */
  now?: () => number;
}

/**
 * Writes a download's chunks into its part file. A write into the OS cache takes tens of
 * microseconds, about what reading the chunk from the socket took, so it is done in place: on a
 * two-core machine, handing each chunk to the thread pool made a 1 GiB download up to 3× slower
 * and erratic, because the pool thread, the event loop and the server fought for the cores. When
 * a write blocks for longer (a slow disk, a network share), the writer switches to the thread
 * pool, and so does every later download to that device: the event loop (the app's main process)
 * is held up once per slow disk and run. That once has no upper bound on a hung network mount.
 */
export function createPartWriter(handle: FileHandle, opts: PartWriterOptions = {}): PartWriter {
  const now = opts.now ?? (() => performance.now());
  const device = opts.device;
  let mode: WriteMode = opts.mode ?? (device !== undefined && slowDevices.has(device) ? 'async' : 'sync');
  return {
    get mode() {
      return mode;
    },
    write(chunk, position) {
      if (mode === 'async') return writeAllAsync(handle, chunk, position);
      const started = now();
      writeAllSync(handle.fd, chunk, position);
      mode = nextWriteMode(mode, now() - started, opts.slowMs);
      if (mode === 'async' && device !== undefined) slowDevices.add(device);
    },
  };
}

function noProgress(): Error {
  return Object.assign(new Error('write made no progress'), { code: 'EIO' });
}

function writeAllSync(fd: number, chunk: Uint8Array, position: number): void {
  for (let done = 0; done < chunk.byteLength; ) {
    const n = writeSync(fd, chunk, done, Math.min(SYNC_WRITE_PIECE, chunk.byteLength - done), position + done);
    if (n === 0) throw noProgress();
    done += n;
  }
}

async function writeAllAsync(handle: FileHandle, chunk: Uint8Array, position: number): Promise<void> {
  for (let done = 0; done < chunk.byteLength; ) {
    const { bytesWritten } = await handle.write(chunk, done, chunk.byteLength - done, position + done);
    if (bytesWritten === 0) throw noProgress();
    done += bytesWritten;
  }
}
