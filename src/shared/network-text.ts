import type { CertificateSummary, ConnectionFailure, ConnectionReport, ProxyRoute } from './network';

/** A translator (`translate` bound to a locale, or the renderer's `t`). */
export type Translate = (key: string, params?: Record<string, string | number | undefined>) => string;

/** "proxy.corp:8080 (from HTTPS_PROXY), with credentials" / "Direct (no proxy)". */
export function describeRoute(route: ProxyRoute, host: string, t: Translate): string {
  if (route.kind === 'direct') {
    if (route.source === 'noProxy') return t('network.route.directNoProxy', { host });
    if (route.source === 'loopback') return t('network.route.directLoopback', { host });
    return t('network.route.direct');
  }
  const text =
    route.source === 'env' ? t('network.route.proxyEnv', { proxy: route.display, envVar: route.envVar ?? 'HTTPS_PROXY' }) : t('network.route.proxySystem', { proxy: route.display });
  return route.hasCredentials ? text + t('network.route.credentials') : text;
}

/**
 * What failed and what to do, in one or two sentences. `host` is the API host; `proxy` the proxy
 * the request went through (as displayed), when known.
 */
export function describeConnectionFailure(failure: ConnectionFailure, host: string, proxy: string | null, t: Translate): string {
  const params = { host: failure.host ?? host, code: failure.code, status: failure.status, proxy: proxy ?? '' };
  switch (failure.stage) {
    case 'dns':
      return t('network.failure.dns', params);
    case 'connect':
      return t('network.failure.connect', params);
    case 'proxy':
      if (failure.code === 'PROXY_PLAINTEXT_KEY') return t('network.failure.plaintextKey', { ...params, host });
      if (failure.code === 'PROXY_ENV_INVALID') return t('network.failure.proxyEnv', params);
      if (failure.status !== undefined) return t('network.failure.proxyStatus', { ...params, host });
      return proxy ? t('network.failure.proxyUnreachable', params) : t('network.failure.proxyOther', params);
    case 'proxyAuth':
      return t('network.failure.proxyAuth', params);
    case 'tls':
      return t(`network.failure.tls.${failure.tls ?? 'other'}`, params);
    case 'auth':
      return t(failure.status === 403 ? 'network.failure.auth403' : 'network.failure.auth401', params);
    case 'http':
      return t(failure.code === 'NOT_API' ? 'network.failure.notApi' : 'network.failure.http', params);
    case 'timeout':
      return t('network.failure.timeout', params);
  }
}

/** The certificate's lines (subject, issuer, root, validity, fingerprint). */
export function describeCertificate(cert: CertificateSummary, t: Translate): string[] {
  const lines = [t('network.cert.subject', { subject: cert.subject || '?' }), t('network.cert.issuer', { issuer: cert.issuer || '?' })];
  if (cert.root && cert.root !== cert.issuer) lines.push(t('network.cert.root', { root: cert.root }));
  lines.push(t('network.cert.valid', { from: cert.validFrom, to: cert.validTo }));
  lines.push(t('network.cert.fingerprint', { fingerprint: cert.fingerprint256 }));
  return lines;
}

/** The one-line outcome of a check. */
export function describeReportOutcome(report: ConnectionReport, t: Translate): string {
  const host = new URL(report.apiUrl).host;
  if (report.ok) return t('network.ok.line', { connected: t('network.ok', { host, ms: report.ms }), key: t(report.keySent ? 'network.ok.keyWorks' : 'network.ok.noKey') });
  if (!report.failure) return t('network.failure.http', { status: report.status ?? '?' });
  return describeConnectionFailure(report.failure, host, report.route.kind === 'proxy' ? report.route.display : null, t);
}
