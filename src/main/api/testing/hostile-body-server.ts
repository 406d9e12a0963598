import { createServer } from 'node:http';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDeflate, createGzip } from 'node:zlib';

/**
 * A loopback HTTP server that answers every request with a hostile body, for the body-limit tests
 * and `npm run bench -- limits`. Bodies are produced lazily with back-pressure, so the server
 * itself stays small whatever size it claims.
 */
export type HostileBody =
  /** 200, `Content-Length: size`, then `size` bytes (unless the client hangs up first). */
  | { kind: 'length'; size: number }
  /** 200, chunked (no length), `size` bytes. */
  | { kind: 'chunked'; size: number }
  /** 200, `Content-Encoding: gzip|deflate`, a small body that inflates to `size` bytes; with or without Content-Length. */
  | { kind: 'bomb'; encoding: 'gzip' | 'deflate'; size: number; withLength: boolean }
  /** An error status with a chunked body of `size` bytes. */
  | { kind: 'error'; status: number; size: number }
  /** 200 with this JSON. */
  | { kind: 'json'; value: unknown };

export interface HostileServer {
  url: string;
  body: HostileBody;
  /** Bytes the server actually wrote for bodies (to show a client stopped early). */
  bytesSent: () => number;
  close: () => Promise<void>;
}

const PIECE = Buffer.alloc(256 * 1024, 0x20);
const bombs = new Map<string, Promise<Buffer>>();

/** A compressed body that inflates to `size` spaces (cached: a 1 GiB bomb takes about 2 s to build). */
export function compressedBomb(encoding: 'gzip' | 'deflate', size: number): Promise<Buffer> {
  const key = `${encoding}:${size}`;
  let built = bombs.get(key);
  if (!built) {
    built = new Promise<Buffer>((resolve, reject) => {
      const z = encoding === 'gzip' ? createGzip({ level: 9 }) : createDeflate({ level: 9 });
      const out: Buffer[] = [];
      z.on('data', (d: Buffer) => out.push(d));
      z.on('end', () => resolve(Buffer.concat(out)));
      z.on('error', reject);
      let left = size;
      const write = (): void => {
        while (left > 0) {
          const n = Math.min(left, PIECE.length);
          left -= n;
          if (!z.write(PIECE.subarray(0, n))) {
            z.once('drain', write);
            return;
          }
        }
        z.end();
      };
      write();
    });
    bombs.set(key, built);
  }
  return built;
}

/** Writes `size` bytes with back-pressure; stops when the client goes away. */
function stream(res: ServerResponse, size: number, count: (n: number) => void): void {
  let left = size;
  const pump = (): void => {
    while (left > 0 && !res.destroyed) {
      const n = Math.min(left, PIECE.length);
      left -= n;
      count(n);
      if (!res.write(PIECE.subarray(0, n))) {
        res.once('drain', pump);
        return;
      }
    }
    if (!res.destroyed) res.end();
  };
  pump();
}

export async function startHostileBodyServer(initial: HostileBody): Promise<HostileServer> {
  let sent = 0;
  const count = (n: number): void => {
    sent += n;
  };
  const handle: HostileServer = {
    url: '',
    body: initial,
    bytesSent: () => sent,
    close: () => new Promise((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
  const server = createServer((req, res) => {
    req.resume();
    res.on('error', () => undefined);
    const b = handle.body;
    switch (b.kind) {
      case 'json': {
        const text = JSON.stringify(b.value);
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
        res.end(text);
        return;
      }
      case 'length':
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': String(b.size) });
        stream(res, b.size, count);
        return;
      case 'chunked':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        stream(res, b.size, count);
        return;
      case 'error':
        res.writeHead(b.status, { 'Content-Type': 'text/html' });
        stream(res, b.size, count);
        return;
      case 'bomb':
        void compressedBomb(b.encoding, b.size).then((bytes) => {
          const headers: Record<string, string> = { 'Content-Type': 'application/json', 'Content-Encoding': b.encoding };
          if (b.withLength) headers['Content-Length'] = String(bytes.length);
          res.writeHead(200, headers);
          count(bytes.length);
          res.end(bytes);
        });
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  handle.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return handle;
}
