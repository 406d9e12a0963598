import { connect as netConnect, isIP } from 'node:net';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import { ChunkedDecoder } from './chunked-decoder';
import type { HttpBody, HttpGet, HttpResponse } from './http-get';
import { bodyFraming, findHeadEnd, MAX_HEAD_BYTES, parseResponseHead } from './response-head';
import type { BodyFraming } from './response-head';

export interface RawHttpGetOptions {
  /** Size of each read buffer; also the largest chunk handed to the consumer. */
  bufferSize?: number;
  /** Read buffers per request: reading continues into a free one while earlier ones are written. */
  buffers?: number;
  /**
   * Extra TLS options (e.g. `ca`: the OS store in the app, a test server's CA), or a function
   * giving them on first use. Certificates are always verified.
   */
  tls?: Pick<ConnectionOptions, 'ca'> | (() => Pick<ConnectionOptions, 'ca'>);
}

export const DEFAULT_READ_BUFFER = 256 * 1024;
export const DEFAULT_READ_BUFFERS = 4;

/**
 * A minimal HTTP/1.1 GET client for big downloads (http and https, one connection per request,
 * `Connection: close`). Unlike fetch, which allocates a new buffer per socket read (so a 1 GiB
 * download leaves tens of MB of garbage between collections), the socket reads into reused buffers
 * (`onread`) from a fixed pool of a few buffers, and pauses whenever the consumer (the disk)
 * falls behind: memory is flat, and backpressure is exact. Supports Content-Length, chunked and close-delimited bodies.
 */
export function rawHttpGet(opts: RawHttpGetOptions = {}): HttpGet {
  return async (url, init) => requestOnce(url, init.headers, init.signal, opts);
}

/** An error with a Node-style code, so callers can tell a cut connection from a disk error. */
function httpError(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

function requestHead(url: URL, headers: Record<string, string>): string {
  let head = `GET ${url.pathname}${url.search} HTTP/1.1\r\nHost: ${url.host}\r\n`;
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || /[\r\n\0]/.test(value)) throw httpError(`invalid header ${name}`, 'ERR_INVALID_HEADER');
    if (name.toLowerCase() === 'connection' || name.toLowerCase() === 'host') continue;
    head += `${name}: ${value}\r\n`;
  }
  return `${head}Connection: close\r\n\r\n`;
}

type OnRead = { buffer: Buffer | (() => Buffer); callback: (n: number, buf: Uint8Array) => boolean };

function openSocket(url: URL, onread: OnRead, opts: RawHttpGetOptions): Socket {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (url.protocol === 'https:') {
    const port = Number(url.port || 443);
    // tls.connect honours `onread` like net.connect (Node ≥ 14.5); @types/node omits it.
    const options: ConnectionOptions & { onread: OnRead } = {
      host,
      port,
      ...(isIP(host) ? {} : { servername: host }),
      ALPNProtocols: ['http/1.1'],
      onread,
      ...(typeof opts.tls === 'function' ? opts.tls() : opts.tls),
    };
    return tlsConnect(options);
  }
  if (url.protocol === 'http:') return netConnect({ host, port: Number(url.port || 80), onread });
  throw httpError(`unsupported protocol ${url.protocol}`, 'ERR_INVALID_PROTOCOL');
}

/** One socket read waiting for the consumer: the body slices it holds, and the pooled buffer to free after. */
interface ReadEntry {
  buffer: Buffer | null;
  slices: Uint8Array[];
  complete: boolean;
}

function requestOnce(url: URL, headers: Record<string, string>, signal: AbortSignal, opts: RawHttpGetOptions): Promise<HttpResponse> {
  const requestText = requestHead(url, headers);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  const pool = new ReadBufferPool(opts.buffers ?? DEFAULT_READ_BUFFERS, opts.bufferSize ?? DEFAULT_READ_BUFFER);

  return new Promise<HttpResponse>((resolveHead, rejectHead) => {
    let phase: 'head' | 'body' | 'done' = 'head';
    let headBytes: Buffer = Buffer.alloc(0);
    let framing: BodyFraming = { kind: 'none' };
    let remaining = 0;
    let decoder: ChunkedDecoder | null = null;
    let consumer: ((chunk: Uint8Array) => void | Promise<void>) | null = null;
    const queue: ReadEntry[] = [];
    let consuming = false;
    let paused = false;
    /** How the connection ended, applied once the queued data has been consumed. */
    let ending: { error: Error | null } | null = null;
    let failure: Error | null = null;
    let pumpSettle: { resolve: () => void; reject: (e: Error) => void } | null = null;

    const onAbort = (): void => fail((signal.reason as Error | undefined) ?? httpError('aborted', 'ABORT_ERR'));
    signal.addEventListener('abort', onAbort, { once: true });
    const cleanup = (): void => signal.removeEventListener('abort', onAbort);

    function fail(err: Error): void {
      if (phase === 'done') return;
      const wasHead = phase === 'head';
      phase = 'done';
      failure = err;
      cleanup();
      socket.destroy();
      if (wasHead) rejectHead(err);
      else if (pumpSettle) pumpSettle.reject(err);
    }

    function finish(): void {
      if (phase === 'done') return;
      phase = 'done';
      cleanup();
      socket.destroy();
      pumpSettle?.resolve();
    }

    /** Splits raw bytes into body slices per the framing; `complete` once the body has ended. */
    function frame(data: Uint8Array): { slices: Uint8Array[]; complete: boolean } {
      switch (framing.kind) {
        case 'length': {
          const take = Math.min(remaining, data.length);
          remaining -= take;
          return { slices: take > 0 ? [data.subarray(0, take)] : [], complete: remaining === 0 };
        }
        case 'chunked': {
          const slices = (decoder as ChunkedDecoder).push(data);
          return { slices, complete: (decoder as ChunkedDecoder).done };
        }
        case 'close':
          return { slices: [data], complete: false };
        default:
          return { slices: [], complete: true };
      }
    }

    /** Queues a read for the consumer. Returns false when the body is malformed. */
    function enqueue(data: Uint8Array, buffer: Buffer | null): boolean {
      try {
        const framed = frame(data);
        queue.push({ buffer, ...framed });
        return true;
      } catch (err) {
        if (buffer) pool.release(buffer);
        fail(httpError(err instanceof Error ? err.message : String(err), 'ERR_BAD_CHUNKED'));
        return false;
      }
    }

    /** Feeds queued reads to the consumer in order, one at a time, freeing buffers as it goes. */
    function consume(): void {
      if (consuming || !consumer || phase !== 'body') return;
      consuming = true;
      const run = async (): Promise<void> => {
        while (queue.length > 0 && phase === 'body') {
          const entry = queue.shift() as ReadEntry;
          try {
            for (const slice of entry.slices) {
              if (phase !== 'body') return;
              await (consumer as (c: Uint8Array) => void | Promise<void>)(slice);
            }
          } finally {
            // The buffer the paused socket waits for becomes its next read target: resume.
            if (entry.buffer && pool.release(entry.buffer) && paused && phase === 'body' && !entry.complete) {
              paused = false;
              socket.resume();
            }
          }
          if (entry.complete) return finish();
        }
        if (phase === 'body' && ending) {
          if (ending.error) fail(ending.error);
          else finish();
        }
      };
      run().then(
        () => {
          consuming = false;
          if (queue.length > 0) consume();
        },
        (err: unknown) => {
          consuming = false;
          fail(err instanceof Error ? err : new Error(String(err)));
        },
      );
    }

    function onHeadBytes(chunk: Buffer): void {
      headBytes = Buffer.concat([headBytes, chunk]);
      for (;;) {
        const end = findHeadEnd(headBytes);
        if (end < 0) {
          if (headBytes.length > MAX_HEAD_BYTES) fail(httpError('response head too large', 'ERR_HEAD_TOO_LARGE'));
          return;
        }
        let head;
        try {
          head = parseResponseHead(headBytes.subarray(0, end).toString('latin1'));
          framing = bodyFraming(head);
        } catch (err) {
          fail(httpError(err instanceof Error ? err.message : String(err), 'ERR_BAD_RESPONSE'));
          return;
        }
        const rest = headBytes.subarray(end);
        // Interim responses (100 Continue, 103 Early Hints) are followed by the real one.
        if (head.status >= 100 && head.status < 200) {
          headBytes = Buffer.from(rest);
          continue;
        }
        phase = 'body';
        remaining = framing.kind === 'length' ? framing.length : 0;
        decoder = framing.kind === 'chunked' ? new ChunkedDecoder() : null;
        headBytes = Buffer.alloc(0);
        const empty = framing.kind === 'none' || (framing.kind === 'length' && framing.length === 0);
        if (empty) queue.push({ buffer: null, slices: [], complete: true });
        else if (rest.length > 0) enqueue(Buffer.from(rest), null);
        // Nothing more is read until someone pumps the body (or cancels it).
        paused = true;
        socket.pause();
        resolveHead({ status: head.status, headers: head.headers, body });
        return;
      }
    }

    const body: HttpBody = {
      pump(onChunk) {
        return new Promise<void>((resolve, reject) => {
          if (failure) return reject(failure);
          if (consumer) return reject(new Error('body already consumed'));
          consumer = onChunk;
          pumpSettle = { resolve, reject };
          if (phase === 'done') return resolve();
          if (queue.length > 0 || ending) consume();
          if (paused && !queue.some((e) => e.complete)) {
            paused = false;
            socket.resume();
          }
        });
      },
      async cancel() {
        if (phase !== 'done') {
          phase = 'done';
          cleanup();
          socket.destroy();
        }
      },
    };

    const socket = openSocket(
      url,
      {
        buffer: () => pool.next(),
        callback: (n, buf) => {
          const buffer = buf as Buffer;
          if (phase === 'head') {
            onHeadBytes(Buffer.from(buffer.subarray(0, n)));
            pool.release(buffer);
            // onHeadBytes may have moved on to the body (and paused); TS cannot see that.
            return (phase as string) === 'head';
          }
          if (phase !== 'body') {
            pool.release(buffer);
            return false;
          }
          if (!enqueue(buffer.subarray(0, n), buffer)) return false;
          consume();
          // Keep reading while a free buffer remains; otherwise wait for the consumer.
          if (pool.hasFree()) return true;
          paused = true;
          return false;
        },
      },
      opts,
    );
    socket.setNoDelay(true);
    socket.on('error', (err) => endWith(err));
    socket.on('end', () => {
      if (phase === 'body' && framing.kind === 'close') endWith(null);
      else endWith(httpError(phase === 'head' ? 'connection closed before a response' : 'connection closed before the body was complete', 'ERR_PREMATURE_CLOSE'));
    });
    socket.on('close', () => endWith(httpError('connection closed', 'ERR_PREMATURE_CLOSE')));
    socket.write(requestText);

    /** The connection is over: settle now, or after the consumer has taken what was already read. */
    function endWith(error: Error | null): void {
      if (phase === 'head') return fail(error ?? httpError('connection closed before a response', 'ERR_PREMATURE_CLOSE'));
      if (phase !== 'body' || ending) return;
      ending = { error };
      if (consumer) consume();
      if (consumer && !consuming && queue.length === 0) {
        if (error) fail(error);
        else finish();
      }
    }
  });
}

/**
 * The few read buffers of one request. The socket asks for the buffer of its next read right
 * after each read; when none is free it gets the one the consumer will release first
 * (`waitingFor`) and stays paused until that happens, so a buffer is never overwritten while
 * its bytes are still being written to disk.
 */
class ReadBufferPool {
  private readonly free: Buffer[];
  /** Handed out and not yet released, oldest first; the last one is the socket's current target. */
  private readonly busy: Buffer[] = [];
  /** Set while the socket is paused with a busy buffer as its next target. */
  private waitingFor: Buffer | null = null;

  constructor(count: number, size: number) {
    this.free = Array.from({ length: Math.max(1, count) }, () => Buffer.allocUnsafe(size));
  }

  /** The buffer for the socket's next read (asked right after each read). */
  next(): Buffer {
    const buf = this.free.shift();
    if (buf) {
      this.busy.push(buf);
      return buf;
    }
    // All in use: target the oldest, which the consumer (working in order) releases first.
    this.waitingFor = this.busy.shift() as Buffer;
    this.busy.push(this.waitingFor);
    return this.waitingFor;
  }

  hasFree(): boolean {
    return this.free.length > 0;
  }

  /**
   * The consumer is done with `buf`. Returns true when it is the paused socket's target: it stays
   * reserved for that read (not free), and the socket may resume.
   */
  release(buf: Buffer): boolean {
    if (buf === this.waitingFor) {
      this.waitingFor = null;
      return true;
    }
    const i = this.busy.indexOf(buf);
    if (i >= 0) {
      this.busy.splice(i, 1);
      this.free.push(buf);
    }
    return false;
  }
}
