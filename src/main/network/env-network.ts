import type * as Undici from 'undici';
import { AppError } from '../../shared/errors';
import type { ProxyRoute } from '../../shared/network';
import { fetchHttpGet } from '../attachments/http/http-get';
import type { HttpGet } from '../attachments/http/http-get';
import { rawHttpGet } from '../attachments/http/raw-get';
import { routedHttpGet } from '../attachments/http/routed-get';
import { probeCertificate } from './certificate-probe';
import { proxyAuthorization } from './connect-tunnel';
import { envProxyFor, readProxyEnv } from './env-proxy';
import { tagErrorRoute } from './error-route';
import type { EnvProxy, EnvProxyConfig } from './env-proxy';
import type { NetworkPort } from './network-port';
import { downloadClientFor } from './pac-result';
import { withPlaintextKeyGuard } from './plaintext-key-guard';

export interface EnvNetworkOptions {
  /** The fetch for direct requests (default: Node's global fetch). */
  directFetch?: typeof fetch;
  /** The fast client for direct downloads (default: the built-in raw client). */
  directGet?: HttpGet;
  /** Extra CAs for servers reached through a proxy (tests; users set NODE_EXTRA_CA_CERTS instead). */
  tunnelCa?: string[];
}

/**
 * Node's network with the proxy environment variables (the CLI and the browser preview).
 * Direct requests use Node's own fetch and the fast download client, exactly as without proxies.
 * Proxied ones use undici's `ProxyAgent` with undici's fetch: CONNECT tunnels for https (the
 * proxy sees only the host name; the key travels inside TLS), proxy credentials from the URL as
 * `Proxy-Authorization`, https and SOCKS5 proxies. One decision (`envProxyFor`) routes API calls,
 * downloads, the connection check and the display alike, so they cannot disagree. Certificates:
 * Node's store plus NODE_EXTRA_CA_CERTS, on both paths.
 */
export function createEnvNetwork(env: NodeJS.ProcessEnv, opts: EnvNetworkOptions = {}): NetworkPort {
  let config: EnvProxyConfig | null = null;
  let configError: AppError | null = null;
  try {
    config = readProxyEnv(env);
  } catch (err) {
    // Reported on the first request (a bad HTTPS_PROXY must not silently go direct, nor break `--help`).
    configError = err instanceof AppError ? err : new AppError('PROXY_ENV_INVALID', err instanceof Error ? err.message : String(err));
  }
  const usable = (): EnvProxyConfig => {
    if (configError) throw configError;
    return config as EnvProxyConfig;
  };
  const directFetch = opts.directFetch ?? globalThis.fetch;

  // undici is loaded only once a request actually goes through a proxy.
  let undici: Promise<typeof Undici> | null = null;
  const agents = new Map<string, Undici.Dispatcher>();
  const agentFor = async (proxy: EnvProxy): Promise<{ lib: typeof Undici; agent: Undici.Dispatcher }> => {
    undici ??= import('undici');
    const lib = await undici;
    let agent = agents.get(proxy.url);
    if (!agent) {
      agent = new lib.ProxyAgent({ uri: proxy.url, ...(opts.tunnelCa ? { requestTls: { ca: opts.tunnelCa } } : {}) });
      agents.set(proxy.url, agent);
    }
    return { lib, agent };
  };

  const routeFor = async (url: URL): Promise<ProxyRoute> => envProxyFor(url, usable()).route;

  const routedFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const { proxy } = envProxyFor(url, usable());
    if (!proxy) return directFetch(input, init);
    const { lib, agent } = await agentFor(proxy);
    try {
      const response = await lib.fetch(input as Parameters<typeof lib.fetch>[0], { ...(init as Parameters<typeof lib.fetch>[1]), dispatcher: agent });
      return response as unknown as Response;
    } catch (err) {
      throw tagErrorRoute(err, envProxyFor(url, usable()).route);
    }
  };
  const guardedFetch = withPlaintextKeyGuard(routedFetch as typeof fetch, routeFor);

  const downloadGet = routedHttpGet({
    clientFor: async (url) => downloadClientFor(await routeFor(url)),
    fast: opts.directGet ?? rawHttpGet(),
    proxied: fetchHttpGet(guardedFetch),
  });

  return {
    stack: 'env',
    fetch: guardedFetch,
    downloadGet,
    routeFor,
    async probeCertificate(url) {
      const { proxy } = envProxyFor(url, usable());
      // The probe tunnels through plain http proxies only; others are left unknown.
      if (proxy && proxy.endpoint.scheme !== 'http') return null;
      return probeCertificate(url, {
        proxy: proxy ? { host: proxy.endpoint.host, port: proxy.endpoint.port, authorization: proxyAuthorization(proxy.url) } : null,
      });
    },
    extraCaFile: env['NODE_EXTRA_CA_CERTS']?.trim() || null,
    async dispose() {
      const closing = [...agents.values()].map((a) => a.close().catch(() => undefined));
      agents.clear();
      await Promise.all(closing);
    },
  };
}
