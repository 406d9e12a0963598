import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';

/**
 * The documented download route of an attachment,
 * `GET /v3/organizations/{org_id}/attachments/{uuid}/{name}`: sent with the key, it answers 307
 * to a short-lived presigned storage URL. (The `url` an attachments list gives is a web-app link
 * that refuses API keys; it is never the way to the bytes.)
 */

/**
 * One path segment for an id or a name from the API: every separator, `%`, `?` and `#` is
 * percent-encoded, so `a/b`, `..\x` or `%2e%2e` stay inside their segment.
 */
export function pathSegment(value: string): string {
  // encodeURIComponent leaves ! ' ( ) * as they are: harmless in a path, but encode them too so
  // what we send is the same whatever URL parser re-serialises it.
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * A segment URL parsers treat as "." or ".." (even percent-encoded as `%2e`) would move the
 * request to another path, with the key: such names cannot be asked for.
 */
function isDotSegment(value: string): boolean {
  return value === '.' || value === '..';
}

function unroutable(name: string): AppError {
  return new AppError('ATTACHMENT_NAME_UNROUTABLE', translate('en', 'error.ATTACHMENT_NAME_UNROUTABLE', { name }), {}, { name });
}

/** `/v3/organizations/{org}/attachments/{uuid}/{name}` with each part one encoded segment. */
export function attachmentDownloadPath(orgPath: string, a: { attachment_id: string; name: string }): string {
  if (a.attachment_id === '' || isDotSegment(a.attachment_id)) throw unroutable(a.attachment_id);
  if (a.name === '' || isDotSegment(a.name)) throw unroutable(a.name);
  return `${orgPath}/attachments/${pathSegment(a.attachment_id)}/${pathSegment(a.name)}`;
}

/**
 * The absolute route URL on the API origin. Checked after parsing: the URL must keep exactly
 * the path we built (no dot-segment collapsed, no separator reinterpreted), or nothing is sent.
 */
export function attachmentDownloadUrl(baseUrl: string, orgPath: string, a: { attachment_id: string; name: string }): string {
  const path = attachmentDownloadPath(orgPath, a);
  const url = new URL(`${baseUrl}${path}`);
  const expected = new URL(baseUrl).pathname.replace(/\/+$/, '') + path;
  if (url.pathname !== expected) throw unroutable(a.name);
  return url.href;
}
