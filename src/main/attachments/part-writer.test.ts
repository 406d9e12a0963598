import { randomBytes } from 'node:crypto';
import { mkdtemp, open, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPartWriter, nextWriteMode, SLOW_SYNC_WRITE_MS, SYNC_WRITE_PIECE } from './part-writer';

describe('nextWriteMode', () => {
  it('stays in place while writes are fast, moves to the thread pool after one slow write, and never back', () => {
    expect(nextWriteMode('sync', 0.2)).toBe('sync');
    expect(nextWriteMode('sync', SLOW_SYNC_WRITE_MS)).toBe('sync');
    expect(nextWriteMode('sync', SLOW_SYNC_WRITE_MS + 0.1)).toBe('async');
    expect(nextWriteMode('async', 0)).toBe('async');
    expect(nextWriteMode('sync', 3, 2)).toBe('async');
  });
});

describe('createPartWriter', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'devin-tray-writer-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  // Chunks larger than a piece and not a multiple of it, written at running offsets, then one
  // back at an earlier position: the file must hold exactly the expected bytes.
  async function roundTrip(write: (w: ReturnType<typeof createPartWriter>, chunk: Buffer, pos: number) => Promise<void>, opts: Parameters<typeof createPartWriter>[1]) {
    const handle = await open(join(dir, 'f.part'), 'w+');
    const expected = randomBytes(3 * SYNC_WRITE_PIECE + 12345);
    const writer = createPartWriter(handle, opts);
    const cuts = [0, 100, SYNC_WRITE_PIECE + 7, 2 * SYNC_WRITE_PIECE + 500, expected.length];
    for (let i = 0; i + 1 < cuts.length; i += 1) {
      // The writer may not keep the chunk: scribble over it after each write, as the HTTP client does.
      const chunk = Buffer.from(expected.subarray(cuts[i], cuts[i + 1]));
      await write(writer, chunk, cuts[i] as number);
      chunk.fill(0xee);
    }
    const patch = randomBytes(50);
    await write(writer, patch, 1000);
    patch.copy(expected, 1000);
    await handle.close();
    expect((await readFile(join(dir, 'f.part'))).equals(expected)).toBe(true);
    return writer;
  }

  it('writes in place (no promise) while the OS cache answers quickly', async () => {
    const returned: unknown[] = [];
    const writer = await roundTrip(async (w, c, p) => {
      const r = w.write(c, p);
      returned.push(r);
      await r;
    }, {});
    expect(writer.mode).toBe('sync');
    expect(returned.every((r) => r === undefined)).toBe(true);
  });

  it('moves to the thread pool after a slow write, and the bytes are still right', async () => {
    let t = 0;
    // The second write "takes" 50 ms.
    const times = [0, 1, 10, 60];
    const now = () => times[t++] ?? 1000 + t;
    const returned: unknown[] = [];
    const writer = await roundTrip(async (w, c, p) => {
      const r = w.write(c, p);
      returned.push(r);
      await r;
    }, { now });
    expect(writer.mode).toBe('async');
    expect(returned.slice(0, 2)).toEqual([undefined, undefined]);
    expect(returned.slice(2).every((r) => r instanceof Promise)).toBe(true);
  });

  it('remembers a slow device: the next writer there starts in the thread pool, others do not', async () => {
    const device = 900_000_001;
    const handle = await open(join(dir, 'slow.part'), 'w+');
    try {
      let t = 0;
      const slow = createPartWriter(handle, { device, now: () => (t += 50) });
      slow.write(Buffer.from('x'), 0);
      expect(slow.mode).toBe('async');
      expect(createPartWriter(handle, { device }).mode).toBe('async');
      expect(createPartWriter(handle, { device: device + 1 }).mode).toBe('sync');
      expect(createPartWriter(handle).mode).toBe('sync');
    } finally {
      await handle.close();
    }
  });

  it('writes through the thread pool from the start when asked', async () => {
    const writer = await roundTrip(async (w, c, p) => w.write(c, p), { mode: 'async' });
    expect(writer.mode).toBe('async');
  });

  it.runIf(process.platform === 'linux')('reports a full disk as ENOSPC in both modes', async () => {
    for (const mode of ['sync', 'async'] as const) {
      const handle = await open('/dev/full', 'w');
      try {
        const writer = createPartWriter(handle, { mode });
        const err = await (async () => writer.write(Buffer.alloc(1000, 1), 0))().then(
          () => null,
          (e: unknown) => e as NodeJS.ErrnoException,
        );
        expect(err?.code).toBe('ENOSPC');
      } finally {
        await handle.close();
      }
    }
  });
});
