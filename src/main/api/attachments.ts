import { uploadedAttachmentSchema, type UploadedAttachment } from '../../shared/domain/attachment';
import type { ApiContext, CallOptions } from './context';
import { multipartUpload, type UploadData, type UploadProgress } from './multipart';

export interface UploadAttachmentInput extends CallOptions {
  /** File name as Devin will show it. */
  name: string;
  data: UploadData;
  /** Defaults to the Blob's type, else application/octet-stream. */
  contentType?: string;
  onProgress?: (p: UploadProgress) => void;
  /** Whole-upload timeout; defaults to the larger of the client timeout and 5 minutes. */
  timeoutMs?: number;
}

const MIN_UPLOAD_TIMEOUT_MS = 5 * 60_000;

/** `POST /v3/organizations/{org_id}/attachments` (multipart field `file`). Pass the returned `url` in `attachment_urls`. */
export async function uploadAttachment(ctx: ApiContext, input: UploadAttachmentInput): Promise<UploadedAttachment> {
  const path = `${ctx.orgPath()}/attachments`;
  const contentType = input.contentType ?? (input.data instanceof Blob && input.data.type ? input.data.type : 'application/octet-stream');
  const { factory, replayable } = multipartUpload(
    { field: 'file', filename: input.name, contentType, data: input.data, onProgress: input.onProgress },
    `----devin-tray-${crypto.randomUUID()}`,
  );
  return ctx.transport.request({
    method: 'POST',
    path,
    body: factory,
    schema: uploadedAttachmentSchema,
    // A 429 refused the upload before reading it, so bytes in memory can be sent again; a stream cannot.
    retry: replayable ? 'write' : 'never',
    signal: input.signal,
    timeoutMs: input.timeoutMs ?? Math.max(ctx.transport.config.timeoutMs, MIN_UPLOAD_TIMEOUT_MS),
  });
}
