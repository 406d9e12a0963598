import type { FileHandle } from 'node:fs/promises';
import { Writable } from 'node:stream';

/**
 * A Writable that writes into an open FileHandle from byte `start`, batching queued chunks into
 * one writev call. It never closes the handle: the caller fsyncs and closes it. (A FileHandle's
 * own createWriteStream with autoClose: false keeps the handle referenced, so close() would wait forever.)
 */
export function fileSink(handle: FileHandle, start: number, highWaterMark: number): Writable {
  let position = start;
  const writeAll = async (buffers: Uint8Array[]): Promise<void> => {
    let pending = buffers;
    while (pending.length > 0) {
      const total = pending.reduce((n, b) => n + b.byteLength, 0);
      const { bytesWritten } = await handle.writev(pending, position);
      position += bytesWritten;
      if (bytesWritten === total) return;
      pending = dropBytes(pending, bytesWritten);
    }
  };
  return new Writable({
    highWaterMark,
    write(chunk: Uint8Array, _encoding, callback) {
      writeAll([chunk]).then(() => callback(), callback);
    },
    writev(chunks, callback) {
      writeAll(chunks.map((c) => c.chunk as Uint8Array)).then(() => callback(), callback);
    },
  });
}

/** The buffers after skipping the first `n` bytes (a short write on a full disk or a signal). */
function dropBytes(buffers: Uint8Array[], n: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let skip = n;
  for (const b of buffers) {
    if (skip >= b.byteLength) {
      skip -= b.byteLength;
      continue;
    }
    out.push(skip > 0 ? b.subarray(skip) : b);
    skip = 0;
  }
  return out;
}
