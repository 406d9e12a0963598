import type { SessionsApi } from '../api/sessions';
import type { UsageApi } from '../api/usage';
import { lastDays, type UsagePeriod } from '../../shared/usage/day-boundary';
import { dailySeries } from '../../shared/usage/usage-report';
import type { UsageReport } from '../../shared/usage/usage-view';
import { topSessions } from './top-sessions';
import { usagePart, type DescribeError } from './usage-part';

export interface UsageReportDeps {
  usage: UsageApi;
  sessions: Pick<SessionsApi, 'listAll'>;
  describe: DescribeError;
  nowMs: number;
}

/** Sessions a top list looks at: 10 pages of 200 (the busiest orgs then get a list marked partial). */
const ACTIVE_PAGES = 10;
const PAGE_SIZE = 200;

/** A window the API takes: `time_after` (inclusive), `time_before` (exclusive). */
export function windowOf(period: UsagePeriod) {
  return { time_after: period.fromSec, time_before: period.toSec };
}

/**
 * The usage screen for the last `days` days: ACUs per day by product (ManageBilling), PRs
 * created and merged (ViewAccountMetrics), and the top sessions. Each part fails on its own;
 * without ManageBilling the top sessions are not looked up at all (their figures need it).
 */
export async function loadUsageReport(deps: UsageReportDeps, days: number): Promise<UsageReport> {
  const period = lastDays(days, deps.nowMs);
  const window = windowOf(period);
  const [consumption, prs] = await Promise.all([
    usagePart('ManageBilling', deps.describe, async () => dailySeries(await deps.usage.consumptionDaily(window), period)),
    usagePart('ViewAccountMetrics', deps.describe, async () => {
      const m = await deps.usage.metrics(window);
      return { created: m.prs_created_count, merged: m.prs_merged_count };
    }),
  ]);
  const top =
    consumption.state === 'forbidden'
      ? consumption
      : await usagePart('ManageBilling', deps.describe, () =>
          topSessions(
            {
              listActive: async (sinceSec) => {
                const r = await deps.sessions.listAll({ updated_after: sinceSec }, { first: PAGE_SIZE, maxPages: ACTIVE_PAGES });
                return { items: r.items, more: !r.complete };
              },
              acusInPeriod: async (id, p) => dailySeries(await deps.usage.sessionConsumptionDaily(id, windowOf(p)), p).totalAcus,
            },
            period,
          ),
        );
  return { days, fromSec: period.fromSec, toSec: period.toSec, fetchedAtMs: deps.nowMs, consumption, prs, topSessions: top };
}
