import { execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { describeError } from '../api/describe-error';
import { downloadFile } from './download-file';
import type { DownloadFileOptions } from './download-file';
import type { DiskSpace } from './free-space';
import { mountSmallDisk } from './small-disk';
import type { SmallDisk } from './small-disk';

const KiB = 1024;
const MiB = 1024 * KiB;

/**
 * A raw HTTP/1.1 server: the test writes the response bytes itself, so it can lie (more bytes
 * than announced, compressed bodies nobody asked for, bodies that never end).
 */
interface RawServer {
  url: string;
  /** Request heads received, in order. */
  heads: string[];
  /** Body bytes written so far. */
  sent: () => number;
  close(): Promise<void>;
}

type Responder = (socket: Socket, write: (b: Buffer | string) => boolean, index: number) => void;

async function rawServer(respond: Responder): Promise<RawServer> {
  const heads: string[] = [];
  let sent = 0;
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    let buf = '';
    socket.on('data', (d) => {
      if (buf.includes('\r\n\r\n')) return;
      buf += d.toString('latin1');
      if (!buf.includes('\r\n\r\n')) return;
      heads.push(buf);
      respond(
        socket,
        (b) => {
          if (socket.destroyed) return false;
          sent += typeof b === 'string' ? Buffer.byteLength(b) : b.length;
          return socket.write(b);
        },
        heads.length - 1,
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    heads,
    sent: () => sent,
    close: () =>
      new Promise((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

const head = (headers: Record<string, string | number>, status = '200 OK'): string =>
  `HTTP/1.1 ${status}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('')}Connection: close\r\n\r\n`;

/** Writes `size` bytes of `fill` with back-pressure (Infinity: until the client hangs up), then `then`. */
function pour(socket: Socket, write: (b: Buffer) => boolean, size: number, then: () => void = () => socket.end(), fill = 0x61): void {
  const piece = Buffer.alloc(64 * KiB, fill);
  let left = size;
  const go = (): void => {
    while (left > 0 && !socket.destroyed) {
      const n = Math.min(left, piece.length);
      left -= n;
      if (!write(piece.subarray(0, n))) {
        socket.once('drain', go);
        return;
      }
    }
    if (!socket.destroyed) then();
  };
  go();
}

/** A chunked body that never ends (until the client hangs up). */
function endlessChunked(socket: Socket, write: (b: Buffer | string) => boolean): void {
  write(head({ 'Content-Type': 'application/octet-stream', 'Transfer-Encoding': 'chunked' }));
  const chunk = Buffer.concat([Buffer.from(`${(64 * KiB).toString(16)}\r\n`), Buffer.alloc(64 * KiB, 0x62), Buffer.from('\r\n')]);
  const go = (): void => {
    while (!socket.destroyed) if (!write(chunk)) return void socket.once('drain', go);
  };
  go();
}

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server(respond: Responder): Promise<RawServer> {
  const s = await rawServer(respond);
  cleanups.push(() => s.close());
  return s;
}

async function disk(bytes: number): Promise<SmallDisk> {
  const d = await mountSmallDisk(bytes);
  cleanups.push(() => d.close());
  return d;
}

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'devin-tray-limits-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Where mounting is not permitted, the statfs a tmpfs of `bytes` would answer (minus what is written). */
function simulatedDisk(d: SmallDisk, bytes: number): DownloadFileOptions['space'] {
  if (d.real) return {};
  return {
    read: async (dir): Promise<DiskSpace> => {
      let used = 0;
      for (const f of await readdir(dir)) used += (await stat(join(dir, f))).size;
      return { available: Math.max(0, bytes - used), size: bytes };
    },
  };
}

const quick = { retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1 }, markDownloaded: null } satisfies Partial<DownloadFileOptions>;

async function failure(p: Promise<unknown>, code: string): Promise<AppError> {
  const err = await p.then(
    () => {
      throw new Error(`expected ${code}, but the download succeeded`);
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  // Nothing kept to resume: the part file is gone.
  expect((err as AppError).details?.partPath).toBeUndefined();
  return err as AppError;
}

describe('free space, on a small real disk (tmpfs; simulated through statfs where mounting is not permitted)', () => {
  it('refuses an attachment bigger than the disk can spare before writing a byte, and says how much is needed', async () => {
    const d = await disk(4 * MiB);
    const s = await server((socket, write) => {
      write(head({ 'Content-Length': 8 * MiB }));
      pour(socket, write, 8 * MiB);
    });
    const err = await failure(downloadFile({ ...quick, url: `${s.url}/big.bin`, dir: d.dir, name: 'big.bin', space: simulatedDisk(d, 4 * MiB) }), 'ATTACHMENT_NO_SPACE');
    expect(await readdir(d.dir)).toEqual([]);
    expect(describeError(err, 'en')).toMatch(/^“big\.bin” needs 8 MB, but the disk holding .+ has only [\d.]+ MB to spare\. Free up space, then download it again\.$/);
    expect(describeError(err, 'zh-CN')).toMatch(/^“big\.bin”需要 8 MB，但 .+ 所在的磁盘只剩 [\d.]+ MB 可用。请释放空间后重新下载。$/);
  });

  it('two downloads that start together do not both count the same free space', async () => {
    const d = await disk(8 * MiB);
    const held: (() => void)[] = [];
    const s = await server((socket, write) => {
      // Both get their headers (and check the disk) before either body starts.
      write(head({ 'Content-Length': 5 * MiB }));
      held.push(() => pour(socket, write, 5 * MiB));
      if (held.length === 2) setTimeout(() => held.forEach((go) => go()), 100);
    });
    const space = simulatedDisk(d, 8 * MiB);
    const results = await Promise.allSettled([
      downloadFile({ ...quick, url: `${s.url}/a.bin`, dir: d.dir, name: 'a.bin', space }),
      downloadFile({ ...quick, url: `${s.url}/b.bin`, dir: d.dir, name: 'b.bin', space }),
    ]);
    const done = results.filter((r) => r.status === 'fulfilled');
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as AppError] : []));
    expect(done).toHaveLength(1);
    expect(failed.map((e) => e.code)).toEqual(['ATTACHMENT_NO_SPACE']);
    expect((await readdir(d.dir)).filter((f) => f.endsWith('.part'))).toEqual([]);
  });

  it('stops when the disk fills up during the download, deleting the part file', async () => {
    const d = await disk(8 * MiB);
    let resume = (): void => undefined;
    const s = await server((socket, write) => {
      write(head({ 'Content-Length': 6 * MiB }));
      pour(socket, write, 2 * MiB, () => {
        resume = () => pour(socket, write, 4 * MiB);
      });
    });
    const space = { ...simulatedDisk(d, 8 * MiB), checkEveryBytes: 256 * KiB };
    let filled = false;
    const download = downloadFile({
      ...quick,
      url: `${s.url}/grow.bin`,
      dir: d.dir,
      name: 'grow.bin',
      space,
      progressIntervalMs: 0,
      onProgress: (p) => {
        if (p.bytes >= 2 * MiB && !filled) {
          filled = true;
          // Another program takes most of what is left, then the server goes on.
          void writeFile(join(d.dir, 'filler'), Buffer.alloc(4 * MiB)).then(() => resume());
        }
      },
    });
    const err = await failure(download, 'ATTACHMENT_NO_SPACE');
    expect(err.details?.neededBytes).toBeLessThanOrEqual(4 * MiB);
    expect(await readdir(d.dir)).toEqual(['filler']);
  });

  it('a body of unknown length is stopped at the reserve, before the disk is full', async () => {
    const d = await disk(4 * MiB);
    const s = await server((socket, write) => endlessChunked(socket, write));
    const space = { ...simulatedDisk(d, 4 * MiB), reserveBytes: MiB, checkEveryBytes: 256 * KiB };
    const err = await failure(downloadFile({ ...quick, url: `${s.url}/stream`, dir: d.dir, name: 'stream.log', space }), 'ATTACHMENT_DISK_FULL');
    expect(err.details?.reserveBytes).toBe(MiB);
    expect(await readdir(d.dir)).toEqual([]);
    expect(describeError(err, 'en')).toMatch(/^The disk holding .+ is full, so “stream\.log” was not saved and its partial file was deleted\./);
  });

  it('a real ENOSPC (statfs fooled into saying there is room) ends in ATTACHMENT_DISK_FULL with the part deleted', async () => {
    const d = await disk(2 * MiB);
    const s = await server((socket, write) => {
      write(head({ 'Content-Length': 4 * MiB }));
      pour(socket, write, 4 * MiB);
    });
    const lying = { read: async (): Promise<DiskSpace> => ({ available: 1024 * MiB, size: 2048 * MiB }) };
    const opts = { ...quick, url: `${s.url}/x.bin`, dir: d.dir, name: 'x.bin', space: lying };
    if (d.real) {
      await failure(downloadFile(opts), 'ATTACHMENT_DISK_FULL');
    } else {
      // No tmpfs here: the same path, with the disk's ENOSPC raised by the writer's source.
      const enospc = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      await failure(
        downloadFile({
          ...opts,
          httpGet: async () => ({
            status: 200,
            headers: new Headers({ 'content-length': String(4 * MiB) }),
            body: { pump: async () => Promise.reject(enospc), cancel: async () => undefined },
          }),
        }),
        'ATTACHMENT_DISK_FULL',
      );
    }
    expect(await readdir(d.dir)).toEqual([]);
  });
});

describe('servers that lie or never stop', () => {
  it('a body longer than its Content-Length, through any fetch, is discarded', async () => {
    const dir = await tempDir();
    const lyingFetch: typeof fetch = async () =>
      new Response(
        new ReadableStream({
          start(c) {
            c.enqueue(new Uint8Array(1000).fill(1));
            c.enqueue(new Uint8Array(4000).fill(2));
            c.close();
          },
        }),
        { headers: { 'content-length': '1000' } },
      );
    const err = await failure(downloadFile({ ...quick, url: 'http://127.0.0.1:9/lie.bin', dir, name: 'lie.bin', fetch: lyingFetch }), 'ATTACHMENT_LONGER_THAN_ANNOUNCED');
    expect(describeError(err, 'en')).toContain('more data for “lie.bin” than the 1000 bytes it announced');
    expect(await readdir(dir)).toEqual([]);
  });

  it('the built-in client stops at Content-Length: bytes after it are never part of the file', async () => {
    const dir = await tempDir();
    const s = await server((socket, write) => {
      write(head({ 'Content-Length': 1000 }));
      write(Buffer.alloc(1000, 0x31));
      write(Buffer.alloc(5000, 0x32));
      socket.end();
    });
    const r = await downloadFile({ ...quick, url: `${s.url}/f.bin`, dir, name: 'f.bin' });
    expect(r.bytes).toBe(1000);
    expect(await readFile(r.path)).toEqual(Buffer.alloc(1000, 0x31));
  });

  it('an endless body of unknown length is cut at the size cap, and nothing is kept', async () => {
    const dir = await tempDir();
    const s = await server((socket, write) => endlessChunked(socket, write));
    const err = await failure(downloadFile({ ...quick, url: `${s.url}/endless`, dir, name: 'endless.bin', maxBytes: 2 * MiB }), 'ATTACHMENT_OVER_LIMIT');
    expect(describeError(err, 'en')).toBe('“endless.bin” is larger than 2 MB, the most Devin Tray saves for one attachment, so it was not saved.');
    expect(describeError(err, 'zh-CN')).toBe('“endless.bin”超过 2 MB（Devin Tray 单个附件的保存上限），因此没有保存。');
    expect(await readdir(dir)).toEqual([]);
    expect(s.sent()).toBeLessThan(64 * MiB);
  });

  it('an announced size over the cap (8 GB by default) is refused before anything is written', async () => {
    const dir = await tempDir();
    const s = await server((socket, write) => {
      write(head({ 'Content-Length': 20 * 1024 * MiB }));
      pour(socket, write, Infinity);
    });
    await failure(downloadFile({ ...quick, url: `${s.url}/huge`, dir, name: 'huge.iso' }), 'ATTACHMENT_OVER_LIMIT');
    expect(await readdir(dir)).toEqual([]);
  });

  it.each(['built-in client', 'fetch'] as const)('a gzip body it did not ask for is refused (%s)', async (client) => {
    const dir = await tempDir();
    const bomb = gzipSync(Buffer.alloc(64 * MiB));
    const s = await server((socket, write) => {
      write(head({ 'Content-Length': bomb.length, 'Content-Encoding': 'gzip' }));
      write(bomb);
      socket.end();
    });
    const err = await failure(
      downloadFile({ ...quick, url: `${s.url}/report.txt`, dir, name: 'report.txt', ...(client === 'fetch' ? { fetch: globalThis.fetch } : {}) }),
      'ATTACHMENT_ENCODED',
    );
    expect(s.heads[0]).toMatch(/\r\naccept-encoding: identity\r\n/i);
    expect(describeError(err, 'en')).toBe('The server sent “report.txt” compressed (gzip) although it was asked not to, so it was not saved. Try again later.');
    expect(await readdir(dir)).toEqual([]);
  });
});

describe('downloaded-from-the-internet mark, for real on this OS', () => {
  it('a saved file carries the mark, with the origin stripped of its query', async () => {
    const dir = await tempDir();
    const s = await server((socket, write) => {
      write(head({ 'Content-Length': 5 }));
      write('hello');
      socket.end();
    });
    const r = await downloadFile({ ...quick, markDownloaded: undefined, url: `${s.url}/notes.txt?X-Amz-Signature=secret#x`, dir, name: 'notes.txt' });
    const origin = `${s.url}/notes.txt`;
    if (process.platform === 'linux') {
      // setfattr/getfattr come with Debian's `attr` package (installed by the pretest step).
      expect(execFileSync('/usr/bin/getfattr', ['--only-values', '-n', 'user.xdg.origin.url', r.path], { encoding: 'utf8' })).toBe(origin);
    } else if (process.platform === 'darwin') {
      expect(execFileSync('/usr/bin/xattr', ['-p', 'com.apple.quarantine', r.path], { encoding: 'utf8' })).toMatch(/^0081;[0-9a-f]+;Devin Tray;[0-9A-F-]{36}\n$/);
    } else if (process.platform === 'win32') {
      expect(await readFile(`${r.path}:Zone.Identifier`, 'utf8')).toBe(`[ZoneTransfer]\r\nZoneId=3\r\nHostUrl=${origin}\r\n`);
    } else {
      throw new Error(`no download mark is defined for ${process.platform}`);
    }
  });
});
