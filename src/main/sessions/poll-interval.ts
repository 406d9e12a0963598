/**
 * How long to wait before the next poll (pure).
 *
 * Every poll is ONE list request for the whole org, so the interval is the whole cost. The
 * figures aim at: a change seen within ~10 s while you look at the window (p95 ≤ 12 s), within
 * ~25 s while it is hidden (p95 ≤ 35 s), and about one request a minute when nothing runs.
 * 10 s is also the docs' own per-session polling interval, so the app is never slower than the
 * documented loop while you watch, at 1/N of its cost for N sessions.
 */
export interface IntervalInput {
  /** Some session is active (working, starting, or waiting for a human). */
  anyRunning: boolean;
  windowVisible: boolean;
  /** Ms since the last observed change (Infinity if none yet). */
  lastChangeAgo: number;
  /** Ms the error backoff asks for, or null when the last poll succeeded. */
  backoff: number | null;
}

export const POLL_INTERVALS = {
  runningVisible: 10_000,
  runningHidden: 25_000,
  /** Active but nothing changed for a while (long builds, a reply nobody wrote yet). */
  quietRunningVisible: 15_000,
  quietRunningHidden: 30_000,
  idleVisible: 30_000,
  idleHidden: 60_000,
} as const;

/** After this long without a change, a running org is "quiet". */
export const QUIET_AFTER_MS = 10 * 60_000;

export function nextInterval({ anyRunning, windowVisible, lastChangeAgo, backoff }: IntervalInput): number {
  if (backoff !== null) return Math.max(0, backoff);
  if (!anyRunning) return windowVisible ? POLL_INTERVALS.idleVisible : POLL_INTERVALS.idleHidden;
  const quiet = lastChangeAgo >= QUIET_AFTER_MS;
  if (windowVisible) return quiet ? POLL_INTERVALS.quietRunningVisible : POLL_INTERVALS.runningVisible;
  return quiet ? POLL_INTERVALS.quietRunningHidden : POLL_INTERVALS.runningHidden;
}
