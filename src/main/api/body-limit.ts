/**
 * Bounded reading of API response bodies. `Response.text()` buffers whatever the server sends
 * (a 2 GB body took the main process to 4.3 GB; a 1 MB gzip bomb to 2.2 GB), so every API body is
 * read here, as a stream, and reading stops at a cap. The cap applies to the bytes the stream
 * yields, which are the decoded bytes whatever `fetch` was injected (Node's, Electron's
 * `net.fetch`, a proxy-aware one): a compressed body is capped after decompression, and its
 * compressed size is checked up front from Content-Length.
 */

/**
 * Largest successful API response read (JSON pages, session lists). Real ones are well under
 * 1 MiB. At 32 MiB, a refused body grew the process by up to 67 MB (the kept chunks plus what the
 * collector had not yet reclaimed; `npm run bench -- limits`), over the 64 MB budget; 16 MiB keeps
 * it near half that.
 */
export const MAX_API_BODY_BYTES = 16 * 1024 * 1024;

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
  const kept = new CompactBytes();
  let truncated = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (kept.length + value.byteLength > limit) {
        await reader.cancel().catch(() => undefined);
        if (overflow === 'fail') return { kind: 'too-large', limit, bytes: kept.length + value.byteLength, announced: null };
        kept.append(value.subarray(0, limit - kept.length));
        truncated = true;
        break;
      }
      kept.append(value);
    }
  } finally {
    reader.releaseLock();
  }
  // `stream: true` on a cut body keeps a split multi-byte character from turning into U+FFFD mid-text.
  const decoder = new TextDecoder('utf-8');
  let text = '';
  for (const block of kept.blocks()) text += decoder.decode(block, { stream: true });
  text += truncated ? '' : decoder.decode();
  return { kind: 'text', text, truncated };
}

/**
 * The bytes read so far, copied into blocks of our own. Keeping the stream's chunks instead would
 * keep their backing buffers, which some fetch implementations make much larger than the chunk
 * (reading 16 MiB from Node's fetch that way held 28–31 MB of ArrayBuffers). Blocks grow from 16 KiB to 1 MiB, so a
 * small answer stays small and at most one block is part-empty.
 */
class CompactBytes {
  private readonly full: Uint8Array[] = [];
  private current = new Uint8Array(16 * 1024);
  private used = 0;
  length = 0;

  append(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.byteLength) {
      if (this.used === this.current.byteLength) {
        this.full.push(this.current);
        this.current = new Uint8Array(Math.min(1024 * 1024, this.current.byteLength * 2));
        this.used = 0;
      }
      const n = Math.min(chunk.byteLength - offset, this.current.byteLength - this.used);
      this.current.set(chunk.subarray(offset, offset + n), this.used);
      this.used += n;
      offset += n;
    }
    this.length += chunk.byteLength;
  }

  blocks(): Uint8Array[] {
    return [...this.full, this.current.subarray(0, this.used)];
  }
}
