import type { AuthInfo, ClientRequest, ClientRequestConstructorOptions, IncomingMessage } from 'electron';
import { Readable } from 'node:stream';

/** Answers a proxy's request for credentials: `callback(user, pass)`, or `callback()` to cancel. */
export type ProxyLoginHandler = (authInfo: AuthInfo, attempt: number, callback: (username?: string, password?: string) => void) => void;

export interface NetRequestFetchDeps {
  /** Electron's `net.request` (Chromium's stack: system proxy, PAC, OS certificates). */
  request: (options: ClientRequestConstructorOptions) => ClientRequest;
  onProxyLogin: ProxyLoginHandler;
}

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/**
 * Headers Chromium computes itself and refuses from callers (`net::ERR_INVALID_ARGUMENT`): the
 * multipart upload's `Content-Length`, for one, would fail every upload. They are left out.
 */
const RESTRICTED_HEADERS = new Set(['content-length', 'host', 'trailer', 'te', 'upgrade', 'cookie2', 'keep-alive', 'transfer-encoding', 'connection']);

function headersOf(raw: Record<string, string | string[]>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  return headers;
}

/** Writes a streamed request body chunk by chunk, each after the previous one was taken. */
async function writeStream(r: ClientRequest, stream: ReadableStream<Uint8Array>): Promise<void> {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    await new Promise<void>((resolve) => r.write(Buffer.from(value.buffer, value.byteOffset, value.byteLength), undefined, () => resolve()));
  }
}

/**
 * `fetch` on Electron's `net.request`, for main-process traffic through Chromium's network stack.
 * Not `net.fetch`, for three reasons: `net.fetch` rejects every redirect when `redirect: 'manual'`
 * ("Redirect was cancelled"), while the API client and the download engine need the 3xx itself to
 * check it; it has no way to answer a proxy's 407 (its request's `login` event has no listener, so
 * Chromium cancels the authentication); and without an origin it sends the session's cookies.
 * Here a manual redirect comes back as a body-less 3xx response with its headers, a proxy login
 * goes to `onProxyLogin` (a server's 401 is never answered: that is the API rejecting the key),
 * cookies are never sent or stored, and the body streams with back-pressure (Chromium reads the
 * next chunk only when the consumer asks for it).
 */
export function createNetRequestFetch(deps: NetRequestFetchDeps): typeof fetch {
  const netFetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    let req: Request;
    try {
      req = new Request(input, init);
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
    const signal = req.signal;
    if (signal.aborted) return Promise.reject(signal.reason as Error);
    const redirect = req.redirect === 'manual' ? 'manual' : req.redirect === 'error' ? 'error' : 'follow';

    return new Promise<Response>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        fn();
      };
      // Aborting also stops a body still streaming, so the listener stays until the exchange is over.
      const done = () => signal.removeEventListener('abort', onAbort);
      const r = deps.request({ method: req.method, url: req.url, redirect, credentials: 'omit', useSessionCookies: false });
      let body: Readable | null = null;
      const onAbort = () => {
        // A body still streaming ends with the abort's reason, not as if it were complete.
        body?.destroy(signal.reason as Error);
        r.abort();
        done();
        settle(() => reject(signal.reason as Error));
      };
      signal.addEventListener('abort', onAbort, { once: true });

      req.headers.forEach((value, name) => {
        if (!RESTRICTED_HEADERS.has(name.toLowerCase())) r.setHeader(name, value);
      });

      let logins = 0;
      r.on('login', (authInfo, callback) => {
        logins += 1;
        if (!authInfo.isProxy) return callback();
        deps.onProxyLogin(authInfo, logins, callback);
      });
      r.on('redirect', (statusCode, _method, _redirectUrl, responseHeaders) => {
        if (redirect !== 'manual') return;
        // The caller decides about the redirect; the request ends here.
        r.abort();
        done();
        settle(() => resolve(new Response(null, { status: statusCode, headers: headersOf(responseHeaders) })));
      });
      r.on('response', (res: IncomingMessage) => {
        const hasBody = !NULL_BODY_STATUSES.has(res.statusCode) && req.method !== 'HEAD';
        body = res as unknown as Readable;
        body.once('close', done);
        const stream = hasBody ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : null;
        settle(() => resolve(new Response(stream, { status: res.statusCode, statusText: res.statusMessage, headers: headersOf(res.headers) })));
      });
      r.on('error', (err: Error) => {
        done();
        settle(() => reject(err));
      });

      const sendBody = async (): Promise<void> => {
        if (req.body === null) {
          r.end();
        } else if (init?.body instanceof ReadableStream) {
          // A stream (an upload) goes out as it is produced, never buffered whole (chunked on HTTP/1.1;
          // over HTTP/2 a body needs no length up front).
          r.chunkedEncoding = true;
          await writeStream(r, req.body);
          r.end();
        } else {
          r.end(Buffer.from(await req.arrayBuffer()));
        }
      };
      sendBody().catch((err: unknown) => {
        r.abort();
        settle(() => reject(err instanceof Error ? err : new Error(String(err))));
      });
    });
  };
  return netFetch as typeof fetch;
}
