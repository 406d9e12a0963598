import type { IncomingHttpHeaders } from 'node:http';
import { keyLabelOf, redactAuthorization } from './auth';
import type { SimKeyLabel } from './keys';

/** One request as the client sent it (Authorization redacted). */
export interface LoggedRequest {
  seq: number;
  method: string;
  path: string;
  /** Query parameters: a string, or an array when repeated. */
  query: Record<string, string | string[]>;
  rawQuery: string;
  /** Route template, e.g. `/v3/organizations/:org/sessions` ('(unmatched)' if none). */
  route: string;
  headers: Record<string, string>;
  hadAuth: boolean;
  /** Which test key was used ('unknown' for any other key; null without Authorization). */
  authKey: SimKeyLabel | 'unknown' | null;
  /** Response status; 0 when the connection was dropped by a fault. */
  status: number;
  /** The sim clock (ms) when the request arrived. */
  time: number;
  fault: string | null;
}

export interface Counters {
  total: number;
  byRoute: Record<string, number>;
}

/** Lower-cased headers with Authorization redacted. */
export function recordHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const v = Array.isArray(value) ? value.join(', ') : value;
    out[name] = name === 'authorization' ? redactAuthorization(v) : v;
  }
  return out;
}

/** URLSearchParams → `{k: v}` or `{k: [v1, v2]}` when repeated. */
export function queryObject(q: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(q.keys())) {
    const all = q.getAll(key);
    out[key] = all.length === 1 ? (all[0] as string) : all;
  }
  return out;
}

/** How many requests the log keeps (oldest dropped first); counters are never trimmed. */
export const REQUEST_LOG_CAPACITY = 20_000;

/** The request log (bounded: oldest entries go first) and per-route counters. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;
  private counters: Counters = { total: 0, byRoute: {} };

  constructor(private readonly capacity = REQUEST_LOG_CAPACITY) {}

  /** Starts an entry; the caller sets `status` (and `fault`) when it is known. */
  record(input: { method: string; path: string; search: URLSearchParams; route: string; headers: IncomingHttpHeaders; time: number }): LoggedRequest {
    const auth = input.headers.authorization;
    const entry: LoggedRequest = {
      seq: ++this.seq,
      method: input.method,
      path: input.path,
      query: queryObject(input.search),
      rawQuery: input.search.toString(),
      route: input.route,
      headers: recordHeaders(input.headers),
      hadAuth: auth !== undefined && auth !== '',
      authKey: keyLabelOf(auth),
      status: 0,
      time: input.time,
      fault: null,
    };
    this.entries.push(entry);
    // Trim in batches so a long benchmark does not pay a big splice on every request.
    if (this.entries.length > this.capacity * 1.1) this.entries.splice(0, this.entries.length - this.capacity);
    const key = `${input.method} ${input.route}`;
    this.counters.total++;
    this.counters.byRoute[key] = (this.counters.byRoute[key] ?? 0) + 1;
    return entry;
  }

  list(): LoggedRequest[] {
    return this.entries.map((e) => ({ ...e }));
  }

  counts(): Counters {
    return { total: this.counters.total, byRoute: { ...this.counters.byRoute } };
  }

  /** Clears the log and the counters. */
  clear(): void {
    this.entries = [];
    this.counters = { total: 0, byRoute: {} };
  }
}
