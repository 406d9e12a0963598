import { consumptionSchema, usageMetricsSchema, type Consumption, type TimeWindow, type UsageMetrics } from '../../shared/domain/consumption';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { seg, type ApiContext, type CallOptions } from './context';

/**
 * Usage endpoints of one organization: daily consumption (ManageBilling) for the org and for one
 * session, and usage metrics (ViewAccountMetrics). Windows are Unix seconds; pass day boundaries
 * (08:00 UTC, see shared/usage/day-boundary.ts) so the figures match Devin's dashboard.
 */
export function usageApi(ctx: ApiContext) {
  const t = ctx.transport;
  const query = (w: TimeWindow) => ({ time_after: w.time_after, time_before: w.time_before });
  return {
    /** `GET …/consumption/daily`: ACUs per day, split by product. */
    async consumptionDaily(w: TimeWindow = {}, opts: CallOptions = {}): Promise<Consumption> {
      return t.request({ method: 'GET', path: `${ctx.orgPath()}/consumption/daily`, query: query(w), schema: consumptionSchema, retry: 'read', signal: opts.signal });
    },
    /** `GET …/consumption/daily/sessions/{session_id}`: one session's ACUs per day. */
    async sessionConsumptionDaily(sessionId: string, w: TimeWindow = {}, opts: CallOptions = {}): Promise<Consumption> {
      return t.request({
        method: 'GET',
        path: `${ctx.orgPath()}/consumption/daily/sessions/${seg(normalizeSessionId(sessionId))}`,
        query: query(w),
        schema: consumptionSchema,
        retry: 'read',
        signal: opts.signal,
      });
    },
    /** `GET …/metrics/usage`: PRs created and merged, searches. */
    async metrics(w: TimeWindow = {}, opts: CallOptions = {}): Promise<UsageMetrics> {
      return t.request({ method: 'GET', path: `${ctx.orgPath()}/metrics/usage`, query: query(w), schema: usageMetricsSchema, retry: 'read', signal: opts.signal });
    },
  };
}

export type UsageApi = ReturnType<typeof usageApi>;
