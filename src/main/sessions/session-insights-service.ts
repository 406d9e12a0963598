import { normalizeSessionId } from '../../shared/domain/session-id';
import { toInsightView, type InsightView } from '../../shared/sessions/insight-view';
import type { SessionInsightsApi } from '../api/session-insights';

/** After this long without an analysis, a generation is taken as lost (the API re-triggers a failed one). */
export const INSIGHT_PENDING_GIVE_UP_MS = 10 * 60_000;

export interface SessionInsightsServiceDeps {
  /** The signed-in org's insights endpoints (throws NOT_SIGNED_IN / ORG_REQUIRED otherwise). */
  /** The insights endpoints of the account that owns `sessionId` (#16). */
  getApi: (sessionId?: string) => Promise<SessionInsightsApi> | SessionInsightsApi;
  now?: () => number;
}

export interface SessionInsightsService {
  get(sessionId: string): Promise<InsightView>;
  /** Starts a generation (or finds one running) and answers the insights as they are now. */
  generate(sessionId: string): Promise<InsightView>;
  /** Forget pending generations (sign-out, org switch). */
  reset(): void;
}

/**
 * Insights for the detail view. The API has no "generating" state: an analysis is null until
 * it is done. So main remembers which generations it asked for (this run), and says `pending`
 * for those until the analysis shows up or {@link INSIGHT_PENDING_GIVE_UP_MS} passes.
 */
export function createSessionInsightsService(deps: SessionInsightsServiceDeps): SessionInsightsService {
  const now = deps.now ?? Date.now;
  const requested = new Map<string, number>();

  const isPending = (id: string): boolean => {
    const at = requested.get(id);
    if (at === undefined) return false;
    if (now() - at > INSIGHT_PENDING_GIVE_UP_MS) {
      requested.delete(id);
      return false;
    }
    return true;
  };

  const read = async (id: string): Promise<InsightView> => {
    const insights = await (await deps.getApi(id)).get(id);
    const view = toInsightView(insights, isPending(id));
    if (view.analysis) requested.delete(id);
    return view;
  };

  return {
    get: (sessionId) => read(normalizeSessionId(sessionId)),
    async generate(sessionId) {
      const id = normalizeSessionId(sessionId);
      await (await deps.getApi(id)).generate(id);
      if (!requested.has(id)) requested.set(id, now());
      return read(id);
    },
    reset: () => requested.clear(),
  };
}
