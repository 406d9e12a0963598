import { AppError } from '../../shared/errors';
import type { ConnectionFailure, ConnectionReport, NetworkStatus, ProxyRoute } from '../../shared/network';
import { classifyConnectionError, classifyResponseStatus } from './connection-stage';
import type { NetworkPort } from './network-port';

export interface CheckConnectionOptions {
  network: NetworkPort;
  /** The API origin (`https://api.devin.ai`). */
  apiUrl: string;
  /** `Bearer …` when signed in to exactly this origin; null sends no key (the API then answers 401). */
  authorization: string | null;
  timeoutMs?: number;
  now?: () => number;
}

export const CHECK_TIMEOUT_MS = 15_000;

/** The proxy in use for the API host; a proxy variable that cannot be read counts as no route. */
export async function networkStatus(network: NetworkPort, apiUrl: string): Promise<NetworkStatus & { routeError: AppError | null }> {
  const origin = new URL(apiUrl).origin;
  let route: ProxyRoute = { kind: 'direct', source: 'none' };
  let routeError: AppError | null = null;
  try {
    route = await network.routeFor(new URL(origin));
  } catch (err) {
    // A proxy variable that cannot be used (Node's stack), or Chromium unable to resolve the proxy.
    routeError = err instanceof AppError ? err : new AppError('PROXY_RESOLVE_FAILED', err instanceof Error ? err.message : String(err));
  }
  return { apiUrl: origin, route, stack: network.stack, extraCaFile: network.extraCaFile, routeError };
}

/** Reads at most `limit` characters of a body (a proxy's error page can be large). */
async function readSome(res: Response, limit = 64 * 1024): Promise<string> {
  const reader = res.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  try {
    while (text.length < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return text;
}

/**
 * "Test connection": one `GET /v3/self` through the same stack the app uses, and the stage that
 * failed (proxy, proxy credentials, DNS, connection, TLS certificate, API key, HTTP status,
 * timeout). After a certificate failure, the certificate is read (without trusting it) so the
 * report can name its subject and issuer. The key goes only to the signed-in API origin.
 */
export async function checkConnection(opts: CheckConnectionOptions): Promise<ConnectionReport> {
  const now = opts.now ?? (() => performance.now());
  const started = now();
  const status = await networkStatus(opts.network, opts.apiUrl);
  const { routeError, ...base } = status;
  const report = (patch: Partial<ConnectionReport>): ConnectionReport => ({
    ...base,
    ok: false,
    failure: null,
    certificate: null,
    status: null,
    keySent: false,
    ms: Math.round(now() - started),
    ...patch,
  });
  if (routeError) {
    const given = routeError.details?.['connection'] as ConnectionFailure | undefined;
    return report({ failure: given ?? { stage: 'proxy', code: routeError.code } });
  }

  const url = new URL('/v3/self', base.apiUrl);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (opts.authorization) headers.Authorization = opts.authorization;
  let res: Response;
  try {
    res = await opts.network.fetch(url, {
      method: 'GET',
      headers,
      redirect: 'manual',
      credentials: 'omit',
      signal: AbortSignal.timeout(opts.timeoutMs ?? CHECK_TIMEOUT_MS),
    });
  } catch (err) {
    const failure: ConnectionFailure = classifyConnectionError(err, base.route);
    const certificate = failure.stage === 'tls' ? await opts.network.probeCertificate(url).catch(() => null) : null;
    return report({ failure, certificate, keySent: false });
  }

  const keySent = opts.authorization !== null;
  const body = await readSome(res).catch(() => '');
  const failure = classifyResponseStatus(res.status);
  // Without a key, the API's 401 is the expected answer: the network path works.
  if (failure && !(failure.stage === 'auth' && res.status === 401 && !keySent)) return report({ failure, status: res.status, keySent });
  // A 2xx that is not JSON comes from something else (a captive portal, a proxy's page).
  const json = (res.headers.get('content-type') ?? '').includes('json') || /^\s*[{[]/.test(body);
  if (res.ok && !json) return report({ failure: { stage: 'http', code: 'NOT_API', status: res.status }, status: res.status, keySent });
  return report({ ok: true, status: res.status, keySent });
}
