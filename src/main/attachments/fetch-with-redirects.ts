import { attachmentError } from './attachment-error';
import { isErrorDocument, isExpiredLink, isUnexpectedHtml, parseStorageError } from './download-answer';
import type { HttpBody, HttpGet, HttpResponse } from './http/http-get';
import { isAllowedDownloadUrl, isRedirectStatus, mayCarryCredentials, parseUrl, redactUrl } from './url-policy';

/** Who gets credentials: the API origin only, with a header computed per request. */
export interface AuthScope {
  /** e.g. `https://api.devin.ai` (scheme + host + port). */
  origin: string;
  /** The full header value (`Bearer cog_…`), or null when signed out. */
  getHeader: () => string | null | Promise<string | null>;
}

export interface FetchFollowingOptions {
  get: HttpGet;
  headers: Record<string, string>;
  signal: AbortSignal;
  auth?: AuthScope | undefined;
  /** Redirects followed before giving up. */
  maxRedirects?: number;
  /** The attachment's name, for messages. */
  name?: string;
  /** The attachment is itself a web page: an HTML answer is its content, not a sign-in page. */
  expectHtml?: boolean;
}

export const DEFAULT_MAX_REDIRECTS = 5;
/** Enough of an error body to read its code and message. */
const ERROR_BODY_LIMIT = 16 * 1024;

/**
 * GETs `url` (the API's download route), following redirects by hand so each hop is checked:
 * https only (loopback http allowed), and Authorization only to the API origin while the chain
 * has never left it (the presigned storage URL after the 307 gets no credentials). Returns the
 * final response (the caller reads or cancels its body) and URL. Never returns what must not
 * become a file: a web page for an attachment that is not one (ATTACHMENT_HTML_PAGE), a storage
 * error body (ATTACHMENT_STORAGE_ERROR; retryable when the presigned URL expired, since the next
 * attempt asks the route for a fresh one), or the API refusing the key (ATTACHMENT_ROUTE_REFUSED).
 */
export async function fetchFollowingRedirects(
  url: string,
  opts: FetchFollowingOptions,
): Promise<{ response: HttpResponse; url: URL }> {
  const max = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = parseUrl(url);
  let leftApiOrigin = false;
  for (let hop = 0; hop <= max; hop += 1) {
    if (!current || !isAllowedDownloadUrl(current)) throw attachmentError('ATTACHMENT_URL_NOT_ALLOWED', { url: redactUrl(url) });
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.auth && mayCarryCredentials(current, opts.auth.origin, leftApiOrigin)) {
      const header = await opts.auth.getHeader();
      if (header) headers.Authorization = header;
    }
    const response = await opts.get(current, { headers, signal: opts.signal });
    if (!isRedirectStatus(response.status)) {
      await refuseUnusable(response, current, opts, !leftApiOrigin && current.origin === opts.auth?.origin);
      return { response, url: current };
    }

    // Release the connection before the next hop.
    await response.body.cancel();
    const location = response.headers.get('location');
    const next = location === null ? null : parseUrl(location, current);
    if (!next) throw attachmentError('ATTACHMENT_URL_NOT_ALLOWED', { url: redactUrl(location ?? '(no Location)') });
    if (next.origin !== current.origin) leftApiOrigin = true;
    current = next;
  }
  throw attachmentError('ATTACHMENT_TOO_MANY_REDIRECTS', { count: max });
}

/** Throws (after releasing the body) when the final answer must not be saved; see fetchFollowingRedirects. */
async function refuseUnusable(response: HttpResponse, url: URL, opts: FetchFollowingOptions, fromApi: boolean): Promise<void> {
  const name = opts.name ?? url.pathname.split('/').pop() ?? '';
  const contentType = response.headers.get('content-type');
  const status = response.status;
  if (fromApi && (status === 401 || status === 403)) {
    await response.body.cancel();
    throw attachmentError('ATTACHMENT_ROUTE_REFUSED', { name, status }, { status });
  }
  if (isUnexpectedHtml(status, contentType, opts.expectHtml ?? false)) {
    await response.body.cancel();
    throw attachmentError('ATTACHMENT_HTML_PAGE', { name }, { status, host: url.host });
  }
  // The API's own errors are problem+json (mapped by status); storage speaks XML (S3) or JSON.
  if (status >= 400 && status < 500 && isErrorDocument(contentType) && (!fromApi || /xml/i.test(contentType ?? ''))) {
    const text = await readSmall(response.body, ERROR_BODY_LIMIT);
    const parsed = parseStorageError(text, contentType);
    if (parsed) {
      const retryable = isExpiredLink(parsed);
      throw attachmentError('ATTACHMENT_STORAGE_ERROR', { name, status, code: parsed.code, message: parsed.message }, { status, code: parsed.code, retryable });
    }
  }
}

/** Up to `limit` bytes of a body as text; the rest is dropped. */
async function readSmall(body: HttpBody, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  const enough = new Error('enough');
  try {
    await body.pump((chunk) => {
      const room = limit - size;
      chunks.push(Buffer.from(chunk.subarray(0, Math.max(0, room))));
      size += Math.min(chunk.length, room);
      if (size >= limit) throw enough;
    });
  } catch (e) {
    if (e !== enough) return Buffer.concat(chunks).toString('utf8');
  }
  await body.cancel().catch(() => undefined);
  return Buffer.concat(chunks).toString('utf8');
}
