import { attachmentError } from './attachment-error';
import type { HttpGet, HttpResponse } from './http/http-get';
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
}

export const DEFAULT_MAX_REDIRECTS = 5;

/**
 * GETs `url`, following redirects by hand so each hop is checked: https
 * only (loopback http allowed), and Authorization only to the API origin while the chain has
 * never left it. Returns the final response (the caller reads or cancels its body) and URL.
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
    if (!isRedirectStatus(response.status)) return { response, url: current };

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
