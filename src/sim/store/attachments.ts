import { createHash } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { simAttachmentSha256 } from '../attachments/seeded';
import type { AttachmentContent, AttachmentRecord, MessageSource } from '../types';

/** What a new attachment needs; the caller has validated it. */
export interface NewAttachment {
  name: string;
  org_id: string;
  session_id: string | null;
  source: MessageSource;
  content_type: string;
  content: AttachmentContent;
  redirect?: boolean;
}

/** The path the sim serves an attachment's bytes at (no auth, like a presigned URL). */
export function attachmentPath(a: { attachment_id: string; name: string }): string {
  return `/files/${a.attachment_id}/${encodeURIComponent(a.name)}`;
}

/** Total size in bytes. */
export function attachmentSize(a: AttachmentRecord): number {
  return a.content.kind === 'bytes' ? a.content.data.length : a.content.size;
}

/** Hex SHA-256 of the bytes (seeded ones: computed once, then cached). */
export function attachmentSha256(a: AttachmentRecord): string {
  if (a.content.kind === 'bytes') return createHash('sha256').update(a.content.data).digest('hex');
  return simAttachmentSha256(a.content.size, a.content.seed);
}

/** Uploaded and session attachments. */
export class AttachmentStore {
  private readonly byId = new Map<string, AttachmentRecord>();
  private seq = 0;

  clear(): void {
    this.byId.clear();
  }

  create(input: NewAttachment): AttachmentRecord {
    const a: AttachmentRecord = {
      seq: ++this.seq,
      attachment_id: randomUUID(),
      name: input.name,
      org_id: input.org_id,
      session_id: input.session_id,
      source: input.source,
      content_type: input.content_type,
      content: input.content,
      redirect: input.redirect ?? false,
    };
    this.byId.set(a.attachment_id, a);
    return a;
  }

  get(id: string): AttachmentRecord | undefined {
    return this.byId.get(id);
  }

  /** The attachment a sim file URL points at (used to link `attachment_urls` to sessions). */
  fromUrl(url: string): AttachmentRecord | undefined {
    const m = /\/files\/([0-9a-f-]{36})\//i.exec(url);
    return m?.[1] ? this.byId.get(m[1]) : undefined;
  }
}
