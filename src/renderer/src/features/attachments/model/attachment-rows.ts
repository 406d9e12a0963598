import type { AttachmentView, DownloadJobView } from '../../../../../shared/attachments/jobs';

/** One attachment of the session and its most recent download, if any. */
export interface AttachmentRow {
  attachment: AttachmentView;
  job: DownloadJobView | null;
}

/** Pure: the newest job per attachment of `sessionId` (a forced re-download or another folder makes a new job). */
export function latestJobsByAttachment(jobs: readonly DownloadJobView[], sessionId: string): Map<string, DownloadJobView> {
  const out = new Map<string, DownloadJobView>();
  for (const job of jobs) {
    if (job.sessionId !== sessionId) continue;
    const seen = out.get(job.attachmentId);
    if (!seen || job.createdAt >= seen.createdAt) out.set(job.attachmentId, job);
  }
  return out;
}

/** Pure: the listed attachments, in the server's order, each with its latest job. */
export function attachmentRows(list: readonly AttachmentView[], jobs: readonly DownloadJobView[], sessionId: string): AttachmentRow[] {
  const latest = latestJobsByAttachment(jobs, sessionId);
  return list.map((attachment) => ({ attachment, job: latest.get(attachment.attachment_id) ?? null }));
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
