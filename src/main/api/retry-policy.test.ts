import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorCode, type ApiErrorDetails } from './api-error';
import { backoffDelayMs, isRetryable, shouldRetry, type RetryClass } from './retry-policy';

const err = (code: ApiErrorCode, details: ApiErrorDetails = {}) => new ApiError(code, code, details);

describe('isRetryable', () => {
  const table: [RetryClass, ApiError, boolean][] = [
    ['read', err('RATE_LIMITED'), true],
    ['read', err('SERVER', { status: 500 }), true],
    ['read', err('SERVER', { status: 503 }), true],
    ['read', err('SERVER', { status: 501 }), false],
    ['read', err('NETWORK'), true],
    ['read', err('TIMEOUT'), true],
    ['read', err('BAD_RESPONSE', { reason: 'truncated' }), true],
    ['read', err('BAD_RESPONSE', { reason: 'malformed' }), false],
    ['read', err('BAD_RESPONSE', { reason: 'schema' }), false],
    ['read', err('AUTH_INVALID'), false],
    ['read', err('FORBIDDEN'), false],
    ['read', err('NOT_FOUND'), false],
    ['read', err('VALIDATION'), false],
    ['read', err('CANCELLED'), false],
    ['write', err('RATE_LIMITED'), true],
    ['write', err('SERVER', { status: 503 }), false],
    ['write', err('NETWORK'), false],
    ['write', err('TIMEOUT'), false],
    ['never', err('RATE_LIMITED'), false],
    ['never', err('SERVER', { status: 500 }), false],
    ['never', err('NETWORK'), false],
  ];
  it.each(table)('%s %s → %s', (cls, e, expected) => {
    expect(isRetryable(cls, e)).toBe(expected);
  });

  it('respects the retry budget', () => {
    expect(shouldRetry('read', err('SERVER', { status: 500 }), 3, 3)).toBe(true);
    expect(shouldRetry('read', err('SERVER', { status: 500 }), 4, 3)).toBe(false);
    expect(shouldRetry('read', err('SERVER', { status: 500 }), 1, 0)).toBe(false);
  });
});

describe('backoffDelayMs', () => {
  const base = { baseDelayMs: 500, maxDelayMs: 60_000 };
  it.each([
    // retry, random, retryAfterMs, expected
    [1, 1, undefined, 500],
    [2, 1, undefined, 1000],
    [3, 1, undefined, 2000],
    [3, 0.5, undefined, 1000],
    [3, 0, undefined, 0],
    [20, 1, undefined, 60_000],
    [1, 0.5, 2000, 2000],
    [1, 0.5, 0, 0],
    [1, 0.5, 3_600_000, 60_000],
  ] as const)('retry %i, random %f, retry-after %s → %i', (retry, r, retryAfterMs, expected) => {
    expect(backoffDelayMs({ ...base, retry, retryAfterMs, random: () => r })).toBe(expected);
  });

  it('clamps a misbehaving random source', () => {
    expect(backoffDelayMs({ ...base, retry: 1, random: () => 7 })).toBe(500);
    expect(backoffDelayMs({ ...base, retry: 1, random: () => -1 })).toBe(0);
  });
});
