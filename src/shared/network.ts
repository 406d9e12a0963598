/**
 * What the UI and the CLI learn about the network: the proxy a request to the API uses, and the
 * outcome of "Test connection". Plain data (it crosses IPC and is printed as JSON); never a
 * credential: proxy passwords stay in main.
 */

/** Where the proxy answer came from, so the UI can say "system settings" or "HTTPS_PROXY". */
export type ProxySource =
  /** The OS proxy settings or PAC file, as Chromium resolved them. */
  | 'system'
  /** An environment variable (named in `envVar`). */
  | 'env'
  /** NO_PROXY listed the host. */
  | 'noProxy'
  /** Loopback hosts never go through a proxy (a proxy cannot reach this machine's 127.0.0.1). */
  | 'loopback'
  /** No proxy configured at all. */
  | 'none';

/** The proxy scheme as PAC results and proxy URLs name it. */
export type ProxyScheme = 'http' | 'https' | 'socks4' | 'socks5';

export interface ProxyEndpoint {
  scheme: ProxyScheme;
  host: string;
  port: number;
}

/** How a request to one URL leaves this machine. */
export type ProxyRoute =
  | { kind: 'direct'; source: ProxySource }
  | {
      kind: 'proxy';
      source: ProxySource;
      proxy: ProxyEndpoint;
      /** The proxy as it may be shown: never credentials (`proxy.corp:8080`, `https://s.corp:443`). */
      display: string;
      /** Which variable named it (`HTTPS_PROXY`, `http_proxy` …), for env routes. */
      envVar?: string;
      /** The proxy URL has a user name or password (they are used, never shown). */
      hasCredentials?: boolean;
      /** Chromium's full answer (e.g. `PROXY a:8080; DIRECT`), for system routes. */
      pac?: string;
    };

export type ConnectionStage =
  /** The host name does not resolve. */
  | 'dns'
  /** The host resolved, but no connection (refused, unreachable, reset). */
  | 'connect'
  /** The proxy could not be reached, refused the tunnel, or is misconfigured. */
  | 'proxy'
  /** The proxy wants credentials (407) or rejected them. */
  | 'proxyAuth'
  /** The server's certificate was not accepted. */
  | 'tls'
  /** The API rejected the key (401) or its permissions (403). */
  | 'auth'
  /** Any other unexpected HTTP answer (5xx, 404, a redirect, a page that is not the API). */
  | 'http'
  | 'timeout';

/** Why a certificate was refused. */
export type TlsProblem = 'untrusted' | 'expired' | 'nameMismatch' | 'revoked' | 'other';

export interface ConnectionFailure {
  stage: ConnectionStage;
  /** The low-level code as the stack named it: `ENOTFOUND`, `ERR_CERT_AUTHORITY_INVALID`, `HTTP_407` … */
  code: string;
  /** HTTP status: of the API response, or of the proxy's answer to CONNECT. */
  status?: number;
  tls?: TlsProblem;
  /** The host a failed name lookup was for (the proxy's or the API's), when the error says. */
  host?: string;
  /** PROXY_ENV_INVALID: the variable that cannot be used (`HTTPS_PROXY` …), why, and its scheme when that is the reason. */
  envVar?: string;
  reason?: ProxyEnvProblem;
  scheme?: string;
}

/** Why a proxy variable cannot be used. */
export type ProxyEnvProblem = 'notUrl' | 'scheme' | 'noHost';

/** The certificate a server presented, read without trusting it (for "not trusted" reports). */
export interface CertificateSummary {
  /** `CN=api.devin.ai, O=…`. */
  subject: string;
  issuer: string;
  /** The top of the chain the server sent (the CA to install when it is a company's). */
  root: string;
  /** ISO 8601 (OpenSSL's text when it could not be read). */
  validFrom: string;
  validTo: string;
  /** SHA-256 fingerprint of the server certificate, `AB:CD:…`. */
  fingerprint256: string;
  /** Node's verdict with its trust store (e.g. `SELF_SIGNED_CERT_IN_CHAIN`); null when trusted. */
  verifyError: string | null;
}

/** The proxy in use for the API host. */
export interface NetworkStatus {
  /** The API origin the check and the route are for. */
  apiUrl: string;
  route: ProxyRoute;
  /** Which stack makes the requests: Chromium's (system proxy, PAC, OS certificates) or Node's (environment variables). */
  stack: 'system' | 'env';
  /** NODE_EXTRA_CA_CERTS, when set (Node's stack). */
  extraCaFile: string | null;
}

/** "Test connection". */
export interface ConnectionReport extends NetworkStatus {
  ok: boolean;
  failure: ConnectionFailure | null;
  /** For TLS failures, when it could be read. */
  certificate: CertificateSummary | null;
  /** HTTP status of the API's answer, when one arrived. */
  status: number | null;
  /** Whether the API key was sent (only to the signed-in API origin). */
  keySent: boolean;
  ms: number;
}

/** A proxy asking for a user name and password (answered in a dialog; never stored on disk). */
export interface ProxyAuthChallenge {
  id: string;
  /** `basic`, `digest`, `ntlm`, `negotiate` … as the proxy offered it. */
  scheme: string;
  host: string;
  port: number;
  realm: string;
  /** The credentials given before were refused. */
  retry: boolean;
}
