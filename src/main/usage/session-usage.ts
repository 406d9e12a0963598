import type { UsageApi } from '../api/usage';
import { DAY_SEC, lastDays, usageDayStart } from '../../shared/usage/day-boundary';
import { dailySeries } from '../../shared/usage/usage-report';
import type { SessionUsage } from '../../shared/usage/usage-view';
import { usagePart, type DescribeError } from './usage-part';
import { windowOf } from './usage-report';

/** A session's per-day list covers at most this many days (the newest). */
export const SESSION_USAGE_MAX_DAYS = 90;

/**
 * One session's ACUs per day from the day it was created to today (at most the last 90 days),
 * only the days with consumption. Without ManageBilling: `forbidden` (the detail then shows only
 * the session's own `acus_consumed`).
 */
export async function loadSessionUsage(
  deps: { usage: UsageApi; describe: DescribeError; nowMs: number },
  session: { sessionId: string; createdAtSec: number },
): Promise<SessionUsage> {
  const today = lastDays(1, deps.nowMs);
  const firstDay = Math.max(usageDayStart(session.createdAtSec), today.toSec - SESSION_USAGE_MAX_DAYS * DAY_SEC);
  const period = { days: Math.max(1, Math.round((today.toSec - firstDay) / DAY_SEC)), fromSec: Math.min(firstDay, today.fromSec), toSec: today.toSec };
  return usagePart('ManageBilling', deps.describe, async () => {
    const series = dailySeries(await deps.usage.sessionConsumptionDaily(session.sessionId, windowOf(period)), period);
    return { sessionId: session.sessionId, totalAcus: series.totalAcus, days: series.days.filter((d) => d.acus > 0) };
  });
}
