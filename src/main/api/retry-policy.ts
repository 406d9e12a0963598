import type { ApiError } from './api-error';

/**
 * Pure retry decisions.
 * - `read`: GETs; retried on 429, 5xx (not 501/505), network errors, timeouts and truncated bodies.
 * - `write`: POST/PUT/PATCH/DELETE that are not create-session; retried only on 429, where the
 *   server refused before doing anything.
 * - `never`: create session (a duplicate costs money) and non-replayable uploads.
 */
export type RetryClass = 'read' | 'write' | 'never';

export interface RetrySettings {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetrySettings = { maxRetries: 3, baseDelayMs: 500, maxDelayMs: 60_000 };

/** Whether this error may be retried at all under `retryClass` (ignores the attempt budget). */
export function isRetryable(retryClass: RetryClass, error: ApiError): boolean {
  if (retryClass === 'never') return false;
  if (error.code === 'RATE_LIMITED') return true;
  if (retryClass === 'write') return false;
  switch (error.code) {
    case 'SERVER':
      return error.details.status !== 501 && error.details.status !== 505;
    case 'NETWORK':
    case 'TIMEOUT':
      return true;
    case 'BAD_RESPONSE':
      return error.details.reason === 'truncated';
    default:
      return false;
  }
}

/** Whether to retry after `failures` failed attempts (1 after the first failure). */
export function shouldRetry(retryClass: RetryClass, error: ApiError, failures: number, maxRetries: number): boolean {
  return failures <= maxRetries && isRetryable(retryClass, error);
}

/**
 * Delay before retry number `retry` (1-based). `Retry-After` wins when present (capped at
 * `maxDelayMs`); otherwise exponential backoff with full jitter: uniform in [0, min(max, base·2^(retry-1))).
 */
export function backoffDelayMs(opts: {
  retry: number;
  retryAfterMs?: number | undefined;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
}): number {
  if (opts.retryAfterMs !== undefined) return Math.min(Math.max(0, opts.retryAfterMs), opts.maxDelayMs);
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** Math.max(0, opts.retry - 1));
  const r = Math.min(Math.max(opts.random(), 0), 1);
  return Math.floor(r * ceiling);
}
