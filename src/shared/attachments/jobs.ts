import type { SerializedError } from '../errors';

/** Where a download job is. `retrying` = waiting out a backoff after a transient failure. */
export const DOWNLOAD_JOB_STATES = ['queued', 'downloading', 'retrying', 'done', 'failed', 'cancelled'] as const;
export type DownloadJobState = (typeof DOWNLOAD_JOB_STATES)[number];

/** States a job does not leave on its own. */
export function isFinishedJobState(state: DownloadJobState): boolean {
  return state === 'done' || state === 'failed' || state === 'cancelled';
}

/** One attachment download as the UI sees it (no URL: it may carry a presigned signature). */
export interface DownloadJobView {
  jobId: string;
  sessionId: string;
  attachmentId: string;
  /** The name the server gave. */
  name: string;
  /** The sanitised name it is saved under (before any " (1)" added for a taken name). */
  fileName: string;
  /** The folder it goes to. */
  dir: string;
  /** Final absolute path once done, else null. */
  path: string | null;
  state: DownloadJobState;
  /** Bytes on disk so far (including a resumed prefix). */
  bytes: number;
  /** Full size when the server announced it. */
  total: number | null;
  /** Smoothed bytes/second while downloading, else 0. */
  rateBps: number;
  /** Attempts made so far (retries included). */
  attempts: number;
  /** The last failure: the final one when `failed`, the one being retried when `retrying`. Translate `error.<code>` with `error.details`. */
  error: SerializedError | null;
  /** True when a partial file is kept, so Retry continues where it stopped. */
  resumable: boolean;
  /** Done without saving a copy: `path` already held the same bytes (see `force` to save one anyway). */
  alreadySaved: boolean;
  /** Done, but the file was no longer at `path` when last checked (moved or deleted by the user). */
  missing: boolean;
  batchId: string | null;
  /** Unix ms. */
  createdAt: number;
  finishedAt: number | null;
}

/** A "download all" batch when every job in it has finished (drives the tray notification). */
export interface DownloadBatchSummary {
  batchId: string;
  sessionId: string;
  dir: string;
  done: number;
  failed: number;
  cancelled: number;
  /** Final paths of the files saved. */
  paths: string[];
}

/** An attachment of a session as listed for the UI (no URL). */
export interface AttachmentView {
  attachment_id: string;
  name: string;
  /** What the file will be saved as (sanitised). */
  fileName: string;
  /**
   * What it will be saved as among the session's files: the second `report.md` of a session
   * becomes `report (1).md` (as `publishPartFile` numbers taken names in an empty folder, or in a
   * folder this session was downloaded to before).
   */
  plannedName: string;
  source: string | null;
  content_type: string | null;
}

/** A file uploaded for a reply: pass `url` in `attachment_urls`. */
export interface UploadedAttachmentView {
  attachment_id: string;
  name: string;
  url: string;
  bytes: number;
}

/** Upload progress across all files of one upload call. */
export interface UploadProgressView {
  fileIndex: number;
  name: string;
  sentBytes: number;
  totalBytes: number | null;
}
