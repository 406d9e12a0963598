import type { ServerResponse } from 'node:http';
import { problemBody, type ProblemError } from './problem';

/** A response body: bytes in memory, or a stream of known length (big attachments). */
export type SimBody =
  | { kind: 'buffer'; data: Buffer }
  | { kind: 'stream'; length: number; chunks: () => Iterable<Buffer> | AsyncIterable<Buffer> };

/** What a handler returns; the server writes it (and may truncate it when a fault says so). */
export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: SimBody | null;
}

/** A JSON response. */
export function jsonResponse(status: number, value: unknown, headers: Record<string, string> = {}): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: { kind: 'buffer', data: Buffer.from(JSON.stringify(value)) },
  };
}

/** A problem+json response for a thrown ProblemError. */
export function problemResponse(err: ProblemError, instance: string | null): SimResponse {
  const body = problemBody(err.status, err.detail, instance, err.options.issues);
  return {
    status: err.status,
    headers: { 'content-type': 'application/problem+json', ...err.options.headers },
    body: { kind: 'buffer', data: Buffer.from(JSON.stringify(body)) },
  };
}

/** How the server writes a response. */
export interface WriteOptions {
  /** HEAD: headers only. */
  headOnly?: boolean;
  /** Fault 'truncate': announce the full content-length, send this many bytes, then cut the connection. */
  truncateAfter?: number;
}

function bodyLength(body: SimBody | null): number {
  if (!body) return 0;
  return body.kind === 'buffer' ? body.data.length : body.length;
}

async function* bodyChunks(body: SimBody): AsyncIterable<Buffer> {
  if (body.kind === 'buffer') {
    yield body.data;
    return;
  }
  for await (const chunk of body.chunks()) yield chunk;
}

function waitDrainOrClose(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

function writeFlushed(res: ServerResponse, chunk: Buffer): Promise<void> {
  return new Promise((resolve) => {
    res.write(chunk, () => resolve());
  });
}

/** Writes `r` to `res` with backpressure; stops early if the client goes away. */
export async function writeResponse(res: ServerResponse, r: SimResponse, opts: WriteOptions = {}): Promise<void> {
  const length = bodyLength(r.body);
  const noBody = r.status === 204 || r.status === 304;
  const headers: Record<string, string | number> = { ...r.headers };
  if (!noBody) headers['content-length'] = length;
  res.writeHead(r.status, headers);
  if (opts.headOnly || noBody || !r.body) {
    res.end();
    return;
  }
  if (opts.truncateAfter !== undefined) {
    await writeTruncated(res, r.body, Math.max(0, Math.min(opts.truncateAfter, length - 1)));
    return;
  }
  for await (const chunk of bodyChunks(r.body)) {
    if (res.destroyed) return;
    if (!res.write(chunk)) await waitDrainOrClose(res);
  }
  if (!res.destroyed) res.end();
}

/** Sends the first `limit` bytes, waits until they reach the socket, then destroys it. */
async function writeTruncated(res: ServerResponse, body: SimBody, limit: number): Promise<void> {
  let sent = 0;
  for await (const chunk of bodyChunks(body)) {
    if (res.destroyed || sent >= limit) break;
    const part = chunk.length > limit - sent ? chunk.subarray(0, limit - sent) : chunk;
    await writeFlushed(res, part);
    sent += part.length;
  }
  res.destroy();
}
