/**
 * Pure decisions about where a download may go and who gets credentials.
 * - Only https, except plain http on loopback (devin-sim, local tests).
 * - Authorization goes only to the API origin, and only while the request has never left it:
 *   once a redirect crosses to another origin, credentials are gone for the rest of the chain
 *   (a foreign server must not be able to bounce us back to an API path of its choosing with
 *   our key attached).
 */

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** True for localhost, 127.0.0.0/8 and ::1. */
export function isLoopbackHostname(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** True when an attachment may be fetched from `url`. No credentials in the URL either. */
export function isAllowedDownloadUrl(url: URL): boolean {
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && isLoopbackHostname(url.hostname);
}

/** Parses `raw` (relative to `base` for redirects); null when it is not a URL. */
export function parseUrl(raw: string, base?: URL): URL | null {
  try {
    return new URL(raw, base);
  } catch {
    return null;
  }
}

/** Whether the Authorization header may go with a request to `url`. */
export function mayCarryCredentials(url: URL, apiOrigin: string, leftApiOrigin: boolean): boolean {
  return !leftApiOrigin && url.origin === apiOrigin;
}

/** Redirect statuses we follow (all keep GET for a GET). */
export function isRedirectStatus(status: number): boolean {
  return status === 301 || status === 302 || status === 303 || status === 307 || status === 308;
}

/** A URL safe to show in messages and logs: no query (presigned URLs carry signatures there) and no fragment. */
export function redactUrl(url: string): string {
  const u = parseUrl(url);
  if (!u) return url.slice(0, 100);
  return `${u.protocol}//${u.host}${u.pathname}${u.search ? '?…' : ''}`;
}
