import { jsonResponse, type SimResponse } from '../http/response';
import { sessionSize } from '../insights/analysis';
import { readCursorParams } from '../pagination';
import type { SimState } from '../state';
import { parseSessionFilters } from '../store/session-filters';
import { sessionView } from '../store/session-view';
import type { SessionRecord } from '../types';
import { listOrgsOf, orgRoute, sessionOf, type ApiContext, type ApiRoute } from './api-route';

/** `SessionInsightsResponse`: the session (as get returns it) plus counts, size and the analysis (null until generated). */
export function insightView(state: SimState, s: SessionRecord): Record<string, unknown> {
  return {
    ...sessionView(s, state.appHost),
    num_devin_messages: s.messages.filter((m) => m.source === 'devin').length,
    num_user_messages: s.messages.filter((m) => m.source === 'user').length,
    session_size: sessionSize(s),
    analysis: state.insights.analysisOf(s, state.clock.nowMs()),
  };
}

/** `GET …/sessions/insights`: the session list's filters and pages, each item with its insights. */
export function listInsights(ctx: ApiContext): SimResponse {
  const { first, after } = readCursorParams(ctx.query);
  const page = ctx.state.sessions.list(listOrgsOf(ctx), parseSessionFilters(ctx.query), first, after);
  return jsonResponse(200, { ...page, items: page.items.map((s) => insightView(ctx.state, s)) });
}

export function getInsights(ctx: ApiContext): SimResponse {
  return jsonResponse(200, insightView(ctx.state, sessionOf(ctx)));
}

/** Starts a generation (`started`), or `already_exists` while one is pending or done; the analysis appears on a later GET. */
export function generateInsights(ctx: ApiContext): SimResponse {
  const s = sessionOf(ctx);
  const status = ctx.state.insights.generate(s, ctx.state.clock.nowMs());
  return jsonResponse(200, { session_id: s.session_id, status });
}

/** Session insights (`sessions.insights.list|get|generate`). The literal `sessions/insights` wins over `sessions/:id` in the router. */
export const sessionInsightRoutes: ApiRoute[] = [
  orgRoute('GET', '/v3/organizations/:org/sessions/insights', 'ViewOrgSessions', listInsights),
  orgRoute('GET', '/v3/organizations/:org/sessions/:id/insights', 'ViewOrgSessions', getInsights),
  orgRoute('POST', '/v3/organizations/:org/sessions/:id/insights/generate', 'ManageOrgSessions', generateInsights),
];
