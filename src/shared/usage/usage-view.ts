import type { UsageDay, UsageSeries } from './usage-report';

/** The permissions the usage endpoints need (contract: consumption.* ManageBilling, metrics.usage ViewAccountMetrics). */
export type UsagePermission = 'ManageBilling' | 'ViewAccountMetrics';

/**
 * One part of the usage screen. A key without the part's permission gets `forbidden` (the screen
 * shows an empty state naming it), never an error: most keys are not billing admins.
 */
export type UsagePart<T> =
  | { state: 'ok'; value: T }
  | { state: 'forbidden'; permission: UsagePermission }
  | { state: 'error'; code: string; message: string };

/** A session among the period's biggest consumers. */
export interface TopSession {
  sessionId: string;
  title: string | null;
  /** ACUs in the period (exact when `exact`, else the session's lifetime ACUs, an upper bound). */
  acus: number;
  exact: boolean;
  status: string;
  statusDetail: string | null;
  createdAt: number;
}

export interface TopSessions {
  items: TopSession[];
  /** More sessions were active than were looked at (the list is then the top of those seen). */
  partial: boolean;
}

/** What `usage:report` answers for the last `days` days. */
export interface UsageReport {
  days: number;
  /** `[fromSec, toSec)`, on day boundaries (08:00 UTC). */
  fromSec: number;
  toSec: number;
  fetchedAtMs: number;
  consumption: UsagePart<UsageSeries>;
  prs: UsagePart<{ created: number; merged: number }>;
  topSessions: UsagePart<TopSessions>;
}

/** A session's consumption per day (`consumption/daily/sessions/{id}`), over its lifetime. */
export type SessionUsage = UsagePart<{ sessionId: string; totalAcus: number; days: UsageDay[] }>;

/** Today's ACUs and the budgets, for the tray and Settings; `acus` is null until first read. */
export interface UsageToday {
  /** ISO day the figures are for. */
  day: string;
  acus: number | null;
  monthAcus: number | null;
  /** When the figures were read (ms). */
  asOfMs: number | null;
  /** Null when the key lacks ManageBilling (no budget can be checked). */
  forbidden: UsagePermission | null;
}
