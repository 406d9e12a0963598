import type { ClientRequest, ClientRequestConstructorOptions } from 'electron';
import type { ProxyRoute } from '../../shared/network';
import { fetchHttpGet } from '../attachments/http/http-get';
import type { HttpGet } from '../attachments/http/http-get';
import { rawHttpGet } from '../attachments/http/raw-get';
import { routedHttpGet } from '../attachments/http/routed-get';
import { probeCertificate } from '../network/certificate-probe';
import { tagErrorRoute } from '../network/error-route';
import type { NetworkPort } from '../network/network-port';
import { downloadClientFor, routeFromPac } from '../network/pac-result';
import { withPlaintextKeyGuard } from '../network/plaintext-key-guard';
import type { ProxyAuthBroker } from '../network/proxy-auth-broker';
import { lazyTrustedCaCertificates } from '../network/system-ca';
import type { TlsCertificateSource } from '../network/system-ca';
import { createNetRequestFetch } from './net-request-fetch';

export interface SystemNetworkDeps {
  /** `net.request` of Electron (the default session's network stack). */
  request: (options: ClientRequestConstructorOptions) => ClientRequest;
  /** `session.defaultSession.resolveProxy`: the OS settings and PAC file applied to one URL. */
  resolveProxy: (url: string) => Promise<string>;
  /** Who answers a proxy's request for credentials (the dialog). */
  proxyAuth: ProxyAuthBroker;
  /** `node:tls` (tests inject one without the OS store). */
  tls?: TlsCertificateSource;
  /** The fast download client (tests). */
  fastGet?: HttpGet;
}

/**
 * The app's network, on Chromium's stack: the OS proxy settings and PAC files, the OS
 * certificate store, and proxy login prompts answered by `proxyAuth`. API calls go through
 * `net.request`. Downloads keep the built-in fast client where `resolveProxy` says DIRECT (with
 * the OS's root certificates loaded into it, so a company CA trusted by the system is trusted
 * there too), and otherwise stream through `net.request` as well. Chromium then knows the proxy's
 * authentication (Basic, NTLM, Kerberos), PAC fail-over and HTTPS or SOCKS proxies, which a
 * CONNECT tunnel of our own would not.
 */
export function createSystemNetwork(deps: SystemNetworkDeps): NetworkPort {
  const routeFor = async (url: URL): Promise<ProxyRoute> => routeFromPac(await deps.resolveProxy(url.href));

  const netFetch = createNetRequestFetch({
    request: deps.request,
    onProxyLogin: (authInfo, attempt, callback) => {
      const { isProxy, scheme, host, port, realm } = authInfo;
      void deps.proxyAuth.request({ isProxy, scheme, host, port, realm, attempt }).then(
        (c) => (c ? callback(c.username, c.password) : callback()),
        () => callback(),
      );
    },
  });
  // Failures carry the proxy they went through, for messages that name it.
  const taggedFetch = (async (input: string | URL | Request, init?: RequestInit) => {
    try {
      return await netFetch(input, init);
    } catch (err) {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const route = await routeFor(url).catch(() => null);
      throw route?.kind === 'proxy' ? tagErrorRoute(err, route) : err;
    }
  }) as typeof fetch;
  const fetchImpl = withPlaintextKeyGuard(taggedFetch, routeFor);

  const ca = lazyTrustedCaCertificates(deps.tls);
  const downloadGet = routedHttpGet({
    // When Chromium cannot say, its own stack is the safe choice.
    clientFor: (url) => routeFor(url).then(downloadClientFor, () => 'proxied' as const),
    fast: deps.fastGet ?? rawHttpGet({ tls: () => ({ ca: ca() }) }),
    proxied: fetchHttpGet(fetchImpl),
  });

  return {
    stack: 'system',
    fetch: fetchImpl,
    downloadGet,
    routeFor,
    async probeCertificate(url) {
      const route = await routeFor(url).catch(() => null);
      if (!route) return null;
      if (route.kind === 'direct') return probeCertificate(url);
      // Through a plain http proxy without credentials; Chromium keeps any it was given.
      return route.proxy.scheme === 'http' ? probeCertificate(url, { proxy: { host: route.proxy.host, port: route.proxy.port } }) : null;
    },
    extraCaFile: null,
    async dispose() {
      // Chromium owns the connections.
    },
  };
}
