import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Presigned storage URLs, S3 style: the API's download route answers 307 to
 * `{storage}/{org}/{uuid}?X-Amz-Date=…&X-Amz-Expires=60&X-Amz-Signature=…`. The
 * signature covers the path, the date and the lifetime; the lifetime runs on the sim clock, so
 * tests expire a URL by advancing it (`POST /_sim/clock`).
 */

/** How long a presigned URL works (the docs give 60 s for v1; v3 does not say). */
export const PRESIGNED_TTL_SEC = 60;

/** `20260115T120000Z` (AWS's basic ISO 8601 form). */
function amzDate(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

function parseAmzDate(v: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(v);
  if (!m) return null;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
}

function sign(secret: Buffer, pathname: string, date: string, expires: string): string {
  return createHmac('sha256', secret).update(`${pathname}\n${date}\n${expires}`).digest('hex');
}

/**
 * The storage key of an attachment's bytes, `/{org}/{uuid}`. The name stays out of it: a name
 * such as `..` cannot survive URL normalisation as a path segment (the API route has the same
 * limit), and the bytes come with a Content-Disposition that names the file.
 */
export function storagePath(a: { org_id: string; attachment_id: string }): string {
  return `/${encodeURIComponent(a.org_id)}/${encodeURIComponent(a.attachment_id)}`;
}

/** A fresh presigned URL for `pathname` on `origin`, valid PRESIGNED_TTL_SEC from `nowMs`. */
export function presignUrl(origin: string, pathname: string, secret: Buffer, nowMs: number): string {
  const date = amzDate(nowMs);
  const expires = String(PRESIGNED_TTL_SEC);
  const q = new URLSearchParams({
    'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
    'X-Amz-Date': date,
    'X-Amz-Expires': expires,
    'X-Amz-SignedHeaders': 'host',
    'X-Amz-Signature': sign(secret, pathname, date, expires),
  });
  return `${origin}${pathname}?${q.toString()}`;
}

export type PresignCheck = { ok: true } | { ok: false; status: number; code: string; message: string };

/** Whether a request to the storage origin carries a valid, unexpired signature for its path. */
export function checkPresigned(pathname: string, query: URLSearchParams, secret: Buffer, nowMs: number): PresignCheck {
  const date = query.get('X-Amz-Date');
  const expires = query.get('X-Amz-Expires');
  const signature = query.get('X-Amz-Signature');
  if (!date || !expires || !signature) {
    return { ok: false, status: 403, code: 'AccessDenied', message: 'Query-string authentication requires the Signature, Expires and Date parameters' };
  }
  const expected = Buffer.from(sign(secret, pathname, date, expires));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    return { ok: false, status: 403, code: 'SignatureDoesNotMatch', message: 'The request signature we calculated does not match the signature you provided.' };
  }
  const signedAt = parseAmzDate(date);
  if (signedAt === null || nowMs >= signedAt + Number(expires) * 1000) {
    return { ok: false, status: 403, code: 'AccessDenied', message: 'Request has expired' };
  }
  return { ok: true };
}
