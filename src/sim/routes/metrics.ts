import { jsonResponse, type SimResponse } from '../http/response';
import { orgOf, orgRoute, type ApiContext, type ApiRoute } from './api-route';
import { observeOrgSessions } from './consumption';
import { usageWindow } from './usage-window';

/**
 * `GET …/metrics/usage`: pull requests Devin created and merged in the window (all time when
 * neither bound is given). The sim has no searches: `searches_count` is always 0.
 */
function usageMetrics(ctx: ApiContext): SimResponse {
  observeOrgSessions(ctx);
  const w = usageWindow(ctx, 0);
  const prs = ctx.state.usage.pullRequestCounts(orgOf(ctx), w.afterSec, w.beforeSec);
  return jsonResponse(200, { prs_created_count: prs.created, prs_merged_count: prs.merged, searches_count: 0 });
}

/** Metrics (`metrics.usage`): ViewAccountMetrics, as documented. */
export const metricsRoutes: ApiRoute[] = [orgRoute('GET', '/v3/organizations/:org/metrics/usage', 'ViewAccountMetrics', usageMetrics)];
