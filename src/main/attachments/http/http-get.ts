/**
 * The one HTTP operation downloads need: GET a URL and pull its body chunk by chunk, each chunk
 * handed over only when the previous one has been consumed (written to disk). Two
 * implementations: `rawHttpGet` (default: one reused buffer per download, so memory stays flat
 * whatever the size) and `fetchHttpGet` (any fetch, e.g. Electron's net.fetch for system proxies).
 */

export interface HttpBody {
  /**
   * Calls `onChunk` for each piece of the body and waits for it before reading more. The chunk's
   * memory may be reused after `onChunk` settles: copy it to keep it. Resolves at the end of the
   * body; rejects when the connection fails or the body is shorter than announced.
   */
  pump(onChunk: (chunk: Uint8Array) => void | Promise<void>): Promise<void>;
  /** Drops the rest of the body and releases the connection. */
  cancel(): Promise<void>;
}

export interface HttpResponse {
  status: number;
  headers: Headers;
  body: HttpBody;
}

export interface HttpGetInit {
  headers: Record<string, string>;
  signal: AbortSignal;
}

/** GET without following redirects (3xx come back as responses). */
export type HttpGet = (url: URL, init: HttpGetInit) => Promise<HttpResponse>;

/** Adapts a fetch implementation (global fetch, Electron net.fetch, a test double). */
export function fetchHttpGet(fetchImpl: typeof fetch): HttpGet {
  return async (url, init) => {
    const res = await fetchImpl(url, { method: 'GET', headers: init.headers, redirect: 'manual', signal: init.signal });
    const stream = res.body;
    return {
      status: res.status,
      headers: res.headers,
      body: {
        async pump(onChunk) {
          if (!stream) return;
          const reader = stream.getReader();
          try {
            for (;;) {
              const { done, value } = await reader.read();
              if (done) return;
              await onChunk(value);
            }
          } finally {
            reader.releaseLock();
          }
        },
        async cancel() {
          await stream?.cancel().catch(() => undefined);
        },
      },
    };
  };
}
