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
}

/** The web-app path an attachment's `url` points at (a sign-in page to an API client). */
export function attachmentWebPath(a: { attachment_id: string; name: string }): string {
  return `/attachments/${encodeURIComponent(a.attachment_id)}/${encodeURIComponent(a.name)}`;
}

/** The documented download route of an attachment (key required; answers 307). */
export function attachmentRoutePath(a: { org_id: string; attachment_id: string; name: string }): string {
  return `/v3/organizations/${encodeURIComponent(a.org_id)}/attachments/${encodeURIComponent(a.attachment_id)}/${encodeURIComponent(a.name)}`;
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
    };
    this.byId.set(a.attachment_id, a);
    return a;
  }

  get(id: string): AttachmentRecord | undefined {
    return this.byId.get(id);
  }

  /**
   * The attachment a URL names (used to link `attachment_urls` to sessions): its web-app link
   * (what upload returns) or its download route.
   */
  fromUrl(url: string): AttachmentRecord | undefined {
    const m = /\/attachments\/([0-9a-f-]{36})(?:\/|$)/i.exec(url);
    return m?.[1] ? this.byId.get(m[1]) : undefined;
  }
}
