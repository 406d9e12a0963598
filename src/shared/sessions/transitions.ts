import type { Session } from '../domain/session';
import type { NotificationKind } from './notification-settings';
import { isFinished } from './session-state';

/**
 * What the tracker remembers about a session between polls and across restarts: just enough to
 * tell what changed. Timestamps are the API's Unix seconds.
 */
export interface SessionSnapshot {
  id: string;
  status: string;
  statusDetail: string | null;
  archived: boolean;
  prUrls: string[];
  updatedAt: number;
  title: string | null;
}

/** A change worth telling someone about. `key` is stable: the same change always has the same key. */
export interface Transition {
  key: string;
  kind: NotificationKind;
  sessionId: string;
  /** `suspended`: the reason (`status_detail`). */
  reason?: string | null;
  /** `finished`: true when the session was terminated (`exit`) rather than completing its task. */
  ended?: boolean;
  /** `pr_opened`: the new PR. */
  prUrl?: string;
}

/** The snapshot of a session as the API returned it. */
export function toSnapshot(s: Session): SessionSnapshot {
  return {
    id: s.session_id,
    status: s.status,
    statusDetail: s.status_detail,
    archived: s.is_archived,
    prUrls: s.pull_requests.map((p) => p.pr_url),
    updatedAt: s.updated_at,
    title: s.title,
  };
}

/** Which notifiable state a snapshot is in, if any. */
export function notifiableState(s: Pick<SessionSnapshot, 'status' | 'statusDetail'>): Exclude<NotificationKind, 'pr_opened'> | null {
  if (isFinished({ status: s.status, status_detail: s.statusDetail })) return 'finished';
  if (s.status === 'error') return 'error';
  if (s.status === 'suspended') return 'suspended';
  if (s.status === 'running' && (s.statusDetail === 'waiting_for_user' || s.statusDetail === 'waiting_for_approval')) return s.statusDetail;
  return null;
}

/** How a session looks before anything happened to it (a session first seen mid-run). */
const FRESH: Pick<SessionSnapshot, 'status' | 'statusDetail' | 'prUrls'> = { status: 'new', statusDetail: null, prUrls: [] };

/**
 * The transitions between two snapshots of one session (pure). `prev` undefined means "a
 * session we had never seen": it is compared with a fresh, new session, so one that appears
 * already waiting or finished is reported. Archived sessions report nothing: archiving is the
 * user's own act and the sleep it causes is not news.
 *
 * Keys: state changes use `id:kind:updated_at` (entering waiting_for_user twice gives two
 * keys); PRs use `id:pr:url` (a PR opens once).
 */
export function detectTransitions(prev: SessionSnapshot | undefined, next: SessionSnapshot): Transition[] {
  if (next.archived) return [];
  const before = prev ?? FRESH;
  const out: Transition[] = [];
  const kind = notifiableState(next);
  if (kind !== null && kind !== notifiableState(before)) {
    const t: Transition = { key: `${next.id}:${kind}:${next.updatedAt}`, kind, sessionId: next.id };
    if (kind === 'suspended') t.reason = next.statusDetail;
    if (kind === 'finished') t.ended = next.status === 'exit';
    out.push(t);
  }
  const known = new Set(before.prUrls);
  for (const url of next.prUrls) {
    if (!known.has(url)) out.push({ key: `${next.id}:pr:${url}`, kind: 'pr_opened', sessionId: next.id, prUrl: url });
  }
  return out;
}
