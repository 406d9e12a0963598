import type { Session } from '../../shared/domain/session';
import type { SessionSnapshot } from '../../shared/sessions/transitions';

/** One session that differs from what we knew. */
export interface SessionChange {
  session: Session;
  /** What we knew before (undefined: never seen). */
  prev: SessionSnapshot | undefined;
  /**
   * Whether its transitions may notify. False while learning the baseline: on the very first
   * poll, and for a session we never saw that has not changed since our last poll (it was
   * merely outside the window before, e.g. an old session).
   */
  notify: boolean;
}

/**
 * Which listed sessions changed (pure). `known` holds the full sessions from earlier polls this
 * run; `snapshots` the persisted ones (they survive restarts). `lastCursor` is the newest
 * `updated_at` seen by the previous successful poll, null before the first one ever.
 */
export function planChanges(
  listed: readonly Session[],
  known: ReadonlyMap<string, Session>,
  snapshots: ReadonlyMap<string, SessionSnapshot>,
  lastCursor: number | null,
  overlapSec: number,
): SessionChange[] {
  const out: SessionChange[] = [];
  for (const s of listed) {
    const had = known.get(s.session_id);
    if (had && (s.updated_at < had.updated_at || sameSession(had, s))) continue;
    const prev = snapshots.get(s.session_id);
    const notify = prev !== undefined || (lastCursor !== null && s.updated_at >= lastCursor - overlapSec);
    out.push({ session: s, prev, notify });
  }
  return out;
}

/** Field-by-field equality of two copies of a session (the overlap re-lists a few every poll). */
export function sameSession(a: Session, b: Session): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
