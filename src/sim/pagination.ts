import { fieldError } from './http/problem';
import { queryInt } from './http/query';

/** The v3 page shape. */
export interface Page<T> {
  items: T[];
  end_cursor: string | null;
  has_next_page: boolean;
  total: number | null;
}

/** `first` (default 100, 1..200) and the raw `after` cursor. */
export function readCursorParams(q: URLSearchParams): { first: number; after: string | undefined } {
  const first = queryInt(q, 'first', { min: 1, max: 200 }) ?? 100;
  const after = q.get('after') ?? undefined;
  return { first, after: after === '' ? undefined : after };
}

/** Cursors are opaque to clients: base64url of a small JSON value. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor and checks its shape; 422 on anything we did not issue. */
export function decodeCursor<T>(cursor: string, isValid: (v: unknown) => v is T): T {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fieldError(['query', 'after'], 'Invalid cursor', 'value_error');
  }
  if (!isValid(value)) throw fieldError(['query', 'after'], 'Invalid cursor', 'value_error');
  return value;
}

function isSeq(v: unknown): v is { s: number } {
  return typeof v === 'object' && v !== null && typeof (v as { s?: unknown }).s === 'number';
}

/**
 * Pages a list already in its final order, keyed by a strictly increasing `seq`
 * (append-only collections: messages, notes, playbooks). The cursor is the last seq served.
 */
export function pageBySeq<R extends { seq: number }, T>(
  records: readonly R[],
  q: URLSearchParams,
  view: (r: R) => T,
): Page<T> {
  const { first, after } = readCursorParams(q);
  const afterSeq = after === undefined ? -Infinity : decodeCursor(after, isSeq).s;
  let start = lowerBound(records, afterSeq);
  const items: T[] = [];
  let last: R | undefined;
  for (; start < records.length && items.length < first; start++) {
    last = records[start] as R;
    items.push(view(last));
  }
  const hasNext = start < records.length;
  return {
    items,
    // The contract: end_cursor is null on the last page.
    end_cursor: last && hasNext ? encodeCursor({ s: last.seq }) : null,
    has_next_page: hasNext,
    total: records.length,
  };
}

/** First index whose seq is greater than `afterSeq` (records sorted by seq). */
function lowerBound(records: readonly { seq: number }[], afterSeq: number): number {
  let lo = 0;
  let hi = records.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((records[mid] as { seq: number }).seq > afterSeq) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
