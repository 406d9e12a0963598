import type { CreatedSession, SessionCreateRequest } from '../../shared/domain/session';
import type { SessionsPort } from './sessions-port';

/**
 * Where a tracker lists sessions from and sends its per-session calls: one org's routes
 * (`orgSessionSource`) or an enterprise key's "All organisations" (`enterpriseSessionSource`).
 * The tracker polls `list({updated_after})` the same way through either; only the routes differ.
 */
export interface SessionSource extends Omit<SessionsPort, 'create'> {
  /** Creates a session in `target.orgId` (an enterprise source; its default org when absent). An org source creates in its org. */
  create(body: SessionCreateRequest, target?: { orgId?: string | null }): Promise<CreatedSession>;
}

/** An org's routes as a source: every call straight through (create in that org, whatever `target` says). */
export function orgSessionSource(api: SessionsPort): SessionSource {
  return {
    list: (p, o) => api.list(p, o),
    get: (id, o) => api.get(id, o),
    messages: (id, p, o) => api.messages(id, p, o),
    sendMessage: (id, b, o) => api.sendMessage(id, b, o),
    archive: (id, o) => api.archive(id, o),
    terminate: (id, p, o) => api.terminate(id, p, o),
    create: (body) => api.create(body),
  };
}
