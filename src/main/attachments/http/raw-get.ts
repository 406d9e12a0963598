import { connect as netConnect, isIP } from 'node:net';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import type { ConnectionOptions } from 'node:tls';
import { ChunkedDecoder } from './chunked-decoder';
import type { HttpBody, HttpGet, HttpResponse } from './http-get';
import { bodyFraming, findHeadEnd, MAX_HEAD_BYTES, parseResponseHead } from './response-head';
import type { BodyFraming } from './response-head';

export interface RawHttpGetOptions {
  /** Size of the one read buffer per request; also the largest chunk handed to the consumer. */
  bufferSize?: number;
  /** Extra TLS options (e.g. `ca` for a test server). Certificates are always verified. */
  tls?: Pick<ConnectionOptions, 'ca'>;
}

export const DEFAULT_READ_BUFFER = 256 * 1024;

/**
 * A minimal HTTP/1.1 GET client for big downloads (http and https, one connection per request,
 * `Connection: close`). Unlike fetch, which allocates a new buffer per socket read (so a 1 GiB
 * download leaves tens of MB of garbage between collections), the socket reads into ONE buffer
 * (`onread`) and stays paused while the consumer writes each chunk: memory is flat, and
 * backpressure is exact. Supports Content-Length, chunked and close-delimited bodies.
 */
export function rawHttpGet(opts: RawHttpGetOptions = {}): HttpGet {
  return (url, init) => requestOnce(url, init.headers, init.signal, opts);
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

type OnRead = { buffer: Buffer; callback: (n: number, buf: Uint8Array) => boolean };

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
      ...opts.tls,
    };
    return tlsConnect(options);
  }
  if (url.protocol === 'http:') return netConnect({ host, port: Number(url.port || 80), onread });
  throw httpError(`unsupported protocol ${url.protocol}`, 'ERR_INVALID_PROTOCOL');
}

function requestOnce(url: URL, headers: Record<string, string>, signal: AbortSignal, opts: RawHttpGetOptions): Promise<HttpResponse> {
  const requestText = requestHead(url, headers);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  const buffer = Buffer.allocUnsafe(opts.bufferSize ?? DEFAULT_READ_BUFFER);

  return new Promise<HttpResponse>((resolveHead, rejectHead) => {
    let phase: 'head' | 'body' | 'done' = 'head';
    let headBytes: Buffer = Buffer.alloc(0);
    let framing: BodyFraming = { kind: 'none' };
    let remaining = 0;
    let decoder: ChunkedDecoder | null = null;
    let consumer: ((chunk: Uint8Array) => void | Promise<void>) | null = null;
    let pending: Buffer | null = null;
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

    /** Hands the slices of `data` to the consumer one by one; the socket stays paused meanwhile. */
    function deliver(data: Uint8Array): void {
      let framed: { slices: Uint8Array[]; complete: boolean };
      try {
        framed = frame(data);
      } catch (err) {
        fail(httpError(err instanceof Error ? err.message : String(err), 'ERR_BAD_CHUNKED'));
        return;
      }
      const run = async (): Promise<void> => {
        for (const slice of framed.slices) {
          if (phase !== 'body') return;
          await (consumer as (c: Uint8Array) => void | Promise<void>)(slice);
        }
      };
      run().then(
        () => {
          if (phase !== 'body') return;
          if (framed.complete) finish();
          else socket.resume();
        },
        (err: unknown) => fail(err instanceof Error ? err : new Error(String(err))),
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
        pending = rest.length > 0 ? Buffer.from(rest) : null;
        headBytes = Buffer.alloc(0);
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
          const atStart = pending;
          pending = null;
          const empty = framing.kind === 'none' || (framing.kind === 'length' && framing.length === 0);
          if (empty) finish();
          else if (atStart) deliver(atStart);
          else socket.resume();
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
        buffer,
        callback: (n, buf) => {
          if (phase === 'head') {
            onHeadBytes(Buffer.from(buf.subarray(0, n)));
            // onHeadBytes may have moved on to the body (and paused); TS cannot see that.
            return (phase as string) === 'head';
          }
          if (phase !== 'body') return false;
          socket.pause();
          deliver(buf.subarray(0, n));
          return false;
        },
      },
      opts,
    );
    socket.setNoDelay(true);
    socket.on('error', (err) => fail(err));
    socket.on('end', () => {
      if (phase === 'body' && framing.kind === 'close') finish();
      else fail(httpError(phase === 'head' ? 'connection closed before a response' : 'connection closed before the body was complete', 'ERR_PREMATURE_CLOSE'));
    });
    socket.on('close', () => fail(httpError('connection closed', 'ERR_PREMATURE_CLOSE')));
    socket.write(requestText);
  });
}
