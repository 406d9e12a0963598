import type { AttachmentSettings } from './settings';

/** The part of a session the decision needs. */
export interface SessionStatusSnapshot {
  status: string;
  status_detail?: string | null;
}

/**
 * True when a session has finished its work: `exit`, or `running` with `status_detail`
 * `finished` (the API reports a completed task that way while the session stays open).
 */
export function isFinishedSession(s: SessionStatusSnapshot): boolean {
  return s.status === 'exit' || (s.status === 'running' && s.status_detail === 'finished');
}

/**
 * Pure: download a session's attachments now? Only when auto-download is on, the session is
 * watched, and this update is the moment it became finished. An unknown previous state (first
 * sight, e.g. after a restart) does not count: that would download again on every launch.
 */
export function shouldAutoDownload(
  prev: SessionStatusSnapshot | null | undefined,
  next: SessionStatusSnapshot,
  settings: Pick<AttachmentSettings, 'autoDownloadAttachments'>,
  watched: boolean,
): boolean {
  if (!settings.autoDownloadAttachments || !watched || !prev) return false;
  return isFinishedSession(next) && !isFinishedSession(prev);
}
