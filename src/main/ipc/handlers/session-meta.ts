import { EMPTY_COMPOSER_MEMORY, type ComposerChannelName } from '../../../shared/ipc/channels/composer';
import type { SessionMetaChannelName } from '../../../shared/ipc/channels/session-meta';
import { normalizeSessionId } from '../../../shared/domain/session-id';
import type { SessionsApi } from '../../api/sessions';
import type { ComposerMemoryStore } from '../../sessions/composer-memory';
import type { SessionInsightsService } from '../../sessions/session-insights-service';
import { addSessionTags, removeSessionTags } from '../../sessions/session-tags';
import type { Handlers } from '../router';

export interface SessionMetaHandlerDeps {
  /** The signed-in org's sessions endpoints and its id (throws NOT_SIGNED_IN / ORG_REQUIRED otherwise). */
  getSessions: (sessionId?: string) => { api: SessionsApi; orgId: string };
  /** Re-reads one session into the tracked list (`sessions:get`), so list filters see new tags. */
  refreshSession: (sessionId: string) => Promise<unknown>;
  insights: SessionInsightsService;
  composer: ComposerMemoryStore;
  /** Problems that must not fail the call (the refresh after a tag edit). */
  onError?: (err: unknown) => void;
}

/** Tags, insights and the composer's memory: each a call into its service. */
export function createSessionMetaHandlers(deps: SessionMetaHandlerDeps): Pick<Handlers, SessionMetaChannelName | ComposerChannelName> {
  const afterTagEdit = async (sessionId: string, tags: string[]) => {
    // The edit is done; a failed refresh only means the list catches up at the next poll.
    await deps.refreshSession(sessionId).catch((err: unknown) => deps.onError?.(err));
    return { sessionId, tags };
  };
  const orgOrNull = () => {
    try {
      return deps.getSessions().orgId;
    } catch {
      return null;
    }
  };
  return {
    'tags:add': async ({ sessionId, tags }) => {
      const id = normalizeSessionId(sessionId);
      return afterTagEdit(id, await addSessionTags(deps.getSessions(id).api.tags, id, tags));
    },
    'tags:remove': async ({ sessionId, tags }) => {
      const id = normalizeSessionId(sessionId);
      return afterTagEdit(id, await removeSessionTags(deps.getSessions(id).api.tags, id, tags));
    },
    'insights:get': ({ sessionId }) => deps.insights.get(sessionId),
    'insights:generate': ({ sessionId }) => deps.insights.generate(sessionId),
    'composer:lastUsed': async () => {
      const org = orgOrNull();
      return org ? deps.composer.get(org) : EMPTY_COMPOSER_MEMORY;
    },
    'composer:remember': (values) => deps.composer.remember(deps.getSessions().orgId, values),
  };
}
