import type { SessionMessage } from '../../../../../shared/domain/session-message';

/**
 * Appends new messages, dropping any already present (by `event_id`): the first answer and a
 * push can overlap (pure). Order is the API's, chronological; arrivals go last.
 */
export function mergeMessages(current: readonly SessionMessage[], added: readonly SessionMessage[]): SessionMessage[] {
  if (added.length === 0) return current as SessionMessage[];
  const seen = new Set(current.map((m) => m.event_id));
  const fresh = added.filter((m) => {
    if (seen.has(m.event_id)) return false;
    seen.add(m.event_id);
    return true;
  });
  return fresh.length === 0 ? (current as SessionMessage[]) : [...current, ...fresh];
}
