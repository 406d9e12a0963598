import { fieldError } from '../http/problem';
import { queryInt } from '../http/query';
import type { ApiContext } from './api-route';

/** Without `time_after`, consumption starts this long before `time_before` (the docs are silent). */
export const SIM_DEFAULT_USAGE_WINDOW_SEC = 30 * 86_400;

/** A time window in Unix seconds, `[after, before)`. */
export interface UsageWindow {
  afterSec: number;
  beforeSec: number;
}

/**
 * `time_after` / `time_before` (Unix seconds, inclusive / exclusive). Both optional: `time_before`
 * defaults to now, `time_after` to `defaultSpanSec` earlier (0 = the beginning of time). Negative
 * or non-integer values, and a window that ends before it starts, get 422.
 */
export function usageWindow(ctx: ApiContext, defaultSpanSec: number): UsageWindow {
  const after = queryInt(ctx.query, 'time_after', { min: 0 });
  const before = queryInt(ctx.query, 'time_before', { min: 0 });
  const beforeSec = before ?? ctx.state.clock.nowSec() + 1;
  const afterSec = after ?? (defaultSpanSec > 0 ? Math.max(0, beforeSec - defaultSpanSec) : 0);
  if (afterSec > beforeSec) throw fieldError(['query', 'time_after'], 'time_after must not be later than time_before', 'value_error');
  return { afterSec, beforeSec };
}
