import type { CertificateSummary, ConnectionFailure, ConnectionReport, NetworkStatus, ProxyRoute } from './network';
import { formatDateTime } from './intl/date-time';

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

/** The route line of a check: a proxy variable that cannot be used is named, not shown as "Direct". */
export function describeReportRoute(report: NetworkStatus & { failure?: ConnectionFailure | null }, t: Translate): string {
  if (report.failure?.code === 'PROXY_ENV_INVALID') return t('network.route.invalid', { envVar: report.failure.envVar ?? 'HTTPS_PROXY' });
  return describeRoute(report.route, new URL(report.apiUrl).host, t);
}

/**
 * A certificate's validity date (ISO, or OpenSSL's `Dec  4 21:55:50 2026 GMT`) in the reader's
 * locale, in UTC as certificates state it; the text as given when it cannot be read.
 */
export function formatCertificateDate(text: string, locale: string): string {
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return text;
  return formatDateTime(ms, locale === 'zh-CN' ? 'zh-CN' : 'en', 'dateTime', { timeZone: 'UTC', zoneName: true });
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
      if (failure.code === 'PROXY_RESOLVE_FAILED') return t('network.failure.proxyResolve', { ...params, host });
      if (failure.code === 'PROXY_ENV_INVALID') {
        const reason = t(`network.proxyEnv.${failure.reason ?? 'notUrl'}`, { scheme: failure.scheme ?? '?' });
        return t('network.failure.proxyEnv', { envVar: failure.envVar ?? 'HTTPS_PROXY', reason });
      }
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
export function describeCertificate(cert: CertificateSummary, t: Translate, locale: string): string[] {
  const lines = [t('network.cert.subject', { subject: cert.subject || '?' }), t('network.cert.issuer', { issuer: cert.issuer || '?' })];
  if (cert.root && cert.root !== cert.issuer) lines.push(t('network.cert.root', { root: cert.root }));
  lines.push(t('network.cert.valid', { from: formatCertificateDate(cert.validFrom, locale), to: formatCertificateDate(cert.validTo, locale) }));
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
