/** Tunables of the session tracker; the defaults are what the app uses. */
export interface TrackerOptions {
  /**
   * Seconds subtracted from the cursor on each poll. Costs bytes (a few sessions re-listed),
   * never requests, and covers same-second updates and a server that makes a write visible a
   * few seconds after stamping `updated_at`.
   */
  overlapSec: number;
  /** `first` on list calls (the API's maximum). */
  pageSize: number;
  /** Safety bound on list requests per poll. */
  maxPagesPerPoll: number;
  /**
   * The first poll of a run lists sessions updated in this window (plus everything since the
   * persisted cursor after a restart, however long ago). Older sessions are idle history: they
   * cannot produce a notification until they change, and when they do, the normal poll sees
   * them. This bounds the cost of opening the app in an org with thousands of old sessions.
   */
  initialWindowSec: number;
  /** Persisted session snapshots kept (least recently updated dropped first, watched kept). */
  maxSnapshots: number;
  /** Persisted notified-transition keys kept (oldest dropped first). */
  maxNotifiedKeys: number;
  /** A session a view shows is re-read at least this often while active, even if its `updated_at` did not move. */
  messagesMaxAgeMs: number;
  messagesPageSize: number;
  messagesMaxPages: number;
  /** Message histories kept for sessions no view shows. */
  maxUnwatchedMessageLogs: number;
  /**
   * First-message reads (`messages?first=1`) per poll to learn the prompts of untitled sessions
   * not created here (newest first). Each session is read once, then again only if it
   * had no message yet and changed since; learned prompts are persisted.
   */
  promptReadsPerPoll: number;
}

export const DEFAULT_TRACKER_OPTIONS: TrackerOptions = {
  overlapSec: 10,
  pageSize: 200,
  maxPagesPerPoll: 50,
  initialWindowSec: 14 * 24 * 3600,
  maxSnapshots: 5000,
  maxNotifiedKeys: 2000,
  messagesMaxAgeMs: 30_000,
  messagesPageSize: 200,
  messagesMaxPages: 20,
  maxUnwatchedMessageLogs: 50,
  promptReadsPerPoll: 3,
};
