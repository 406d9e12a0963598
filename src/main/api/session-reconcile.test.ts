import { describe, expect, it } from 'vitest';
import { sessionSchema, type Session } from '../../shared/domain/session';
import { ApiError } from './api-error';
import { CLOCK_SKEW_SEC, mayHaveCreated, matchesCreateRequest, pickRecentlyCreated } from './session-reconcile';

const s = (id: string, created_at: number, title: string | null, tags: string[]): Session =>
  sessionSchema.parse({ session_id: id, url: 'u', status: 'new', created_at, updated_at: created_at, title, tags });

describe('mayHaveCreated', () => {
  it.each([
    [new ApiError('SERVER', 'x', { status: 500 }), true],
    [new ApiError('BAD_RESPONSE', 'x', { reason: 'malformed' }), true],
    [new ApiError('TIMEOUT', 'x', { sent: true }), true],
    [new ApiError('NETWORK', 'x', { sent: true }), true],
    [new ApiError('NETWORK', 'x', { sent: false }), false],
    [new ApiError('CANCELLED', 'x', { sent: false }), false],
    [new ApiError('CANCELLED', 'x', { sent: true }), true],
    [new ApiError('RATE_LIMITED', 'x'), false],
    [new ApiError('VALIDATION', 'x'), false],
    [new ApiError('FORBIDDEN', 'x'), false],
    [new Error('x'), false],
  ])('%s → %s', (e, expected) => {
    expect(mayHaveCreated(e)).toBe(expected);
  });
});

describe('matching', () => {
  const req = { title: 'Fix login', tags: ['handoff', 'x'] };
  it.each([
    [s('a', 100, 'Fix login', ['handoff', 'x', 'y']), true],
    [s('b', 100, 'Fix login', ['handoff']), false],
    [s('c', 100, 'Other', ['handoff', 'x']), false],
  ])('%#', (session, expected) => {
    expect(matchesCreateRequest(session, req)).toBe(expected);
  });

  it('cannot match without title or tags', () => {
    expect(matchesCreateRequest(s('a', 1, null, []), {})).toBe(false);
  });

  it('picks the newest match created since (minus skew)', () => {
    const since = 10_000;
    const list = [
      s('old', since - CLOCK_SKEW_SEC - 1, 'Fix login', ['handoff', 'x']),
      s('ok1', since - 5, 'Fix login', ['handoff', 'x']),
      s('ok2', since + 5, 'Fix login', ['handoff', 'x']),
      s('other', since + 9, 'Nope', ['handoff', 'x']),
    ];
    expect(pickRecentlyCreated(list, req, since)?.session_id).toBe('ok2');
    expect(pickRecentlyCreated(list.slice(0, 1), req, since)).toBeNull();
  });
});
