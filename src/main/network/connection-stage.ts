import type { ConnectionFailure, TlsProblem } from '../../shared/network';
import type { ProxyRoute } from './proxy-route';

export type { ConnectionFailure, ConnectionStage, TlsProblem } from '../../shared/network';

/**
 * Pure classification of a failed request into the stage that failed, whichever stack raised it:
 * Node/undici errors (`ENOTFOUND`, `CERT_HAS_EXPIRED`, "Proxy response (407) !== 200 when HTTP
 * Tunneling", nested in `cause` or AggregateError) or Chromium's (`net::ERR_NAME_NOT_RESOLVED`,
 * `net::ERR_TUNNEL_CONNECTION_FAILED`, …), plus HTTP statuses. Table-tested.
 */

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NONAME', 'EAI_NODATA', 'ERR_NAME_NOT_RESOLVED', 'ERR_NAME_RESOLUTION_FAILED']);
const UNREACHABLE = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL']);
const TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'ERR_TIMED_OUT', 'ERR_CONNECTION_TIMED_OUT']);
const PROXY_AUTH = new Set(['ERR_PROXY_AUTH_UNSUPPORTED', 'ERR_PROXY_AUTH_REQUESTED', 'ERR_UNEXPECTED_PROXY_AUTH', 'ERR_PROXY_AUTH_REQUESTED_WITH_NO_CONNECTION']);
const UNTRUSTED = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_CERT_AUTHORITY_INVALID',
  'ERR_CERT_INVALID',
]);
const EXPIRED = new Set(['CERT_HAS_EXPIRED', 'CERT_NOT_YET_VALID', 'ERR_CERT_DATE_INVALID']);
const NAME = new Set(['ERR_TLS_CERT_ALTNAME_INVALID', 'ERR_CERT_COMMON_NAME_INVALID', 'HOSTNAME_MISMATCH']);
const REVOKED = new Set(['CERT_REVOKED', 'ERR_CERT_REVOKED']);

interface Clues {
  codes: string[];
  messages: string[];
  names: string[];
  /** `hostname` of DNS errors: which name failed (the proxy's or the API's). */
  hosts: string[];
}

/** Codes, messages and names along the error's `cause` chain and inside AggregateErrors. */
function collect(err: unknown, clues: Clues = { codes: [], messages: [], names: [], hosts: [] }, depth = 0): Clues {
  if (depth > 6 || err === null || err === undefined) return clues;
  if (typeof err === 'string') {
    clues.messages.push(err);
    return clues;
  }
  if (typeof err !== 'object') return clues;
  const e = err as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown; errors?: unknown; hostname?: unknown };
  if (typeof e.code === 'string') clues.codes.push(e.code);
  if (typeof e.hostname === 'string' && e.hostname) clues.hosts.push(e.hostname);
  if (typeof e.message === 'string') clues.messages.push(e.message);
  if (typeof e.name === 'string') clues.names.push(e.name);
  if (Array.isArray(e.errors)) for (const inner of e.errors.slice(0, 4)) collect(inner, clues, depth + 1);
  collect(e.cause, clues, depth + 1);
  return clues;
}

function tlsProblem(code: string): TlsProblem | null {
  if (UNTRUSTED.has(code)) return 'untrusted';
  if (EXPIRED.has(code)) return 'expired';
  if (NAME.has(code)) return 'nameMismatch';
  if (REVOKED.has(code)) return 'revoked';
  if (/^ERR_CERT_|^ERR_SSL_|^ERR_TLS_|^ERR_BAD_SSL|CERT_|^ERR_OSSL_/.test(code)) return 'other';
  return null;
}

/**
 * The stage a thrown request error belongs to. `route` is how the request was sent: behind a
 * proxy, failing to resolve or connect means failing to reach the proxy (the proxy, not we,
 * resolves and connects to the API host).
 */
export function classifyConnectionError(err: unknown, route?: ProxyRoute): ConnectionFailure {
  const clues = collect(err);
  // Chromium's errors are plain messages: "net::ERR_CERT_AUTHORITY_INVALID".
  const netCodes = clues.messages.flatMap((m) => [...m.matchAll(/net::(ERR_[A-Z0-9_]+)/g)].map((x) => x[1] as string));
  const codes = [...netCodes, ...clues.codes];
  const viaProxy = route?.kind === 'proxy';

  if (codes.includes('PROXY_PLAINTEXT_KEY')) return { stage: 'proxy', code: 'PROXY_PLAINTEXT_KEY' };
  // undici's tunnel: "Proxy response (407) !== 200 when HTTP Tunneling".
  for (const m of clues.messages) {
    const tunnel = /Proxy response \((\d{3})\)/.exec(m);
    if (tunnel) {
      const status = Number(tunnel[1]);
      return { stage: status === 407 ? 'proxyAuth' : 'proxy', code: `PROXY_${status}`, status };
    }
  }
  for (const code of codes) {
    if (PROXY_AUTH.has(code)) return { stage: 'proxyAuth', code };
    if (/^ERR_(PROXY|TUNNEL|SOCKS|MANDATORY_PROXY|PAC)_/.test(code) || code === 'UND_ERR_PRX_TLS') return { stage: 'proxy', code };
  }
  for (const code of codes) {
    const tls = tlsProblem(code);
    if (tls) return { stage: 'tls', code, tls };
  }
  if (clues.names.includes('TimeoutError')) return { stage: 'timeout', code: 'TIMEOUT' };
  for (const code of codes) {
    if (TIMEOUT.has(code)) return { stage: 'timeout', code };
    if (DNS.has(code)) {
      const host = clues.hosts[0];
      return { stage: viaProxy ? 'proxy' : 'dns', code, ...(host ? { host } : {}) };
    }
    if (UNREACHABLE.has(code)) return { stage: viaProxy ? 'proxy' : 'connect', code };
  }
  // A TLS alert or handshake failure without a certificate code.
  if (clues.messages.some((m) => /SSL routines|handshake failure|wrong version number/i.test(m))) return { stage: 'tls', code: codes[0] ?? 'TLS', tls: 'other' };
  return { stage: 'connect', code: codes[0] ?? 'NETWORK' };
}

/** The stage an HTTP answer to `GET /v3/self` fails at, or null when it is a success. */
export function classifyResponseStatus(status: number): ConnectionFailure | null {
  if (status >= 200 && status < 300) return null;
  if (status === 407) return { stage: 'proxyAuth', code: 'HTTP_407', status };
  if (status === 401 || status === 403) return { stage: 'auth', code: `HTTP_${status}`, status };
  return { stage: 'http', code: `HTTP_${status}`, status };
}
