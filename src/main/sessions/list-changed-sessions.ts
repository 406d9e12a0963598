import type { Session } from '../../shared/domain/session';
import type { SessionsPort } from './sessions-port';

export interface ListChangedResult {
  /** One entry per session (the newest copy when pagination returned it twice). */
  sessions: Session[];
  /** False when `maxPages` stopped the walk (the oldest changes are then missing). */
  complete: boolean;
  requests: number;
}

/**
 * Every session updated at or after `updatedAfter` (Unix s): `GET …/sessions?updated_after=…`,
 * paginated. A session updated while we page moves to the front of the list and may be missed
 * or seen twice; missed ones come back next poll (their `updated_at` is past the cursor), and
 * duplicates are merged by `session_id`, newest `updated_at` wins.
 */
export async function listChangedSessions(
  api: Pick<SessionsPort, 'list'>,
  opts: { updatedAfter: number; pageSize: number; maxPages: number },
): Promise<ListChangedResult> {
  const byId = new Map<string, Session>();
  const seenCursors = new Set<string>();
  let after: string | undefined;
  let requests = 0;
  for (;;) {
    const page = await api.list({ updated_after: opts.updatedAfter, first: opts.pageSize, ...(after ? { after } : {}) });
    requests++;
    for (const s of page.items) {
      const had = byId.get(s.session_id);
      if (!had || s.updated_at >= had.updated_at) byId.set(s.session_id, s);
    }
    if (!page.has_next_page) return { sessions: [...byId.values()], complete: true, requests };
    // A missing or repeating cursor cannot be followed without looping.
    if (page.end_cursor === null || seenCursors.has(page.end_cursor) || requests >= opts.maxPages) {
      return { sessions: [...byId.values()], complete: false, requests };
    }
    seenCursors.add(page.end_cursor);
    after = page.end_cursor;
  }
}
