import { z } from 'zod';

/**
 * Attachment settings, flat so they merge into the app's settings schema with
 * `...attachmentSettingsSchema.shape`. Every field has a default (old settings files parse).
 */
export const attachmentSettingsSchema = z.object({
  /** Root folder for downloads; null = `~/Downloads/Devin`. Each session gets a subfolder. */
  attachmentsFolder: z.string().max(4096).nullable().default(null),
  /** Download a watched session's attachments when it finishes. */
  autoDownloadAttachments: z.boolean().default(false),
});
export type AttachmentSettings = z.infer<typeof attachmentSettingsSchema>;

export const DEFAULT_ATTACHMENT_SETTINGS: AttachmentSettings = attachmentSettingsSchema.parse({});
