import type { Session } from '../domain/session';

/**
 * Pure readings of a session's `status` + `status_detail` + `is_archived`. Everything that asks
 * "is it running / finished / waiting for me?" goes through here, so the list, the tray, the
 * notification policy and the CLI agree.
 */

/** The fields these readings need (a full Session or a persisted snapshot both fit). */
export interface SessionStateFields {
  status: string;
  status_detail: string | null;
  is_archived: boolean;
}

/** Where a session sits in the UI. */
export const SESSION_GROUPS = ['attention', 'running', 'finished', 'error', 'suspended', 'archived'] as const;
export type SessionGroup = (typeof SESSION_GROUPS)[number];

/** Waiting for a human: the reply box or an approval. Archived sessions never need attention. */
export function needsAttention(s: SessionStateFields): boolean {
  return !s.is_archived && s.status === 'running' && (s.status_detail === 'waiting_for_user' || s.status_detail === 'waiting_for_approval');
}

/** Done: `running` + `finished`, or `exit` (terminated; the docs' loop stops there). */
export function isFinished(s: Pick<SessionStateFields, 'status' | 'status_detail'>): boolean {
  return s.status === 'exit' || (s.status === 'running' && s.status_detail === 'finished');
}

/**
 * Devin is (or is about to be) doing work: new, claimed, creating, resuming, or running and
 * not finished. Waiting sessions count too: the reply can come from the web app or Slack at
 * any moment, and the finish that follows should be seen quickly.
 */
export function isActive(s: SessionStateFields): boolean {
  if (s.is_archived) return false;
  if (s.status === 'exit' || s.status === 'error' || s.status === 'suspended') return false;
  return !isFinished(s);
}

/** The UI group; unknown future statuses fall into `running` (shown, never hidden). */
export function groupOf(s: SessionStateFields): SessionGroup {
  if (s.is_archived) return 'archived';
  if (needsAttention(s)) return 'attention';
  if (s.status === 'error') return 'error';
  if (s.status === 'suspended') return 'suspended';
  if (isFinished(s)) return 'finished';
  return 'running';
}

/** i18n key (`sessions.state.*`) of the most specific state word for a session. */
export function stateKey(s: SessionStateFields): string {
  if (s.is_archived) return 'sessions.state.archived';
  if (s.status === 'exit') return 'sessions.state.ended';
  if (s.status === 'error') return 'sessions.state.error';
  if (s.status === 'suspended') return 'sessions.state.suspended';
  if (s.status === 'running') {
    switch (s.status_detail) {
      case 'waiting_for_user':
      case 'waiting_for_approval':
      case 'finished':
      case 'working':
        return `sessions.state.${s.status_detail}`;
      default:
        return 'sessions.state.running';
    }
  }
  return 'sessions.state.starting';
}

/** The fields of a Session the readings use (keeps callers honest about what they pass). */
export function stateFieldsOf(s: Pick<Session, 'status' | 'status_detail' | 'is_archived'>): SessionStateFields {
  return { status: s.status, status_detail: s.status_detail, is_archived: s.is_archived };
}
