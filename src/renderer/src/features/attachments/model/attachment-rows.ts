import type { AttachmentView, DownloadJobView } from '../../../../../shared/attachments/jobs';
import { baseName } from './reply-files';

/** One attachment of the session and its most recent download, if any. */
export interface AttachmentRow {
  attachment: AttachmentView;
  /** The newest job that still means something: a cancelled one is as if never started. */
  job: DownloadJobView | null;
  /**
   * The file's size once any download of it learnt it (the API lists no size, and its download
   * route only redirects), kept after a Cancel; null until then.
   */
  size: number | null;
}

/**
 * Where a row stands. `none`: not downloaded (never, or cancelled: nothing was kept); `missing`:
 * it was saved, but the file has since been moved or deleted (noticed on a listing or on Open).
 */
export type RowState = 'none' | 'queued' | 'downloading' | 'retrying' | 'failed' | 'done' | 'missing';

/**
 * Pure: the newest job per attachment of `sessionId` (a forced re-download or another folder makes
 * a new job). Cancelled jobs are left out: Cancel puts the row back where it was (not downloaded,
 * or the earlier download it was about to replace), and kept nothing to resume.
 */
export function latestJobsByAttachment(jobs: readonly DownloadJobView[], sessionId: string): Map<string, DownloadJobView> {
  const out = new Map<string, DownloadJobView>();
  for (const job of jobs) {
    if (job.sessionId !== sessionId || job.state === 'cancelled') continue;
    const seen = out.get(job.attachmentId);
    if (!seen || job.createdAt >= seen.createdAt) out.set(job.attachmentId, job);
  }
  return out;
}

/** Pure: the listed attachments, in the server's order, each with its latest job. */
export function attachmentRows(list: readonly AttachmentView[], jobs: readonly DownloadJobView[], sessionId: string): AttachmentRow[] {
  const latest = latestJobsByAttachment(jobs, sessionId);
  const sizes = new Map<string, { size: number; at: number }>();
  for (const j of jobs) {
    const size = j.sessionId === sessionId ? knownSize(j) : null;
    const seen = sizes.get(j.attachmentId);
    if (size !== null && (!seen || j.createdAt >= seen.at)) sizes.set(j.attachmentId, { size, at: j.createdAt });
  }
  return list.map((attachment) => {
    const job = latest.get(attachment.attachment_id) ?? null;
    return { attachment, job, size: knownSize(job) ?? sizes.get(attachment.attachment_id)?.size ?? null };
  });
}

/** Pure: the row's state (see RowState). */
export function rowState(row: AttachmentRow): RowState {
  const job = row.job;
  if (!job || job.state === 'cancelled') return 'none';
  if (job.state === 'done' && job.missing) return 'missing';
  return job.state;
}

/**
 * Pure: the name the row shows: the name the file was saved as once it is on disk (`report (1).md`
 * when the folder already had another `report.md`), else the one it will be saved as.
 */
export function savedName(row: AttachmentRow): string {
  const job = row.job;
  if (job && job.state === 'done' && job.path) return baseName(job.path);
  return job?.fileName ?? row.attachment.plannedName;
}

/** Pure: the jobs the overall summary counts: every row with a download (a cancelled one has none; a missing file counts as not downloaded). */
export function summaryJobs(rows: readonly AttachmentRow[]): DownloadJobView[] {
  return rows.flatMap((r) => (r.job && rowState(r) !== 'none' ? [r.job] : []));
}

/** A job that is still moving (Cancel applies). */
export function isActiveJob(job: DownloadJobView | null): boolean {
  return job !== null && (job.state === 'queued' || job.state === 'downloading' || job.state === 'retrying');
}

/** The size to show: the announced total, or the bytes of a finished file; null when unknown. */
export function knownSize(job: DownloadJobView | null): number | null {
  if (!job) return null;
  if (job.total !== null) return job.total;
  return job.state === 'done' ? job.bytes : null;
}
