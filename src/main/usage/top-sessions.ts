import type { Session } from '../../shared/domain/session';
import type { TopSession, TopSessions } from '../../shared/usage/usage-view';
import type { UsagePeriod } from '../../shared/usage/day-boundary';

export interface TopSessionsDeps {
  /** Sessions updated since `sinceSec`, newest first (bounded; `more` when there were more). */
  listActive: (sinceSec: number) => Promise<{ items: readonly Session[]; more: boolean }>;
  /** A session's exact ACUs in the period (`consumption/daily/sessions/{id}`). */
  acusInPeriod: (sessionId: string, period: UsagePeriod) => Promise<number>;
}

export const TOP_SESSIONS = 10;
/** At most this many per-session consumption calls for one list. */
export const MAX_EXACT_LOOKUPS = 20;

function view(s: Session, acus: number, exact: boolean): TopSession {
  return { sessionId: s.session_id, title: s.title, acus, exact, status: s.status, statusDetail: s.status_detail, createdAt: s.created_at };
}

/**
 * The period's biggest consumers. There is no such endpoint: the candidates are the sessions
 * updated in the period, and a session's `acus_consumed` is its lifetime figure, an upper bound
 * for the period (exact when it was created inside it). Candidates are taken in order of that
 * bound; one that started before the period gets its exact figure from its daily consumption.
 * Once the tenth best exact figure is at least the next bound, nothing further can enter, so
 * lookups stop (at most {@link MAX_EXACT_LOOKUPS}; beyond that a bound is shown, marked inexact).
 */
export async function topSessions(deps: TopSessionsDeps, period: UsagePeriod, limit = TOP_SESSIONS): Promise<TopSessions> {
  const { items, more } = await deps.listActive(period.fromSec);
  const candidates = items.filter((s) => s.acus_consumed > 0).sort((a, b) => b.acus_consumed - a.acus_consumed);
  const scored: TopSession[] = [];
  let lookups = 0;
  const kthBest = () => (scored.length < limit ? -Infinity : ([...scored].sort((a, b) => b.acus - a.acus)[limit - 1] as TopSession).acus);
  for (const s of candidates) {
    if (kthBest() >= s.acus_consumed) break;
    if (s.created_at >= period.fromSec) scored.push(view(s, s.acus_consumed, true));
    else if (lookups < MAX_EXACT_LOOKUPS) {
      lookups++;
      scored.push(view(s, await deps.acusInPeriod(s.session_id, period), true));
    } else scored.push(view(s, s.acus_consumed, false));
  }
  const top = scored.filter((s) => s.acus > 0).sort((a, b) => b.acus - a.acus || a.sessionId.localeCompare(b.sessionId));
  return { items: top.slice(0, limit), partial: more };
}
