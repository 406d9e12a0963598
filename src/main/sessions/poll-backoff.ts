/**
 * What a failed poll means for the next one (pure).
 * - 401: stop; the key is gone or revoked and retrying cannot fix it.
 * - 429: wait what `Retry-After` says (plus a little jitter so many clients do not return in
 *   the same second); without it, exponential backoff.
 * - anything else (5xx, network, timeout, odd responses, 403): exponential backoff with
 *   "equal jitter" (half fixed, half random), so a retry is never immediate.
 */
export type PollFailure =
  | { kind: 'stop' }
  | { kind: 'rate_limited'; delayMs: number }
  | { kind: 'error'; delayMs: number };

export interface PollBackoffInput {
  code: string;
  /** Consecutive failed polls including this one (1 = first failure). */
  failures: number;
  retryAfterMs?: number | undefined;
  random: () => number;
}

export const BACKOFF = {
  baseMs: 5_000,
  maxMs: 5 * 60_000,
  /** Jitter added on top of Retry-After: up to 10 % of it, at most this much. */
  retryAfterJitterMaxMs: 2_000,
} as const;

export function pollBackoff({ code, failures, retryAfterMs, random }: PollBackoffInput): PollFailure {
  if (code === 'AUTH_INVALID') return { kind: 'stop' };
  const r = Math.min(Math.max(random(), 0), 1);
  if (code === 'RATE_LIMITED' && retryAfterMs !== undefined && retryAfterMs >= 0) {
    const jitter = r * Math.min(retryAfterMs * 0.1, BACKOFF.retryAfterJitterMaxMs);
    return { kind: 'rate_limited', delayMs: Math.round(Math.min(retryAfterMs, BACKOFF.maxMs) + jitter) };
  }
  const ceiling = Math.min(BACKOFF.maxMs, BACKOFF.baseMs * 2 ** Math.max(0, failures - 1));
  const delayMs = Math.round(ceiling / 2 + (r * ceiling) / 2);
  return { kind: code === 'RATE_LIMITED' ? 'rate_limited' : 'error', delayMs };
}
