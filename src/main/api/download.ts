import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { isErrorDocument, isExpiredLink, isUnexpectedHtml, parseStorageError } from '../attachments/download-answer';
import { isLoopbackHost } from './base-url';
import { MAX_ERROR_BODY_BYTES, readBodyText } from './body-limit';
import { errorFromHttp, errorFromTransport } from './error-mapping';
import { redactSecrets } from './redact';
import { notify, type TransportConfig } from './transport';

export interface DownloadOptions {
  signal?: AbortSignal;
  /** Time allowed until response headers arrive (the body may then stream for as long as it takes). */
  headersTimeoutMs?: number;
  /** The attachment's name, for messages. */
  name?: string;
  /** The attachment is a web page itself: an HTML answer is then its content, not a sign-in page. */
  expectHtml?: boolean;
}

const MAX_REDIRECTS = 5;

/** True when `url` may carry the API key: exactly the configured API origin. */
export function mayCarryCredentials(url: URL, apiOrigin: string): boolean {
  return url.origin === apiOrigin;
}

/** An attachments-area error with its English message (UIs re-translate `error.<code>` with params). */
function downloadError(code: string, params: Record<string, string | number>, details: Record<string, unknown>): AppError {
  return new AppError(code, translate('en', `error.${code}`, params), details, params);
}

/**
 * Opens a download from the API's download route and returns the streaming Response, unread.
 * Redirects are followed by hand so the Authorization header goes only to the API origin:
 * the presigned URL after the 307 and any cross-origin hop get no credentials. A web page for
 * an attachment that is not one (ATTACHMENT_HTML_PAGE) and a storage error body
 * (ATTACHMENT_STORAGE_ERROR) throw; other non-2xx responses throw ApiError.
 */
export async function openDownload(config: TransportConfig, rawUrl: string, opts: DownloadOptions = {}): Promise<Response> {
  const apiOrigin = new URL(config.baseUrl).origin;
  let url = new URL(rawUrl, config.baseUrl + '/');
  const timeoutMs = opts.headersTimeoutMs ?? config.timeoutMs;
  // Once a redirect chain has left the API origin, credentials are never added again: a host we
  // do not control could bounce the request back to the API and act on its answer.
  let leftApiOrigin = false;

  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
      throw new AppError('INVALID_INPUT', `Refusing to download over ${url.protocol} from ${url.host}`, { detail: 'not https' }, { detail: 'not https' });
    }
    const headers: Record<string, string> = { 'User-Agent': config.userAgent };
    if (url.origin !== apiOrigin) leftApiOrigin = true;
    if (!leftApiOrigin && mayCarryCredentials(url, apiOrigin)) headers.Authorization = `Bearer ${config.apiKey}`;
    // Presigned URLs carry their signature in the query: logs get the path only.
    const logUrl = redactSecrets(url.origin === apiOrigin ? url.href : `${url.origin}${url.pathname}${url.search ? '?…' : ''}`, config.apiKey);
    const path = redactSecrets(url.pathname, config.apiKey);

    const headerTimer = new AbortController();
    const timer = setTimeout(() => headerTimer.abort(), timeoutMs);
    const signal = opts.signal ? AbortSignal.any([headerTimer.signal, opts.signal]) : headerTimer.signal;
    const started = performance.now();
    let res: Response;
    try {
      res = await config.fetch(url, { method: 'GET', headers, redirect: 'manual', signal });
    } catch (error) {
      const e = errorFromTransport({
        method: 'GET',
        path,
        host: url.host,
        error,
        timedOut: headerTimer.signal.aborted,
        cancelled: opts.signal?.aborted ?? false,
        timeoutMs,
      });
      notify(config.onRequest, { method: 'GET', url: logUrl, status: null, ms: Math.round(performance.now() - started), attempt: 1, errorCode: e.code });
      throw e;
    } finally {
      clearTimeout(timer);
    }
    notify(config.onRequest, { method: 'GET', url: logUrl, status: res.status, ms: Math.round(performance.now() - started), attempt: 1 });

    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      url = new URL(location, url);
      continue;
    }
    const fromApi = !leftApiOrigin && url.origin === apiOrigin;
    const name = opts.name ?? decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const contentType = res.headers.get('content-type');
    if (isUnexpectedHtml(res.status, contentType, opts.expectHtml ?? false)) {
      await res.body?.cancel();
      throw downloadError('ATTACHMENT_HTML_PAGE', { name }, { status: res.status, host: url.host });
    }
    if (!res.ok && !fromApi && res.status < 500 && isErrorDocument(contentType)) {
      const parsed = parseStorageError((await res.text().catch(() => '')).slice(0, 16_384), contentType);
      if (parsed) {
        throw downloadError('ATTACHMENT_STORAGE_ERROR', { name, status: res.status, code: parsed.code, message: parsed.message }, { status: res.status, code: parsed.code, retryable: isExpiredLink(parsed) });
      }
    }
    if (!res.ok) {
      const read = await readBodyText(res, MAX_ERROR_BODY_BYTES, 'truncate').catch(() => null);
      const bodyText = read?.kind === 'text' ? read.text : '';
      throw errorFromHttp({
        status: res.status,
        method: 'GET',
        path,
        host: url.host,
        retryAfter: res.headers.get('retry-after'),
        bodyText: redactSecrets(bodyText.slice(0, 4000), config.apiKey),
        nowMs: config.now(),
      });
    }
    return res;
  }
  throw errorFromTransport({
    method: 'GET',
    path: redactSecrets(url.pathname, config.apiKey),
    host: url.host,
    error: new Error('too many redirects'),
    timedOut: false,
    cancelled: false,
    timeoutMs,
  });
}
