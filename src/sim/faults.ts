import { fieldError } from './http/problem';

/**
 * Fault injection. A rule matches a request by method and pathname and fires `times` times
 * (-1 = until cleared). Faults apply to the API and storage origins, never to /_sim/*.
 * - status: answer `status` (default 503) as problem+json, with `Retry-After: retryAfter` if given;
 * - delay: wait `delayMs` (real time), then answer normally;
 * - truncate: announce the full content-length, send `truncateAfter` bytes (default half), cut the connection;
 * - malformed: 200 with a body that is not valid JSON;
 * - drop: destroy the socket without answering;
 * - sign_in_page: 200 text/html with the web app's sign-in page (what a misrouted proxy or a
 *   web-app link gives an API client: it must never be saved as the attachment).
 * The handler does not run for status/malformed/drop/sign_in_page (the request has no effect).
 */
export const FAULT_KINDS = ['status', 'delay', 'truncate', 'malformed', 'drop', 'sign_in_page'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  method?: string;
  /** A pathname prefix, or a regular expression tested against the pathname. */
  path: string;
  kind: FaultKind;
  status?: number;
  retryAfter?: string;
  delayMs?: number;
  truncateAfter?: number;
  /** Default 1; -1 = until cleared. */
  times?: number;
  /** Which server the rule applies to; default 'main' ('second' = the redirect target origin). */
  origin?: 'main' | 'second';
}

export interface ActiveFault extends FaultRule {
  id: number;
  /** Firings left; -1 = unlimited. */
  remaining: number;
  hits: number;
}

/** Validates a rule from the control API (422 on bad input). */
export function parseFaultRule(raw: Record<string, unknown>): FaultRule {
  const kind = raw.kind;
  if (typeof kind !== 'string' || !(FAULT_KINDS as readonly string[]).includes(kind)) {
    throw fieldError(['body', 'kind'], `kind must be one of ${FAULT_KINDS.join(', ')}`);
  }
  if (typeof raw.path !== 'string' || raw.path === '') throw fieldError(['body', 'path'], 'path is required');
  const times = raw.times ?? 1;
  if (typeof times !== 'number' || !Number.isInteger(times) || (times < 1 && times !== -1)) {
    throw fieldError(['body', 'times'], 'times must be a positive integer or -1');
  }
  const optNumber = (name: string): number | undefined => {
    const v = raw[name];
    if (v === undefined || v === null) return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw fieldError(['body', name], `${name} must be a non-negative number`);
    return v;
  };
  const status = optNumber('status');
  if (status !== undefined && (status < 100 || status > 599)) throw fieldError(['body', 'status'], 'status must be an HTTP status');
  if (raw.retryAfter !== undefined && typeof raw.retryAfter !== 'string') {
    throw fieldError(['body', 'retryAfter'], 'retryAfter must be a string (the header value)');
  }
  const origin = raw.origin ?? 'main';
  if (origin !== 'main' && origin !== 'second') throw fieldError(['body', 'origin'], "origin must be 'main' or 'second'");
  return {
    method: typeof raw.method === 'string' ? raw.method.toUpperCase() : undefined,
    path: raw.path,
    kind: kind as FaultKind,
    status,
    retryAfter: raw.retryAfter as string | undefined,
    delayMs: optNumber('delayMs'),
    truncateAfter: optNumber('truncateAfter'),
    times,
    origin,
  };
}

function compilePath(path: string): (pathname: string) => boolean {
  let re: RegExp | null = null;
  try {
    re = new RegExp(path);
  } catch {
    re = null;
  }
  return (pathname) => pathname.startsWith(path) || (re !== null && re.test(pathname));
}

/** The active fault rules, first added first. */
export class FaultStore {
  private rules: { fault: ActiveFault; matches: (p: string) => boolean }[] = [];
  private nextId = 1;

  add(rule: FaultRule): ActiveFault {
    const fault: ActiveFault = { ...rule, id: this.nextId++, remaining: rule.times ?? 1, hits: 0 };
    this.rules.push({ fault, matches: compilePath(rule.path) });
    return fault;
  }

  clear(): void {
    this.rules = [];
  }

  list(): ActiveFault[] {
    return this.rules.map((r) => ({ ...r.fault }));
  }

  /** The first rule matching this request, consuming one firing; null if none. */
  take(origin: 'main' | 'second', method: string, pathname: string): ActiveFault | null {
    for (const r of this.rules) {
      const f = r.fault;
      if ((f.origin ?? 'main') !== origin) continue;
      if (f.method !== undefined && f.method !== method) continue;
      if (!r.matches(pathname)) continue;
      f.hits++;
      if (f.remaining > 0) f.remaining--;
      if (f.remaining === 0) this.rules = this.rules.filter((x) => x !== r);
      return { ...f };
    }
    return null;
  }
}
