import { openAsBlob } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import type { UploadedAttachmentView, UploadProgressView } from '../../shared/attachments/jobs';
import { formatBytes } from '../../shared/attachments/format-bytes';
import { AppError } from '../../shared/errors';
import type { DevinClient } from '../api/client';
import { attachmentError } from './attachment-error';

/** Devin's upload limit is undocumented; devin-sim refuses more than this, and so do we, before sending anything. */
export const DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

export interface UploadOptions {
  maxBytes?: number;
  onProgress?: (p: UploadProgressView) => void;
  signal?: AbortSignal;
}

/** A file checked for upload. */
interface CheckedFile {
  path: string;
  name: string;
  size: number;
}

/** The size for "X is {size}; at most {limit}": exact bytes when rounding would make them look equal. */
function sizeOverLimit(size: number, limit: number): string {
  const text = formatBytes(size);
  return text.replace('.0 ', ' ') === formatBytes(limit) ? `${size} B` : text;
}

/** Checks every file first (exists, regular file, within the limit), so a bad one stops the whole upload before any byte is sent. */
async function checkFiles(files: readonly { path: string }[], maxBytes: number): Promise<CheckedFile[]> {
  const out: CheckedFile[] = [];
  for (const { path } of files) {
    if (!isAbsolute(path)) throw attachmentError('ATTACHMENT_NOT_A_FILE', { path });
    let size: number;
    try {
      const st = await stat(path);
      if (!st.isFile()) throw new Error('not a file');
      size = st.size;
    } catch {
      throw attachmentError('ATTACHMENT_NOT_A_FILE', { path });
    }
    const name = basename(path);
    if (size > maxBytes) {
      throw attachmentError('ATTACHMENT_TOO_LARGE', { name, size: sizeOverLimit(size, maxBytes), limit: formatBytes(maxBytes) }, { bytes: size, maxBytes });
    }
    out.push({ path, name, size });
  }
  return out;
}

/**
 * Uploads local files for a reply and returns what to put in `attachment_urls` of
 * `sessions.sendMessage`. Sizes are checked before anything is sent (a clear error names the
 * file and the limit); each file streams from disk (a file-backed Blob), never read whole.
 */
export async function uploadAttachments(
  client: Pick<DevinClient, 'uploadAttachment'>,
  files: readonly { path: string }[],
  opts: UploadOptions = {},
): Promise<UploadedAttachmentView[]> {
  const checked = await checkFiles(files, opts.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES);
  const uploaded: UploadedAttachmentView[] = [];
  for (const [fileIndex, file] of checked.entries()) {
    const data = await openAsBlob(file.path);
    opts.onProgress?.({ fileIndex, name: file.name, sentBytes: 0, totalBytes: file.size });
    try {
      const res = await client.uploadAttachment({
        name: file.name,
        data,
        signal: opts.signal,
        onProgress: (p) => opts.onProgress?.({ fileIndex, name: file.name, sentBytes: p.sentBytes, totalBytes: p.totalBytes }),
      });
      uploaded.push({ attachment_id: res.attachment_id, name: res.name, url: res.url, bytes: file.size });
    } catch (err) {
      // The server's own size limit, if lower than ours.
      if (err instanceof AppError && err.details?.status === 413) {
        throw attachmentError('ATTACHMENT_TOO_LARGE_SERVER', { name: file.name, size: formatBytes(file.size) }, { status: 413 });
      }
      throw err;
    }
  }
  return uploaded;
}
