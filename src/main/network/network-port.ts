import type { HttpGet } from '../attachments/http/http-get';
import type { CertificateSummary, ProxyRoute } from '../../shared/network';

/**
 * How this runtime reaches the network. The app's comes from Electron (Chromium's stack: system
 * proxy, PAC, OS certificates, proxy login prompts); the CLI and the browser preview use Node with
 * the proxy environment variables. Services get one of these injected and never decide themselves.
 */
export interface NetworkPort {
  /** `system`: Chromium's stack; `env`: Node's, with HTTPS_PROXY / HTTP_PROXY / NO_PROXY. */
  readonly stack: 'system' | 'env';
  /** For API requests. Refuses to send credentials in clear text through a proxy. */
  fetch: typeof fetch;
  /** For downloads: the built-in fast client where the route is direct, the proxy-aware stack otherwise. */
  downloadGet: HttpGet;
  /** How a request to `url` leaves this machine (for display, the connection check and the guard). */
  routeFor(url: URL): Promise<ProxyRoute>;
  /** The certificate an https server presents (through the same proxy when it can); null when unknown. */
  probeCertificate(url: URL): Promise<CertificateSummary | null>;
  /** NODE_EXTRA_CA_CERTS when Node's stack uses it. */
  readonly extraCaFile: string | null;
  dispose(): Promise<void>;
}
