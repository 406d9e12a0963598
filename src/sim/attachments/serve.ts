import { decideRange } from '../http/range';
import type { SimResponse } from '../http/response';
import { attachmentSize } from '../store/attachments';
import type { AttachmentRecord } from '../types';
import { seededChunks } from './seeded';

/** Request headers that matter for serving bytes. */
export interface ByteRequest {
  range?: string;
  ifRange?: string;
}

/** `attachment; filename="a.txt"; filename*=UTF-8''a.txt` (ASCII fallback + exact UTF-8 name). */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** The API's answer to a download: 307 to a presigned storage URL. */
export function redirectResponse(location: string): SimResponse {
  return { status: 307, headers: { location, 'cache-control': 'no-store' }, body: null };
}

/**
 * The bytes of an attachment: 200 with all of them, 206 for a satisfiable single Range
 * (ignored when If-Range does not match the ETag), 416 otherwise.
 */
export function bytesResponse(a: AttachmentRecord, req: ByteRequest): SimResponse {
  const size = attachmentSize(a);
  const etag = `"${a.attachment_id}"`;
  const base: Record<string, string> = {
    'content-type': a.content_type,
    'accept-ranges': 'bytes',
    etag,
    'content-disposition': contentDisposition(a.name),
  };
  const rangeHeader = req.ifRange !== undefined && req.ifRange !== etag ? undefined : req.range;
  const decision = decideRange(rangeHeader, size);
  if (decision.kind === 'unsatisfiable') {
    return { status: 416, headers: { ...base, 'content-range': `bytes */${size}` }, body: null };
  }
  const [start, end] = decision.kind === 'partial' ? [decision.start, decision.end + 1] : [0, size];
  const headers = decision.kind === 'partial' ? { ...base, 'content-range': `bytes ${start}-${end - 1}/${size}` } : base;
  const status = decision.kind === 'partial' ? 206 : 200;
  const content = a.content;
  if (content.kind === 'bytes') {
    return { status, headers, body: { kind: 'buffer', data: content.data.subarray(start, end) } };
  }
  return { status, headers, body: { kind: 'stream', length: end - start, chunks: () => seededChunks(content.seed, start, end) } };
}
