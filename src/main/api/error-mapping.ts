import type { FieldError } from '../../shared/errors';
import { classifyConnectionError } from '../network/connection-stage';
import { routeOfError } from '../network/error-route';
import { ApiError, type ApiErrorCode, type ApiErrorDetails } from './api-error';

/**
 * Pure decisions that turn an HTTP failure into an {@link ApiError}. No I/O here: the transport
 * hands in what it saw (status, headers, body text, or the thrown fetch error).
 */

/** Parses `Retry-After`: delay-seconds or an HTTP-date (relative to `nowMs`). Null when absent or unreadable. */
export function parseRetryAfter(value: string | null | undefined, nowMs: number): number | null {
  if (value == null) return null;
  const v = value.trim();
  if (v === '') return null;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // An HTTP-date has a weekday and month name; bare numbers like "-3" are not dates.
  if (!/[a-z]/i.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - nowMs);
}

/** FastAPI `loc` → field path: leading `body`/`query`/`path`/`header` dropped, rest joined with dots. */
export function fieldFromLoc(loc: readonly unknown[]): string {
  const parts = loc.map(String);
  if (parts.length > 1 && ['body', 'query', 'path', 'header'].includes(parts[0] ?? '')) parts.shift();
  return parts.join('.');
}

function asRecord(v: unknown): Record<string, unknown> | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

function firstString(...values: unknown[]): string | undefined {
  for (const v of values) if (typeof v === 'string' && v !== '') return v;
  return undefined;
}

/** One field error from whichever shape the server used (FastAPI `{loc,msg}`, `{field,message}`, JSON pointer …). */
function toFieldError(item: unknown): FieldError | null {
  const r = asRecord(item);
  if (!r) return typeof item === 'string' ? { field: '', message: item } : null;
  let field = '';
  if (Array.isArray(r.loc)) field = fieldFromLoc(r.loc);
  else field = firstString(r.field, r.name, r.param) ?? '';
  if (field === '' && typeof r.pointer === 'string') field = r.pointer.replace(/^\/+/, '').split('/').join('.');
  if (field === '' && typeof r.loc === 'string') field = r.loc;
  const message = firstString(r.msg, r.message, r.detail, r.reason, r.title) ?? JSON.stringify(item).slice(0, 200);
  return { field, message };
}

/** Field errors from a ProblemDetail `errors` array or a FastAPI `detail` array; `[]` when neither. */
export function parseFieldErrors(body: unknown): FieldError[] {
  const r = asRecord(body);
  if (!r) return [];
  const source = Array.isArray(r.errors) ? r.errors : Array.isArray(r.detail) ? r.detail : [];
  return source.map(toFieldError).filter((e): e is FieldError => e !== null);
}

/** The server's one-line explanation from a ProblemDetail / FastAPI / plain-text error body. */
export function extractDetail(body: unknown, rawText: string): string | undefined {
  const r = asRecord(body);
  if (r) {
    const d = firstString(r.detail, r.message, r.error_description, r.error, r.title);
    if (d) return d.slice(0, 500);
    return undefined;
  }
  const text = rawText.trim();
  // Proxies answer with HTML pages; those are noise in a message.
  if (text === '' || text.startsWith('<')) return undefined;
  return text.slice(0, 300);
}

/** Parses JSON; `undefined` when the text is not JSON (error bodies may be HTML or empty). */
export function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

export interface HttpFailure {
  status: number;
  method: string;
  path: string;
  host: string;
  retryAfter: string | null;
  bodyText: string;
  nowMs: number;
}

/** Maps a non-2xx status to its stable code. */
export function codeForStatus(status: number): ApiErrorCode {
  if (status === 401) return 'AUTH_INVALID';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404 || status === 410) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status === 422) return 'VALIDATION';
  if (status >= 500) return 'SERVER';
  return 'BAD_REQUEST';
}

const TITLES: Record<ApiErrorCode, string> = {
  AUTH_INVALID: 'API key rejected',
  FORBIDDEN: 'Forbidden',
  NOT_FOUND: 'Not found',
  RATE_LIMITED: 'Rate limited',
  VALIDATION: 'Validation failed',
  BAD_REQUEST: 'Bad request',
  SERVER: 'Server error',
  NETWORK: 'Network error',
  TIMEOUT: 'Timed out',
  BAD_RESPONSE: 'Bad response',
  RESPONSE_TOO_LARGE: 'Response too large',
  CANCELLED: 'Cancelled',
};

/** Builds the ApiError for an HTTP error response. */
export function errorFromHttp(f: HttpFailure): ApiError {
  const code = codeForStatus(f.status);
  const body = tryParseJson(f.bodyText);
  const details: ApiErrorDetails = { status: f.status, method: f.method, path: f.path, host: f.host };
  const retryAfterMs = parseRetryAfter(f.retryAfter, f.nowMs);
  if (retryAfterMs !== null) details.retryAfterMs = retryAfterMs;

  let detail = extractDetail(body, f.bodyText);
  if (code === 'VALIDATION' || (code === 'BAD_REQUEST' && asRecord(body)?.errors)) {
    const fieldErrors = parseFieldErrors(body);
    if (fieldErrors.length > 0) {
      details.fieldErrors = fieldErrors;
      // A FastAPI `detail` is the array itself; a readable summary replaces it.
      if (detail === undefined || Array.isArray(asRecord(body)?.detail)) detail = summarizeFieldErrors(fieldErrors);
    }
  }
  if (detail !== undefined) details.detail = detail;

  let message = `${TITLES[code]} (${f.status}) on ${f.method} ${f.path}`;
  if (detail) message += `: ${detail}`;
  if (code === 'RATE_LIMITED' && retryAfterMs !== null) message += ` (retry after ${Math.ceil(retryAfterMs / 1000)} s)`;
  return new ApiError(code, message, details);
}

/** "prompt: Field required; title: too long". */
export function summarizeFieldErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ');
}

/** Error codes of a connection that never reached the server (safe to say "nothing was sent"). */
const NOT_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The low-level code behind a `fetch failed` TypeError (undici puts it on `cause`, sometimes nested). */
export function causeCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; depth < 4 && e; depth++) {
    const r = asRecord(e);
    if (!r) return undefined;
    if (typeof r.code === 'string') return r.code;
    // AggregateError from happy-eyeballs: take the first inner error.
    if (Array.isArray(r.errors) && r.errors.length > 0) e = r.errors[0];
    else e = r.cause;
  }
  return undefined;
}

/** True when the request certainly never reached the server (connection refused, DNS, TLS). */
export function neverReachedServer(err: unknown): boolean {
  const code = causeCode(err);
  return code !== undefined && NOT_CONNECTED.has(code);
}

export interface TransportFailure {
  method: string;
  path: string;
  host: string;
  /** What was thrown by fetch or while reading the body. */
  error: unknown;
  /** Whether our timeout fired / the caller aborted (checked on the signals, not guessed from the error). */
  timedOut: boolean;
  cancelled: boolean;
  timeoutMs: number;
  /** Set when the failure happened while reading a 2xx/4xx body after headers arrived. */
  status?: number;
}

/** Builds the ApiError for a request that produced no usable response. */
export function errorFromTransport(f: TransportFailure): ApiError {
  // Which stage failed (DNS, proxy, certificate …) and through which proxy, for a message that says what to fix.
  const route = routeOfError(f.error);
  const connection = classifyConnectionError(f.error, route);
  // A name that does not resolve, a refused tunnel or a refused certificate: the request never left.
  const unsent = neverReachedServer(f.error) || (f.status === undefined && ['dns', 'tls', 'proxy', 'proxyAuth'].includes(connection.stage));
  const base: ApiErrorDetails = { method: f.method, path: f.path, host: f.host, sent: !unsent };
  if (f.status !== undefined) base.status = f.status;
  const where = `${f.method} ${f.path}`;
  if (f.cancelled) return new ApiError('CANCELLED', `Cancelled: ${where}`, base);
  if (f.timedOut) {
    return new ApiError('TIMEOUT', `No complete response within ${Math.ceil(f.timeoutMs / 1000)} s: ${where}`, {
      ...base,
      timeoutMs: f.timeoutMs,
    });
  }
  const cause = causeCode(f.error) ?? (f.error instanceof Error ? f.error.message : String(f.error));
  if (f.status !== undefined) {
    // Headers arrived, then the connection broke: the body is cut short.
    return new ApiError('BAD_RESPONSE', `Truncated response body (${f.status}) on ${where}: ${cause}`, {
      ...base,
      reason: 'truncated',
      cause,
    });
  }
  const proxy = route?.kind === 'proxy' ? { proxy: route.display } : {};
  return new ApiError('NETWORK', `Cannot reach ${f.host} (${cause}): ${where}`, { ...base, cause, connection, ...proxy });
}
