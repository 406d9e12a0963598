import { RUNNING_STATUS_DETAILS, SUSPENDED_STATUS_DETAILS, type Session, type SessionCreateRequest } from '../../shared/domain/session';
import { ApiError } from './api-error';

/**
 * Reconciling what the API answered with what we know, as pure decisions:
 * - create-session is never retried (a duplicate costs money): when a failed create may still
 *   have created a session, and how to recognise it afterwards;
 * - send message, archive and terminate answer a session WITHOUT the fields only get/list fill:
 *   how such an answer updates a known session without blanking them.
 */

/** Fields the docs say only get/list fill ("expect null/absent on create, message, archive and terminate"). */
export const GET_ONLY_SESSION_FIELDS = ['status_detail', 'structured_output', 'category', 'subcategory'] as const;

/** What send message / archive / terminate answered: only the fields it carried (normalised). */
export type SessionAnswer = Pick<Session, 'session_id'> & Partial<Session>;

const DETAILS_BY_STATUS: Readonly<Record<string, readonly string[]>> = {
  running: RUNNING_STATUS_DETAILS,
  suspended: SUSPENDED_STATUS_DETAILS,
};

/** Whether a known `status_detail` can still describe a session now in `status`. */
function detailFits(detail: string, status: string, previousStatus: string): boolean {
  const allowed = DETAILS_BY_STATUS[status];
  if (allowed) return allowed.includes(detail);
  // A status the docs give no details for (exit, error, new…): keep it only if nothing changed.
  return status === previousStatus;
}

/**
 * The session after an action answered `answer`: every field the answer carries replaces ours,
 * every other field stays as the last get/list left it (a later get/list fills the rest). A
 * get-only field carried as null means "not filled here", not "cleared". A kept `status_detail`
 * must still fit the status (`running` → working…, `suspended` → a reason); otherwise it is
 * unknown (null) until the next get. An answer older than what we know changes nothing. Without
 * a known session, the answer is all there is (its get-only fields read as null).
 */
export function mergeActionAnswer(known: Session | undefined, answer: SessionAnswer, parse: (raw: SessionAnswer) => Session): Session {
  if (!known) return parse(answer);
  if (answer.updated_at !== undefined && answer.updated_at < known.updated_at) return known;
  const merged: Session = { ...known };
  const target = merged as Record<string, unknown>;
  for (const [key, value] of Object.entries(answer)) {
    if (value === undefined) continue;
    if ((GET_ONLY_SESSION_FIELDS as readonly string[]).includes(key) && value === null) continue;
    target[key] = value;
  }
  if (answer.status_detail == null && merged.status_detail !== null && !detailFits(merged.status_detail, merged.status, known.status)) {
    merged.status_detail = null;
  }
  return merged;
}

/** Seconds of clock difference between us and the server that reconciliation tolerates. */
export const CLOCK_SKEW_SEC = 120;

/**
 * True when the create request may have reached the server and done its work: a 5xx, an
 * unusable 2xx, or a connection/timeout/cancel after the request left this machine.
 */
export function mayHaveCreated(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  switch (error.code) {
    case 'SERVER':
    case 'BAD_RESPONSE':
      return true;
    case 'NETWORK':
    case 'TIMEOUT':
    case 'CANCELLED':
      return error.details.sent !== false;
    default:
      return false;
  }
}

/** Whether the request carries enough to recognise its session (the API echoes no prompt). */
export function canReconcile(req: Pick<SessionCreateRequest, 'title' | 'tags'>): boolean {
  return Boolean(req.title) || (req.tags?.length ?? 0) > 0;
}

/** A session matches when it has the requested title (if any) and every requested tag (if any). */
export function matchesCreateRequest(session: Session, req: Pick<SessionCreateRequest, 'title' | 'tags'>): boolean {
  if (!canReconcile(req)) return false;
  if (req.title && session.title !== req.title) return false;
  return (req.tags ?? []).every((t) => session.tags.includes(t));
}

/** The newest session created at or after `sinceSec` (minus skew) that matches the request, or null. */
export function pickRecentlyCreated(
  sessions: readonly Session[],
  req: Pick<SessionCreateRequest, 'title' | 'tags'>,
  sinceSec: number,
): Session | null {
  const candidates = sessions
    .filter((s) => s.created_at >= sinceSec - CLOCK_SKEW_SEC && matchesCreateRequest(s, req))
    .sort((a, b) => b.created_at - a.created_at);
  return candidates[0] ?? null;
}
