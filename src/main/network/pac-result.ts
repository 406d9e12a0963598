import { displayEndpoint } from './proxy-route';
import type { ProxyEndpoint, ProxyRoute, ProxyScheme } from './proxy-route';

/**
 * Pure reading of a PAC-style answer, as `session.resolveProxy(url)` returns it:
 * `PROXY proxy.corp:8080; DIRECT`, `HTTPS secure.corp:443`, `SOCKS5 s:1080`, `DIRECT`.
 * Chromium tries the entries in order, so the first one is the route a request takes.
 */

export type PacEntry = { kind: 'direct' } | ({ kind: 'proxy' } & ProxyEndpoint);

const SCHEMES: Record<string, { scheme: ProxyScheme; port: number }> = {
  PROXY: { scheme: 'http', port: 80 },
  HTTP: { scheme: 'http', port: 80 },
  HTTPS: { scheme: 'https', port: 443 },
  SOCKS: { scheme: 'socks4', port: 1080 },
  SOCKS4: { scheme: 'socks4', port: 1080 },
  SOCKS5: { scheme: 'socks5', port: 1080 },
};

/** Splits `host:port` / `[v6]:port` / `host`; null when the port is not a valid number. */
function hostPort(text: string, defaultPort: number): { host: string; port: number } | null {
  const v6 = /^\[([^\]]+)\](?::(\d+))?$/.exec(text);
  const m = v6 ?? /^([^:\s]+)(?::(\d+))?$/.exec(text);
  if (!m?.[1]) return null;
  const port = m[2] === undefined ? defaultPort : Number(m[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return { host: m[1].toLowerCase(), port };
}

/** The entries of a PAC answer, in order; unknown or malformed entries are skipped. */
export function parsePacResult(answer: string): PacEntry[] {
  const entries: PacEntry[] = [];
  for (const raw of answer.split(';')) {
    const [word = '', target = '', ...rest] = raw.trim().split(/\s+/);
    const kind = word.toUpperCase();
    if (kind === 'DIRECT' && target === '') {
      entries.push({ kind: 'direct' });
      continue;
    }
    const scheme = SCHEMES[kind];
    if (!scheme || target === '' || rest.length > 0) continue;
    const hp = hostPort(target, scheme.port);
    if (hp) entries.push({ kind: 'proxy', scheme: scheme.scheme, ...hp });
  }
  return entries;
}

/**
 * The route Chromium takes for an answer: its first usable entry. An empty or unreadable answer
 * counts as direct, which is what Chromium does with it too.
 */
export function routeFromPac(answer: string): ProxyRoute {
  const first = parsePacResult(answer)[0];
  if (!first || first.kind === 'direct') return { kind: 'direct', source: 'system' };
  const proxy: ProxyEndpoint = { scheme: first.scheme, host: first.host, port: first.port };
  return { kind: 'proxy', source: 'system', proxy, display: displayEndpoint(proxy), pac: answer.trim() };
}

/**
 * Which download client serves a URL: the built-in fast client only when the request goes
 * straight to the host; through a proxy, the runtime's own stack (it knows the proxy's
 * authentication, PAC fail-over and HTTPS/SOCKS proxies).
 */
export function downloadClientFor(route: ProxyRoute): 'fast' | 'proxied' {
  return route.kind === 'direct' ? 'fast' : 'proxied';
}
