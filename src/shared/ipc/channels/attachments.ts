import { z } from 'zod';
import type { AttachmentView, DownloadJobView, UploadedAttachmentView, UploadProgressView } from '../../attachments/jobs';
import type { PickedFolder } from '../../attachments/picked';
import { type } from '../phantom';

/**
 * Attachments over IPC. The renderer never sees attachment URLs (they may be presigned) and
 * never names a file to open: it names a job, and main opens that job's own downloaded file.
 * Nor does it name files or folders on disk: it passes handles main issued (its dialog, a drop
 * the preload registered); a path in their place is refused with VALIDATION.
 */

const id = z.string().min(1).max(200);
/** A handle main issued (attachments:chooseFolder, attachments:chooseFiles, a registered drop). */
export const handleSchema = z.string().min(1).max(4096);
/** A folder handle from attachments:chooseFolder (or a dropped folder); omitted = the session's default folder. */
const folder = handleSchema.optional();

export const attachmentsChannels = {
  /** The session's attachments (with the name each will be saved as). */
  'attachments:list': { request: z.object({ sessionId: id }).strict(), response: type<AttachmentView[]>() },
  /** Queues one download; returns its job id (the existing job's id if already queued or done there). */
  'attachments:download': {
    request: z
      .object({
        sessionId: id,
        attachmentId: id,
        folder,
        /** Into the folder an earlier job of this run went to ("Download again"); instead of `folder`. */
        folderOfJob: id.optional(),
        force: z.boolean().optional(),
      })
      .strict(),
    response: type<{ jobId: string; dir: string }>(),
  },
  /** Queues every attachment of the session as one batch. */
  'attachments:downloadAll': {
    request: z.object({ sessionId: id, folder, force: z.boolean().optional() }).strict(),
    response: type<{ batchId: string; jobIds: string[]; dir: string }>(),
  },
  'attachments:cancel': { request: z.object({ jobId: id }).strict(), response: type<boolean>() },
  'attachments:retry': { request: z.object({ jobId: id }).strict(), response: type<boolean>() },
  'attachments:jobs': { request: z.undefined(), response: type<DownloadJobView[]>() },
  'attachments:clearFinished': { request: z.undefined(), response: type<void>() },
  /** Reveals a finished job's file in the system file manager. */
  'attachments:showInFolder': { request: z.object({ jobId: id }).strict(), response: type<void>() },
  /** Opens a finished job's file; files that could run code are revealed instead (error ATTACHMENT_UNSAFE_TO_OPEN). */
  'attachments:open': { request: z.object({ jobId: id }).strict(), response: type<void>() },
  /** The folder downloads of this session go to by default. */
  'attachments:defaultFolder': {
    request: z.object({ sessionId: id, title: z.string().max(1000).nullable().optional() }).strict(),
    response: type<string>(),
  },
  /** A native folder picker; null when dismissed. `defaultPath` only says where the dialog opens. */
  'attachments:chooseFolder': {
    request: z.object({ defaultPath: z.string().max(4096).optional() }).strict().optional(),
    response: type<PickedFolder | null>(),
  },
  /** Uploads files chosen with attachments:chooseFiles or dropped (their handles); returns urls for `attachment_urls`. */
  'attachments:upload': {
    /** `sessionId`: a reply's files go to the org (and account) of the session they are for (#16). */
    request: z.object({ files: z.array(handleSchema).min(1).max(20), sessionId: id.optional() }).strict(),
    response: type<UploadedAttachmentView[]>(),
  },
} as const;

export const attachmentsEvents = {
  /** A running job's bytes/rate moved (about 10 per second per job). */
  'attachments:progress': type<DownloadJobView>(),
  /** The job list changed (a job was queued, started, retried, finished or removed). */
  'attachments:jobs': type<DownloadJobView[]>(),
  /** Upload progress of the current attachments:upload call. */
  'attachments:uploadProgress': type<UploadProgressView>(),
} as const;

export type AttachmentsChannelName = keyof typeof attachmentsChannels;
