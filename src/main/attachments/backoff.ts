/** Retry timing for downloads (pure). */
export interface RetryOptions {
  /** Attempts in a row without progress before giving up (an attempt that received bytes resets the count). */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Hard cap on attempts of any kind, so a server that keeps cutting streams cannot loop forever. */
  maxTotalAttempts: number;
}

export const DEFAULT_RETRY_OPTIONS: RetryOptions = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000, maxTotalAttempts: 50 };

/**
 * Delay before retry number `retry` (1-based): `Retry-After` when the server gave one (capped),
 * else exponential backoff with "equal jitter" (half fixed, half random), so retries spread
 * out but never collapse to zero.
 */
export function retryDelayMs(retry: number, opts: RetryOptions, random: () => number, retryAfterMs?: number | null): number {
  if (retryAfterMs !== undefined && retryAfterMs !== null) return Math.min(Math.max(0, retryAfterMs), opts.maxDelayMs);
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, retry - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(ceiling / 2 + (r * ceiling) / 2);
}

/** `Retry-After` (seconds or HTTP-date) in ms from `nowMs`; null when absent or unreadable. */
export function parseRetryAfter(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
