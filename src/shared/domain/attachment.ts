import { z } from 'zod';
import { openEnum, orNull } from './fields';

export const ATTACHMENT_SOURCES = ['devin', 'user'] as const;

/** A file attached to a session. The API gives no size. */
export const attachmentSchema = z.object({
  attachment_id: z.string(),
  name: z.string(),
  // Required by the schema; the docs' example omits it.
  source: orNull(openEnum(ATTACHMENT_SOURCES)),
  url: z.string(),
  content_type: orNull(z.string()),
});
export type Attachment = z.output<typeof attachmentSchema>;

/** The list endpoint returns a bare array per the schema and `{items:[…]}` per the docs' example: read both. */
export const attachmentListSchema = z.union([
  z.array(attachmentSchema),
  z.object({ items: z.array(attachmentSchema) }).transform((o) => o.items),
]);

/** Response of `POST /v3/organizations/{org_id}/attachments`; pass `url` in `attachment_urls`. */
export const uploadedAttachmentSchema = z.object({
  attachment_id: z.string(),
  name: z.string(),
  url: z.string(),
});
export type UploadedAttachment = z.output<typeof uploadedAttachmentSchema>;
