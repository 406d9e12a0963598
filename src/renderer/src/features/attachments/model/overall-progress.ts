import type { DownloadJobView } from '../../../../../shared/attachments/jobs';

/** Where all of a session's downloads stand, for the overall bar. */
export interface OverallProgress {
  count: number;
  done: number;
  failed: number;
  cancelled: number;
  /** Saved, then moved or deleted by the user (not counted as downloaded). */
  missing: number;
  /** Queued, downloading or retrying. */
  active: number;
  bytes: number;
  /** Sum of the sizes; null while any unfinished job's size is unknown. */
  total: number | null;
  /** Sum of the running jobs' rates. */
  rateBps: number;
  /** 0..1, or null when the total is unknown (an indeterminate bar). */
  fraction: number | null;
}

/** Pure: totals over the jobs (one per attachment: pass the latest jobs). Null when there are none. */
export function overallProgress(jobs: readonly DownloadJobView[]): OverallProgress | null {
  if (jobs.length === 0) return null;
  let done = 0;
  let failed = 0;
  let cancelled = 0;
  let missing = 0;
  let bytes = 0;
  let total: number | null = 0;
  let rateBps = 0;
  for (const job of jobs) {
    if (job.state === 'done' && job.missing) {
      // Not on disk any more: neither downloaded nor to do, until downloaded again.
      missing += 1;
      continue;
    }
    if (job.state === 'done') done += 1;
    else if (job.state === 'failed') failed += 1;
    else if (job.state === 'cancelled') cancelled += 1;
    if (job.state === 'cancelled') continue; // what was dropped counts neither as done nor as to do
    bytes += job.bytes;
    if (job.state === 'downloading') rateBps += job.rateBps;
    const size = job.total ?? (job.state === 'done' ? job.bytes : null);
    total = total === null || size === null ? null : total + size;
  }
  const active = jobs.length - done - failed - cancelled - missing;
  const fraction = total === null ? null : total === 0 ? (active === 0 ? 1 : 0) : Math.min(1, bytes / total);
  return { count: jobs.length, done, failed, cancelled, missing, active, bytes, total, rateBps, fraction };
}
