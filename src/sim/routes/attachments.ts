import { bytesResponse, redirectResponse } from '../attachments/serve';
import { guessContentType } from '../attachments/content-type';
import { readBody } from '../http/body';
import { multipartBoundary, parseMultipart } from '../http/multipart';
import { fieldError, notFound, ProblemError } from '../http/problem';
import { jsonResponse, type SimResponse } from '../http/response';
import { attachmentPath } from '../store/attachments';
import type { AttachmentRecord } from '../types';
import { orgOf, orgRoute, type ApiContext, type ApiRoute } from './api-route';

/** Uploads above this are refused with 413. */
export const MAX_UPLOAD_BYTES = 50 * 1024 * 1024;
/** Room for multipart headers and boundaries around the file. */
const MULTIPART_OVERHEAD = 64 * 1024;

function attachmentView(ctx: ApiContext, a: AttachmentRecord): Record<string, unknown> {
  return {
    attachment_id: a.attachment_id,
    name: a.name,
    source: a.source,
    url: ctx.state.url(attachmentPath(a)),
    content_type: a.content_type,
  };
}

/** A bare array per the schema, or `{items}` (the Common Flows example) when the session says so. */
function listSessionAttachments(ctx: ApiContext): SimResponse {
  const s = ctx.state.sessions.get(orgOf(ctx), ctx.params.id ?? '');
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
  return jsonResponse(200, { attachment_id: a.attachment_id, name: a.name, url: ctx.state.url(attachmentPath(a)) });
}

/** Bytes of an attachment by id + name; on the main origin, `redirect` ones answer 307. */
function serveBytes(ctx: ApiContext, a: AttachmentRecord | undefined): SimResponse {
  if (!a || a.name !== ctx.params.name) throw notFound('Attachment');
  if (a.redirect && ctx.origin === 'main') return redirectResponse(a, ctx.state.secondOrigin);
  return bytesResponse(a, { range: header(ctx, 'range'), ifRange: header(ctx, 'if-range') });
}

function header(ctx: ApiContext, name: string): string | undefined {
  const v = ctx.req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

function publicBytes(ctx: ApiContext): SimResponse {
  return serveBytes(ctx, ctx.state.attachments.get(ctx.params.id ?? ''));
}

/** The documented authenticated download `GET /v3/organizations/{org}/attachments/{uuid}/{name}`. */
function orgBytes(ctx: ApiContext): SimResponse {
  const a = ctx.state.attachments.get(ctx.params.id ?? '');
  return serveBytes(ctx, a && a.org_id === orgOf(ctx) ? a : undefined);
}

const publicFile = (method: string): ApiRoute => ({
  method,
  template: '/files/:id/:name',
  handler: { guard: { scope: 'public' }, handler: publicBytes },
});

export const attachmentRoutes: ApiRoute[] = [
  orgRoute('GET', '/v3/organizations/:org/sessions/:id/attachments', 'ViewOrgSessions', listSessionAttachments),
  orgRoute('POST', '/v3/organizations/:org/attachments', 'UseDevinSessions', uploadAttachment),
  orgRoute('GET', '/v3/organizations/:org/attachments/:id/:name', 'ViewOrgSessions', orgBytes),
  orgRoute('HEAD', '/v3/organizations/:org/attachments/:id/:name', 'ViewOrgSessions', orgBytes),
  publicFile('GET'),
  publicFile('HEAD'),
];

/** The routes the second origin serves (same bytes, never a redirect). */
export const secondOriginRoutes: ApiRoute[] = [publicFile('GET'), publicFile('HEAD')];
