import type { SessionInsights } from '../../shared/domain/session-insights';
import type { SessionInsightsApi } from '../../main/api/session-insights';

/** The insight fields `sessions --json` adds to each session (`analysis` as the API gave it). */
export interface SessionInsightsJson {
  numDevinMessages: number;
  numUserMessages: number;
  sessionSize: string | null;
  analysis: Record<string, unknown> | null;
}

/** Ids per `sessions/insights` call: keeps the query string short whatever the --limit. */
const IDS_PER_CALL = 50;

export function toInsightsJson(s: SessionInsights): SessionInsightsJson {
  return { numDevinMessages: s.num_devin_messages, numUserMessages: s.num_user_messages, sessionSize: s.session_size, analysis: s.analysis };
}

/**
 * The insights of these sessions, by id: `GET …/sessions/insights?session_ids=…` (one call per
 * 50 ids, pages followed), not one request per session.
 */
export async function insightsByIds(api: Pick<SessionInsightsApi, 'pages'>, ids: readonly string[]): Promise<Map<string, SessionInsightsJson>> {
  const out = new Map<string, SessionInsightsJson>();
  for (let i = 0; i < ids.length; i += IDS_PER_CALL) {
    const chunk = ids.slice(i, i + IDS_PER_CALL);
    for await (const page of api.pages({ session_ids: chunk }, { first: 200 })) {
      for (const item of page.items) out.set(item.session_id, toInsightsJson(item));
    }
  }
  return out;
}
