import type { Session, SessionCreateRequest } from '../../shared/domain/session';
import { ApiError } from './api-error';

/**
 * Create-session is never retried (a duplicate costs money). These pure decisions say when a
 * failed create may still have created a session, and how to recognise it afterwards.
 */

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
