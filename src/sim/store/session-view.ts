import { SESSION_PREFIX } from '../ids';
import type { MessageRecord, MessageSource, SessionRecord } from '../types';

/** SessionResponse (§4.2) as get/list return it: the record's public fields plus `url`. */
export type SessionView = Pick<
  SessionRecord,
  | 'session_id'
  | 'status'
  | 'status_detail'
  | 'title'
  | 'tags'
  | 'org_id'
  | 'created_at'
  | 'updated_at'
  | 'acus_consumed'
  | 'pull_requests'
  | 'user_id'
  | 'service_user_id'
  | 'playbook_id'
  | 'parent_session_id'
  | 'child_session_ids'
  | 'is_archived'
  | 'origin'
  | 'structured_output'
  | 'category'
  | 'subcategory'
> & { url: string };

/** SessionMessage (§4.6). */
export interface MessageView {
  event_id: string;
  source: MessageSource;
  message: string;
  created_at: number;
}

/** The app URL of a session: `{appHost}/sessions/{id without devin-}`. */
export function sessionUrl(appHost: string, sessionId: string): string {
  const bare = sessionId.startsWith(SESSION_PREFIX) ? sessionId.slice(SESSION_PREFIX.length) : sessionId;
  return `${appHost}/sessions/${bare}`;
}

export function sessionView(s: SessionRecord, appHost: string): SessionView {
  return {
    session_id: s.session_id,
    url: sessionUrl(appHost, s.session_id),
    status: s.status,
    status_detail: s.status_detail,
    title: s.title,
    tags: [...s.tags],
    org_id: s.org_id,
    created_at: s.created_at,
    updated_at: s.updated_at,
    acus_consumed: s.acus_consumed,
    pull_requests: s.pull_requests.map((p) => ({ ...p })),
    user_id: s.user_id,
    service_user_id: s.service_user_id,
    playbook_id: s.playbook_id,
    parent_session_id: s.parent_session_id,
    child_session_ids: s.child_session_ids ? [...s.child_session_ids] : null,
    is_archived: s.is_archived,
    origin: s.origin,
    structured_output: s.structured_output,
    category: s.category,
    subcategory: s.subcategory,
  };
}

export function messageView(m: MessageRecord): MessageView {
  return { event_id: m.event_id, source: m.source, message: m.message, created_at: m.created_at };
}

/** Fields the docs say only get/list fill ("expect null/absent on create, message, archive and terminate"). */
export const GET_ONLY_SESSION_FIELDS = ['status_detail', 'structured_output', 'category', 'subcategory'] as const;

export type ActionSessionView = Omit<SessionView, (typeof GET_ONLY_SESSION_FIELDS)[number]>;

/**
 * SessionResponse as create, send message, archive and terminate return it: the stricter
 * reading of "null/absent" — the get-only fields are left out, so a client that stores this
 * answer as the whole session blanks them (the bug the API's docs warn about).
 */
export function actionSessionView(s: SessionRecord, appHost: string): ActionSessionView {
  const { status_detail: _d, structured_output: _o, category: _c, subcategory: _s, ...rest } = sessionView(s, appHost);
  return rest;
}
