import type { SessionMessage } from '../../../../../shared/domain/session-message';
import type { SessionView } from '../../../../../shared/sessions/session-view';

/** Fixed "now" for factories: 2025-03-05 12:00:00 UTC. */
export const T0 = Date.UTC(2025, 2, 5, 12, 0, 0);

let counter = 0;

/** A SessionView with sensible defaults (running/working, not watched, no tags). */
export function makeView(over: Partial<SessionView> = {}): SessionView {
  counter += 1;
  const id = over.id ?? `devin-${String(counter).padStart(6, '0')}`;
  return {
    id,
    title: `Session ${counter}`,
    status: 'running',
    statusDetail: 'working',
    attention: false,
    group: 'running',
    tags: [],
    origin: 'api',
    acus: 0,
    prs: [],
    url: `https://app.devin.ai/sessions/${id}`,
    createdAt: T0 - 3600_000,
    updatedAt: T0 - 60_000,
    watched: false,
    playbookId: null,
    ...over,
  };
}

/** A message from Devin (or `source`), stamped in Unix seconds. */
export function makeMessage(eventId: string, message: string, source = 'devin', atS = T0 / 1000): SessionMessage {
  return { event_id: eventId, source, message, created_at: atS };
}
