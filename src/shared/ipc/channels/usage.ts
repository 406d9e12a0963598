import { z } from 'zod';
import { usageSettingsPatchSchema, type UsageSettings } from '../../usage/usage-settings';
import type { SessionUsage, UsageReport, UsageToday } from '../../usage/usage-view';
import { type } from '../phantom';

/** Periods the usage screen offers; the API takes any window, the screen keeps to these. */
export const USAGE_PERIODS = [7, 30, 90] as const;

/**
 * Usage: the screen's report (ACUs per day by product, total, PRs, top sessions), a session's
 * per-day consumption, today's ACUs and the budgets (Settings › Usage).
 */
export const usageChannels = {
  'usage:report': {
    request: z.object({ days: z.union([z.literal(7), z.literal(30), z.literal(90)]), fresh: z.boolean().optional() }).strict(),
    response: type<UsageReport>(),
  },
  'usage:session': { request: z.object({ sessionId: z.string().min(1).max(200) }).strict(), response: type<SessionUsage>() },
  'usage:today': { request: z.undefined(), response: type<UsageToday>() },
  'usage:settings': { request: z.undefined(), response: type<UsageSettings>() },
  'usage:setSettings': { request: usageSettingsPatchSchema, response: type<UsageSettings>() },
} as const;

export const usageEvents = {
  /** Today's ACUs changed (the hourly check, or a report that covered today). */
  'usage:today': type<UsageToday>(),
} as const;

export type UsageChannelName = keyof typeof usageChannels;
