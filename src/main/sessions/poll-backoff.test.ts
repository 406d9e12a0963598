import { describe, expect, it } from 'vitest';
import { BACKOFF, pollBackoff } from './poll-backoff';

describe('pollBackoff', () => {
  it('401 stops', () => {
    expect(pollBackoff({ code: 'AUTH_INVALID', failures: 1, random: () => 0.5 })).toEqual({ kind: 'stop' });
  });

  it('429 with Retry-After waits at least that long, plus bounded jitter', () => {
    expect(pollBackoff({ code: 'RATE_LIMITED', failures: 1, retryAfterMs: 20_000, random: () => 0 })).toEqual({ kind: 'rate_limited', delayMs: 20_000 });
    expect(pollBackoff({ code: 'RATE_LIMITED', failures: 1, retryAfterMs: 20_000, random: () => 1 })).toEqual({ kind: 'rate_limited', delayMs: 22_000 });
    expect(pollBackoff({ code: 'RATE_LIMITED', failures: 9, retryAfterMs: 3_600_000, random: () => 0 }).kind).toBe('rate_limited');
  });

  it('429 without Retry-After and 5xx: exponential with equal jitter, capped', () => {
    const table: [number, number, number][] = [
      // failures, random, expected
      [1, 0, 2_500],
      [1, 1, 5_000],
      [2, 0, 5_000],
      [3, 1, 20_000],
      [20, 1, BACKOFF.maxMs],
      [20, 0, BACKOFF.maxMs / 2],
    ];
    for (const [failures, r, expected] of table) {
      expect(pollBackoff({ code: 'SERVER', failures, random: () => r })).toEqual({ kind: 'error', delayMs: expected });
    }
    expect(pollBackoff({ code: 'RATE_LIMITED', failures: 2, random: () => 0 })).toEqual({ kind: 'rate_limited', delayMs: 5_000 });
    expect(pollBackoff({ code: 'NETWORK', failures: 1, random: () => 0 }).kind).toBe('error');
  });
});
