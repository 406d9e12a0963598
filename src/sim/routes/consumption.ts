import { jsonResponse, type SimResponse } from '../http/response';
import { orgOf, orgRoute, type ApiContext, type ApiRoute } from './api-route';
import { SIM_DEFAULT_USAGE_WINDOW_SEC, usageWindow } from './usage-window';

/** Stamps sessions the ledger has not seen yet (made a moment ago), so every answer counts them. */
export function observeOrgSessions(ctx: ApiContext): void {
  const org = orgOf(ctx);
  const nowMs = ctx.state.clock.nowMs();
  for (const s of ctx.state.sessions.all()) if (s.org_id === org) ctx.state.usage.observe(s, nowMs);
}

/**
 * `GET …/consumption/daily`: the org's ACUs per day (08:00 UTC boundaries) in the window, split
 * by product. Days without consumption are left out (the docs do not say; the client fills them).
 */
function orgDaily(ctx: ApiContext): SimResponse {
  observeOrgSessions(ctx);
  const w = usageWindow(ctx, SIM_DEFAULT_USAGE_WINDOW_SEC);
  return jsonResponse(200, ctx.state.usage.orgDaily(orgOf(ctx), w.afterSec * 1000, w.beforeSec * 1000));
}

/** `GET …/consumption/daily/sessions/{session_id}`: one session's ACUs per day (404 for another org's session). */
function sessionDaily(ctx: ApiContext): SimResponse {
  const s = ctx.state.sessions.get(orgOf(ctx), ctx.params.id ?? '');
  ctx.state.usage.observe(s, ctx.state.clock.nowMs());
  const w = usageWindow(ctx, SIM_DEFAULT_USAGE_WINDOW_SEC);
  return jsonResponse(200, ctx.state.usage.sessionDaily(s.session_id, w.afterSec * 1000, w.beforeSec * 1000));
}

/** Consumption (`consumption.daily`, `consumption.daily.session`): ManageBilling, as documented. */
export const consumptionRoutes: ApiRoute[] = [
  orgRoute('GET', '/v3/organizations/:org/consumption/daily', 'ManageBilling', orgDaily),
  orgRoute('GET', '/v3/organizations/:org/consumption/daily/sessions/:id', 'ManageBilling', sessionDaily),
];
