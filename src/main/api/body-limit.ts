/**
 * Bounded reading of API response bodies. `Response.text()` buffers whatever the server sends
 * (a 2 GB body took the main process to 4.3 GB; a 1 MB gzip bomb to 2.2 GB), so every API body is
 * read here, as a stream, and reading stops at a cap. The cap applies to the bytes the stream
 * yields, which are the decoded bytes whatever `fetch` was injected (Node's, Electron's
 * `net.fetch`, a proxy-aware one): a compressed body is capped after decompression, and its
 * compressed size is checked up front from Content-Length.
 */

/** Largest successful API response read (JSON pages, session lists). Real ones are well under 1 MiB. */
export const MAX_API_BODY_BYTES = 32 * 1024 * 1024;

/** Largest error body read; past this the rest is dropped (an error page only feeds a message). */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** What to do with a body longer than the cap: fail (a result we cannot use whole) or keep the start. */
export type OverflowPolicy = 'fail' | 'truncate';

export type BodyRead =
  | { kind: 'text'; text: string; truncated: boolean }
  /** `bytes`: how much was seen before stopping; `announced`: the Content-Length when it alone decided. */
  | { kind: 'too-large'; limit: number; bytes: number; announced: number | null };

/** Pure: the Content-Length when it is a plain non-negative integer, else null (absent, list, junk). */
export function announcedLength(header: string | null): number | null {
  if (header === null || !/^\s*\d{1,16}\s*$/.test(header)) return null;
  return Number(header);
}

/** Pure: true when the announced length alone rules the body out. */
export function announcedTooLarge(header: string | null, limit: number): boolean {
  const n = announcedLength(header);
  return n !== null && n > limit;
}

/**
 * Reads `res`'s body as UTF-8 text (BOM dropped, as `Response.text()` does), never holding more
 * than `limit` bytes of it. Past the cap the stream is cancelled (the connection is released and a
 * decoder stops inflating) and the result is `too-large` (`fail`) or the text so far (`truncate`).
 * Stream errors (a cut connection, an abort) are thrown as they come.
 */
export async function readBodyText(res: Response, limit: number, overflow: OverflowPolicy): Promise<BodyRead> {
  const body = res.body;
  if (body === null) return { kind: 'text', text: '', truncated: false };
  const announced = announcedLength(res.headers.get('content-length'));
  if (announced !== null && announced > limit && overflow === 'fail') {
    await body.cancel().catch(() => undefined);
    return { kind: 'too-large', limit, bytes: 0, announced };
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (bytes + value.byteLength > limit) {
        await reader.cancel().catch(() => undefined);
        if (overflow === 'fail') return { kind: 'too-large', limit, bytes: bytes + value.byteLength, announced: null };
        chunks.push(value.subarray(0, limit - bytes));
        bytes = limit;
        truncated = true;
        break;
      }
      chunks.push(value);
      bytes += value.byteLength;
    }
  } finally {
    reader.releaseLock();
  }
  // `stream: true` on a cut body keeps a split multi-byte character from turning into U+FFFD mid-text.
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  text += truncated ? '' : decoder.decode();
  return { kind: 'text', text, truncated };
}
