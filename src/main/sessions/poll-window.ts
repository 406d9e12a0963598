/** What decides how far back a poll's list request reaches. */
export interface PollWindowInput {
  nowMs: number;
  /** Newest `updated_at` (Unix s) seen in a list; null before the first successful poll ever. */
  cursor: number | null;
  /** No poll succeeded yet in this run (the app just started; the views know no session). */
  firstPollThisRun: boolean;
  /** See `TrackerOptions.initialWindowSec`. */
  initialWindowSec: number;
  /** See `TrackerOptions.overlapSec`. */
  overlapSec: number;
}

/**
 * The `updated_after` (Unix s) of a poll's list request (pure). Normally the cursor minus the
 * overlap. The first poll ever lists the initial window; the first poll of a later run lists
 * the window too, and reaches back to the cursor if that is older, so nothing that changed
 * while the app was closed is missed.
 */
export function listUpdatedAfter(p: PollWindowInput): number {
  const windowStart = Math.floor(p.nowMs / 1000) - p.initialWindowSec;
  let after: number;
  if (p.cursor === null) after = windowStart;
  else if (p.firstPollThisRun) after = Math.min(p.cursor - p.overlapSec, windowStart);
  else after = p.cursor - p.overlapSec;
  return Math.max(0, after);
}
