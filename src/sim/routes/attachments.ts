import { bytesResponse, redirectResponse } from '../attachments/serve';
import { guessContentType } from '../attachments/content-type';
import { checkPresigned, presignUrl, storagePath } from '../attachments/presign';
import { authorizationRefused, storageError } from '../attachments/storage-error';
import { readBody } from '../http/body';
import { multipartBoundary, parseMultipart } from '../http/multipart';
import { fieldError, notFound, ProblemError } from '../http/problem';
import { jsonResponse, type SimResponse } from '../http/response';
import type { AttachmentRecord } from '../types';
import { orgOf, orgRoute, sessionOf, type ApiContext, type ApiRoute } from './api-route';

/** Uploads above this are refused with 413. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Room for multipart headers and boundaries around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** The attachment's web-app link: what lists and uploads return as `url` (a sign-in page to an API client). */
export function attachmentWebUrl(ctx: ApiContext, a: AttachmentRecord): string {
  return ctx.state.webAppUrl(a);
}

function attachmentView(ctx: ApiContext, a: AttachmentRecord): Record<string, unknown> {
  return {
    attachment_id: a.attachment_id,
    name: a.name,
    source: a.source,
    url: attachmentWebUrl(ctx, a),
    content_type: a.content_type,
  };
}

/** A bare array per the schema, or `{items}` (the Common Flows example) when the session says so. */
export function listSessionAttachments(ctx: ApiContext): SimResponse {
  const s = sessionOf(ctx);
  const items = s.attachmentIds
    .map((id) => ctx.state.attachments.get(id))
    .filter((a): a is AttachmentRecord => a !== undefined)
    .map((a) => attachmentView(ctx, a));
  return jsonResponse(200, s.attachmentsShape === 'items' ? { items } : items);
}

/** multipart/form-data with a `file` part → `{attachment_id, name, url}`. */
async function uploadAttachment(ctx: ApiContext): Promise<SimResponse> {
  const boundary = multipartBoundary(ctx.req.headers['content-type']);
  const declared = Number(ctx.req.headers['content-length'] ?? NaN);
  const limit = MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD;
  if (declared > limit) {
    await readBody(ctx.req, 0).catch(() => undefined);
    throw new ProblemError(413, `File exceeds the ${MAX_UPLOAD_BYTES} byte upload limit`);
  }
  const body = await readBody(ctx.req, limit).catch((e: unknown) => {
    if (e instanceof ProblemError && e.status === 413) throw new ProblemError(413, `File exceeds the ${MAX_UPLOAD_BYTES} byte upload limit`);
    throw e;
  });
  if (!boundary) throw fieldError(['body', 'file'], 'Field required (send multipart/form-data with a "file" part)', 'missing');
  let parts;
  try {
    parts = parseMultipart(body, boundary);
  } catch (e) {
    throw new ProblemError(400, `Malformed multipart body: ${e instanceof Error ? e.message : String(e)}`);
  }
  const file = parts.find((p) => p.name === 'file');
  if (!file) throw fieldError(['body', 'file'], 'Field required', 'missing');
  if (file.data.length > MAX_UPLOAD_BYTES) throw new ProblemError(413, `File exceeds the ${MAX_UPLOAD_BYTES} byte upload limit`);
  const name = file.filename && file.filename !== '' ? file.filename : 'file';
  const a = ctx.state.attachments.create({
    name,
    org_id: orgOf(ctx),
    session_id: null,
    source: 'user',
    // Clients send octet-stream for "unknown"; a name-based guess is more useful then.
    content_type: file.contentType && file.contentType !== 'application/octet-stream' ? file.contentType : guessContentType(name),
    // Copy out of the request buffer so the rest of the body can be collected.
    content: { kind: 'bytes', data: Buffer.from(file.data) },
  });
  return jsonResponse(200, { attachment_id: a.attachment_id, name: a.name, url: attachmentWebUrl(ctx, a) });
}

/**
 * The documented download `GET /v3/organizations/{org}/attachments/{uuid}/{name}` (key
 * required): 307 to a fresh presigned storage URL on the second origin, valid 60 s.
 */
function downloadRoute(ctx: ApiContext): SimResponse {
  const a = ctx.state.attachments.get(ctx.params.id ?? '');
  if (!a || a.org_id !== orgOf(ctx) || a.name !== ctx.params.name) throw notFound('Attachment');
  return redirectResponse(presignUrl(ctx.state.secondOrigin, storagePath(a), ctx.state.presignSecret, ctx.state.clock.nowMs()));
}

function header(ctx: ApiContext, name: string): string | undefined {
  const v = ctx.req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * The storage origin: bytes for a valid presigned URL (Range and If-Range honoured). Like S3 it
 * refuses an Authorization header, an expired or forged signature, with an XML error body.
 */
function storageBytes(ctx: ApiContext): SimResponse {
  const resource = ctx.pathname;
  if (header(ctx, 'authorization')) return authorizationRefused(resource);
  const check = checkPresigned(ctx.pathname, ctx.query, ctx.state.presignSecret, ctx.state.clock.nowMs());
  if (!check.ok) return storageError(check.status, check.code, check.message, resource);
  const a = ctx.state.attachments.get(ctx.params.id ?? '');
  if (!a || a.org_id !== ctx.params.org) return storageError(404, 'NoSuchKey', 'The specified key does not exist.', resource);
  return bytesResponse(a, { range: header(ctx, 'range'), ifRange: header(ctx, 'if-range') });
}

const storageRoute = (method: string): ApiRoute => ({
  method,
  template: '/:org/:id',
  handler: { guard: { scope: 'public' }, handler: storageBytes },
});

export const attachmentRoutes: ApiRoute[] = [
  orgRoute('GET', '/v3/organizations/:org/sessions/:id/attachments', 'ViewOrgSessions', listSessionAttachments),
  orgRoute('POST', '/v3/organizations/:org/attachments', 'UseDevinSessions', uploadAttachment),
  orgRoute('GET', '/v3/organizations/:org/attachments/:id/:name', 'ViewOrgSessions', downloadRoute),
  orgRoute('HEAD', '/v3/organizations/:org/attachments/:id/:name', 'ViewOrgSessions', downloadRoute),
];

/** The second origin: presigned storage, attachment bytes only. */
export const secondOriginRoutes: ApiRoute[] = [storageRoute('GET'), storageRoute('HEAD')];
