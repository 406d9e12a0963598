/** Pure helpers for resuming with `Range` (RFC 9110 §14). */

/** A parsed `Content-Range: bytes start-end/total` (total null for `*`). */
export interface ContentRange {
  start: number;
  end: number;
  total: number | null;
}

/** Parses a satisfied-range Content-Range header; null when absent or malformed. */
export function parseContentRange(header: string | null): ContentRange | null {
  const m = header ? /^\s*bytes\s+(\d+)-(\d+)\/(\d+|\*)\s*$/i.exec(header) : null;
  if (!m) return null;
  const start = Number(m[1]);
  const end = Number(m[2]);
  const total = m[3] === '*' ? null : Number(m[3]);
  if (end < start || (total !== null && end >= total)) return null;
  return { start, end, total };
}

/** The complete length from an unsatisfied-range answer (`Content-Range: bytes *\/1234`, with 416). */
export function parseUnsatisfiedRange(header: string | null): number | null {
  const m = header ? /^\s*bytes\s+\*\/(\d+)\s*$/i.exec(header) : null;
  return m ? Number(m[1]) : null;
}

/** A non-negative integer Content-Length, or null. */
export function parseContentLength(header: string | null): number | null {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header);
}

/**
 * The validator to send in `If-Range` so a resumed request only gets the rest of the SAME
 * file: a strong ETag, else Last-Modified. Weak ETags are not allowed there.
 */
export function ifRangeValidator(etag: string | null, lastModified: string | null): string | null {
  if (etag && !etag.startsWith('W/')) return etag;
  return lastModified;
}

/** What to do with a response to a request that started at byte `offset`. */
export type ResumeDecision =
  | { kind: 'append'; total: number | null }
  | { kind: 'restart'; total: number | null }
  | { kind: 'complete'; total: number }
  | { kind: 'invalid'; reason: string };

/**
 * Decides how a response continues the file: 206 whose range starts at `offset` → append;
 * 200 → the server sent the whole file (no or ignored Range) → restart from 0; 416 with the
 * full length equal to `offset` → the part is already complete. A compressed body cannot be
 * resumed or length-checked, so it restarts with an unknown total.
 */
export function decideResume(
  status: number,
  offset: number,
  headers: { contentLength: string | null; contentRange: string | null; contentEncoding: string | null },
): ResumeDecision {
  const encoded = headers.contentEncoding !== null && headers.contentEncoding.toLowerCase() !== 'identity';
  if (status === 200) return { kind: 'restart', total: encoded ? null : parseContentLength(headers.contentLength) };
  if (status === 206) {
    if (encoded) return { kind: 'invalid', reason: 'compressed partial content' };
    const range = parseContentRange(headers.contentRange);
    if (!range) return { kind: 'invalid', reason: 'bad Content-Range' };
    if (range.start !== offset) return { kind: 'invalid', reason: `range starts at ${range.start}, expected ${offset}` };
    return { kind: 'append', total: range.total };
  }
  if (status === 416 && offset > 0) {
    const total = parseUnsatisfiedRange(headers.contentRange);
    if (total === offset) return { kind: 'complete', total };
    return { kind: 'invalid', reason: 'range not satisfiable' };
  }
  return { kind: 'invalid', reason: `status ${status}` };
}
