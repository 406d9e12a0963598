import type { MessageKey } from '../../../../../shared/i18n';
import { stateKey, type SessionGroup } from '../../../../../shared/sessions/session-state';
import type { SessionView } from '../../../../../shared/sessions/session-view';

/** Colour family of a status badge. */
export type StatusTone = 'attention' | 'running' | 'finished' | 'error' | 'suspended' | 'archived';

/** i18n key of a session's state in words ("Waiting for you" / "等待你的回复"), from status + status_detail. */
export function stateKeyOf(v: Pick<SessionView, 'status' | 'statusDetail' | 'group'>): MessageKey {
  return stateKey({ status: v.status, status_detail: v.statusDetail, is_archived: v.group === 'archived' }) as MessageKey;
}

/** The badge colour follows the list group, so the badge and its group header agree. */
export function toneOf(group: SessionGroup): StatusTone {
  return group;
}

/** i18n key of a group header. */
export function groupLabelKey(group: SessionGroup): MessageKey {
  return `ui.sessions.group.${group}` as MessageKey;
}

/** True while Devin may still act on its own (a pulsing dot says so). */
export function isLive(v: Pick<SessionView, 'group' | 'statusDetail'>): boolean {
  return v.group === 'running' && v.statusDetail !== 'finished';
}
