import { AppError } from '../../shared/errors';
import type { ConnectionFailure } from '../../shared/network';
import type { ProxyRoute } from './proxy-route';

/**
 * The API key never travels readable through a proxy. Over https the proxy only relays an
 * encrypted tunnel (CONNECT) and sees the host name; over plain http it would read every header,
 * `Authorization` included, whether the client sends an absolute-form request or tunnels. So a
 * request that carries credentials to an http:// URL through a proxy is refused before anything
 * is sent; the user can switch to https or list the host in the proxy bypass (NO_PROXY).
 */
export function plaintextKeyRefusal(url: URL, carriesCredentials: boolean, route: ProxyRoute): AppError | null {
  if (!carriesCredentials || url.protocol !== 'http:' || route.kind !== 'proxy') return null;
  const params = { host: url.host, proxy: route.display };
  // `connection` lets the error be described in the reader's language (network.failure.plaintextKey).
  const connection: ConnectionFailure = { stage: 'proxy', code: 'PROXY_PLAINTEXT_KEY' };
  return new AppError(
    'PROXY_PLAINTEXT_KEY',
    `Not sending the API key to http://${url.host} through the proxy ${route.display}: it would be readable there. Use an https API URL, or bypass the proxy for ${url.host}.`,
    { ...params, connection },
    params,
  );
}

function requestParts(input: string | URL | Request, init?: RequestInit): { url: URL; headers: Headers } {
  if (input instanceof Request) {
    const headers = new Headers(input.headers);
    if (init?.headers) new Headers(init.headers).forEach((v, k) => headers.set(k, v));
    return { url: new URL(input.url), headers };
  }
  return { url: new URL(String(input)), headers: new Headers(init?.headers) };
}

/** Wraps a fetch so credentialed http:// requests through a proxy are refused (see above). */
export function withPlaintextKeyGuard(fetchImpl: typeof fetch, routeFor: (url: URL) => Promise<ProxyRoute>): typeof fetch {
  const guarded = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const { url, headers } = requestParts(input, init);
    // Only http:// requests that carry credentials need the proxy answer; everything else goes straight on.
    if (url.protocol === 'http:' && (headers.has('authorization') || headers.has('cookie'))) {
      const refusal = plaintextKeyRefusal(url, true, await routeFor(url));
      if (refusal) throw refusal;
    }
    return fetchImpl(input, init);
  };
  return guarded as typeof fetch;
}
