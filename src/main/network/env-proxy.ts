import { BlockList, isIP } from 'node:net';
import { AppError } from '../../shared/errors';
import type { ConnectionFailure, ProxyEnvProblem } from '../../shared/network';
import { displayEndpoint } from './proxy-route';
import type { ProxyEndpoint, ProxyRoute, ProxyScheme } from './proxy-route';

/**
 * Pure decisions for proxies named in the environment (the CLI and the browser preview):
 * `https_proxy`/`HTTPS_PROXY` for https URLs, `http_proxy`/`HTTP_PROXY` for http URLs (and for
 * https when no HTTPS proxy is set, as undici and many tools do), `no_proxy`/`NO_PROXY` to bypass.
 * The lower-case name wins when both are set. Loopback hosts are always direct.
 */

export interface EnvProxy {
  /** The variable it came from, e.g. `HTTPS_PROXY`. */
  envVar: string;
  /** The full URL, credentials included: only for the connection to the proxy, never shown. */
  url: string;
  endpoint: ProxyEndpoint;
  hasCredentials: boolean;
}

export interface NoProxyRule {
  /** Lower-case host or domain (no leading dot); empty for an address range. */
  host: string;
  /** 0: any port. */
  port: number;
}

export interface EnvProxyConfig {
  http: EnvProxy | null;
  https: EnvProxy | null;
  /** `*`: nothing goes through a proxy. */
  bypassAll: boolean;
  rules: NoProxyRule[];
  /** Address ranges (`10.0.0.0/8`, `fd00::/8`) and literal addresses from NO_PROXY. */
  ranges: BlockList;
  /** The NO_PROXY text as read (for display). */
  noProxy: string;
}

/**
 * A proxy variable that cannot be used; reported rather than silently going direct. The failure
 * in `details.connection` lets every surface (CLI errors, doctor, the app) say it in the reader's
 * language; the English message is for logs.
 */
export function invalidProxyError(envVar: string, reason: ProxyEnvProblem, scheme?: string): AppError {
  const connection: ConnectionFailure = { stage: 'proxy', code: 'PROXY_ENV_INVALID', envVar, reason, ...(scheme ? { scheme } : {}) };
  const text = reason === 'scheme' ? `unsupported scheme ${scheme ?? '?'}` : reason === 'noHost' ? 'no host' : 'not a URL';
  return new AppError('PROXY_ENV_INVALID', `${envVar} is not a usable proxy URL: ${text}`, { envVar, connection }, { envVar });
}

const SCHEMES: Record<string, { scheme: ProxyScheme; port: number }> = {
  'http:': { scheme: 'http', port: 80 },
  'https:': { scheme: 'https', port: 443 },
  'socks5:': { scheme: 'socks5', port: 1080 },
  'socks:': { scheme: 'socks5', port: 1080 },
};

/** Parses one proxy variable's value (`proxy:8080` means `http://proxy:8080`, as curl reads it). */
export function parseProxyUrl(envVar: string, value: string): EnvProxy {
  const text = /^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    // Never echo the value: it may hold a password.
    throw invalidProxyError(envVar, 'notUrl');
  }
  const scheme = SCHEMES[url.protocol];
  if (!scheme) throw invalidProxyError(envVar, 'scheme', url.protocol.replace(/:$/, ''));
  if (!url.hostname) throw invalidProxyError(envVar, 'noHost');
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  const endpoint: ProxyEndpoint = { scheme: scheme.scheme, host, port: url.port ? Number(url.port) : scheme.port };
  return { envVar, url: url.href, endpoint, hasCredentials: url.username !== '' || url.password !== '' };
}

/** First non-empty of the names, lower case first; `[name, value]`. */
function pick(env: NodeJS.ProcessEnv, ...names: string[]): [string, string] | null {
  for (const name of names) {
    const v = env[name]?.trim();
    if (v) return [name, v];
  }
  return null;
}

function parseNoProxy(text: string): Pick<EnvProxyConfig, 'bypassAll' | 'rules' | 'ranges'> {
  const rules: NoProxyRule[] = [];
  const ranges = new BlockList();
  let bypassAll = false;
  for (const raw of text.split(/[,\s]+/)) {
    const entry = raw.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') {
      bypassAll = true;
      continue;
    }
    const cidr = /^([0-9a-f.:]+)\/(\d{1,3})$/.exec(entry);
    if (cidr?.[1] && cidr[2]) {
      const family = isIP(cidr[1]);
      const prefix = Number(cidr[2]);
      if (family && prefix <= (family === 4 ? 32 : 128)) ranges.addSubnet(cidr[1], prefix, family === 4 ? 'ipv4' : 'ipv6');
      continue;
    }
    const bare = entry.replace(/^\[(.*)\]$/, '$1');
    if (isIP(bare)) {
      ranges.addAddress(bare, isIP(bare) === 4 ? 'ipv4' : 'ipv6');
      continue;
    }
    const withPort = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    const host = (withPort?.[1] ?? entry).replace(/^\[(.*)\]$/, '$1').replace(/^\*?\./, '').replace(/\.$/, '');
    if (host) rules.push({ host, port: withPort?.[2] ? Number(withPort[2]) : 0 });
  }
  return { bypassAll, rules, ranges };
}

/** Reads the proxy variables. Throws PROXY_ENV_INVALID when one is set but unusable. */
export function readProxyEnv(env: NodeJS.ProcessEnv): EnvProxyConfig {
  const httpVar = pick(env, 'http_proxy', 'HTTP_PROXY');
  const httpsVar = pick(env, 'https_proxy', 'HTTPS_PROXY');
  const noProxyVar = pick(env, 'no_proxy', 'NO_PROXY');
  const http = httpVar ? parseProxyUrl(httpVar[0], httpVar[1]) : null;
  const https = httpsVar ? parseProxyUrl(httpsVar[0], httpsVar[1]) : http;
  const noProxy = noProxyVar?.[1] ?? '';
  return { http, https, noProxy, ...parseNoProxy(noProxy) };
}

/** localhost, *.localhost, 127.0.0.0/8 and ::1 (also as IPv4-mapped). */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.startsWith('::ffff:') ? h.slice(7) : h;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** True when NO_PROXY says `url` goes direct. */
export function bypassesProxy(url: URL, config: Pick<EnvProxyConfig, 'bypassAll' | 'rules' | 'ranges'>): boolean {
  if (config.bypassAll) return true;
  const host = url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
  const port = Number(url.port) || DEFAULT_PORTS[url.protocol] || 0;
  const family = isIP(host);
  if (family && config.ranges.check(host, family === 4 ? 'ipv4' : 'ipv6')) return true;
  return config.rules.some((r) => (r.port === 0 || r.port === port) && (host === r.host || host.endsWith(`.${r.host}`)));
}

/** The proxy (with credentials, for connecting) and the route (safe to show) for one URL. */
export interface EnvProxyChoice {
  route: ProxyRoute;
  proxy: EnvProxy | null;
}

/** Where a request to `url` goes under these variables. */
export function envProxyFor(url: URL, config: EnvProxyConfig): EnvProxyChoice {
  if (isLoopbackHost(url.hostname)) return { route: { kind: 'direct', source: 'loopback' }, proxy: null };
  const proxy = url.protocol === 'https:' ? config.https : url.protocol === 'http:' ? config.http : null;
  if (!proxy) return { route: { kind: 'direct', source: 'none' }, proxy: null };
  if (bypassesProxy(url, config)) return { route: { kind: 'direct', source: 'noProxy' }, proxy: null };
  return {
    route: {
      kind: 'proxy',
      source: 'env',
      proxy: proxy.endpoint,
      display: displayEndpoint(proxy.endpoint),
      envVar: proxy.envVar,
      hasCredentials: proxy.hasCredentials,
    },
    proxy,
  };
}
