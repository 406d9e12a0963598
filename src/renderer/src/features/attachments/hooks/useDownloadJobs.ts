import { useEffect, useState } from 'react';
import type { DownloadJobView } from '../../../../../shared/attachments/jobs';
import { isFinishedJobState } from '../../../../../shared/attachments/jobs';
import { getBridge } from '../../../bridge';

/** Pure: a progress push applied to the list (a late one for a job that already finished is dropped). */
export function applyProgress(jobs: readonly DownloadJobView[], job: DownloadJobView): DownloadJobView[] {
  const i = jobs.findIndex((j) => j.jobId === job.jobId);
  if (i === -1) return [...jobs, job];
  const known = jobs[i] as DownloadJobView;
  if (isFinishedJobState(known.state)) return jobs as DownloadJobView[];
  const next = [...jobs];
  next[i] = job;
  return next;
}

/**
 * Every download job main knows (all sessions): the list once, then `attachments:jobs` (the whole
 * list, on any state change) and `attachments:progress` (one job's bytes, about 10 per second).
 */
export function useDownloadJobs(): readonly DownloadJobView[] {
  const [jobs, setJobs] = useState<readonly DownloadJobView[]>([]);
  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    // A push that lands before the first answer is newer than it.
    let pushed = false;
    const offs = [
      bridge.on('attachments:jobs', (list) => {
        pushed = true;
        setJobs(list);
      }),
      bridge.on('attachments:progress', (job) => setJobs((prev) => applyProgress(prev, job))),
    ];
    bridge.attachments.jobs().then(
      (list) => {
        if (live && !pushed) setJobs(list);
      },
      // Nothing to show yet; the next push brings the list.
      () => undefined,
    );
    return () => {
      live = false;
      for (const off of offs) off();
    };
  }, []);
  return jobs;
}
