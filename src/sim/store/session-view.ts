import { SESSION_PREFIX } from '../ids';
import type { MessageRecord, SessionRecord } from '../types';

/** SessionResponse (§4.2), as get/list return it (status_detail etc. included). */
export function sessionView(s: SessionRecord, appHost: string): Record<string, unknown> {
  return {
    session_id: s.session_id,
    url: `${appHost}/sessions/${s.session_id.slice(SESSION_PREFIX.length)}`,
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

/** SessionMessage (§4.6). */
export function messageView(m: MessageRecord): Record<string, unknown> {
  return { event_id: m.event_id, source: m.source, message: m.message, created_at: m.created_at };
}
