/**
 * Pure readings of the last answer of a download's redirect chain. The documented route answers
 * 307 to presigned storage; what must never become a saved file is a web page (the web app's
 * sign-in page, served with 200 to anything that is not a browser session) or a storage error
 * body (S3's XML `<Error>`, or a JSON one).
 */

/** Media type without parameters, lower case (`text/html; charset=utf-8` → `text/html`). */
export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

const HTML_NAME = /\.(html?|xhtml)$/i;

/** Whether the attachment itself is a web page (then an HTML answer is its content). */
export function attachmentIsHtml(a: { name: string; content_type?: string | null }): boolean {
  const declared = mediaTypeOf(a.content_type);
  return declared === 'text/html' || declared === 'application/xhtml+xml' || HTML_NAME.test(a.name);
}

/** A 2xx answer that is a web page while the attachment is not one. */
export function isUnexpectedHtml(status: number, contentType: string | null, expectHtml: boolean): boolean {
  if (expectHtml || status < 200 || status >= 300) return false;
  const media = mediaTypeOf(contentType);
  return media === 'text/html' || media === 'application/xhtml+xml';
}

/** Whether a non-2xx body may hold a machine-readable error worth reading (XML or JSON). */
export function isErrorDocument(contentType: string | null): boolean {
  const media = mediaTypeOf(contentType);
  return media === 'application/xml' || media === 'text/xml' || media === 'application/json' || media.endsWith('+json') || media.endsWith('+xml');
}

export interface StorageError {
  code: string;
  message: string;
}

function xmlText(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xml);
  if (!m?.[1]) return null;
  return m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&').trim();
}

/** A short, single-line, bounded piece of server text for a message. */
function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 200 ? `${one.slice(0, 199)}…` : one;
}

/**
 * Code and message of a storage error body: S3's `<Error><Code>…</Code><Message>…</Message>`,
 * or JSON `{error: {code, message}}` / `{code, message}` / `{error, error_description}`. Null
 * when the body says nothing usable.
 */
export function parseStorageError(body: string, contentType: string | null): StorageError | null {
  const media = mediaTypeOf(contentType);
  if (media.includes('xml')) {
    const code = xmlText(body, 'Code');
    const message = xmlText(body, 'Message');
    return code || message ? { code: clip(code ?? 'Error'), message: clip(message ?? '') } : null;
  }
  let v: unknown;
  try {
    v = JSON.parse(body);
  } catch {
    return null;
  }
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const inner = typeof o['error'] === 'object' && o['error'] !== null ? (o['error'] as Record<string, unknown>) : o;
  const str = (x: unknown): string | null => (typeof x === 'string' && x !== '' ? x : null);
  const code = str(inner['code']) ?? str(inner['Code']) ?? str(o['error']) ?? str(inner['title']);
  const message = str(inner['message']) ?? str(inner['Message']) ?? str(o['error_description']) ?? str(inner['detail']);
  return code || message ? { code: clip(code ?? 'Error'), message: clip(message ?? '') } : null;
}

/**
 * A presigned URL that expired between the 307 and our request (or during a long pause): asking
 * the API route again gives a fresh one, so this is worth another attempt.
 */
export function isExpiredLink(e: StorageError): boolean {
  return /^(ExpiredToken|RequestExpired|TokenRefreshRequired)$/i.test(e.code) || /expired/i.test(e.message);
}
