import { describe, expect, it } from 'vitest';
import { sessionSchema, type Session } from '../../shared/domain/session';
import { ApiError } from './api-error';
import { CLOCK_SKEW_SEC, mayHaveCreated, matchesCreateRequest, mergeActionAnswer, pickRecentlyCreated, type SessionAnswer } from './session-reconcile';

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

describe('mergeActionAnswer (send message / archive / terminate answers lack the get-only fields)', () => {
  const parse = (raw: SessionAnswer) => sessionSchema.parse(raw);
  const known = sessionSchema.parse({
    session_id: 'devin-1', url: 'u', status: 'running', status_detail: 'waiting_for_user', created_at: 10, updated_at: 20, tags: ['t'],
    structured_output: { pr: 1 }, category: 'bug_fixing', subcategory: 'login',
  });
  const answer = (a: Partial<Session>): SessionAnswer => ({ session_id: 'devin-1', url: 'u', status: 'running', tags: ['t'], created_at: 10, updated_at: 30, ...a });

  it('keeps what the answer does not carry (status detail, structured output, category)', () => {
    const merged = mergeActionAnswer(known, answer({ acus_consumed: 2 }), parse);
    expect(merged).toMatchObject({ status: 'running', status_detail: 'waiting_for_user', structured_output: { pr: 1 }, category: 'bug_fixing', subcategory: 'login', acus_consumed: 2, updated_at: 30 });
  });

  it('reads a get-only field carried as null as "not filled here", other fields as given', () => {
    const merged = mergeActionAnswer(known, answer({ status_detail: null, category: null, title: null, tags: [] }), parse);
    expect(merged).toMatchObject({ status_detail: 'waiting_for_user', category: 'bug_fixing', title: null, tags: [] });
    expect(mergeActionAnswer(known, answer({ status_detail: 'working' }), parse).status_detail).toBe('working');
  });

  it('drops a kept detail that no longer fits the new status (until a get fills it)', () => {
    expect(mergeActionAnswer(known, answer({ status: 'suspended', is_archived: true }), parse)).toMatchObject({ status: 'suspended', status_detail: null, is_archived: true, category: 'bug_fixing' });
    expect(mergeActionAnswer(known, answer({ status: 'exit' }), parse).status_detail).toBeNull();
    const suspended = { ...known, status: 'suspended', status_detail: 'inactivity' };
    expect(mergeActionAnswer(suspended, answer({ status: 'suspended', is_archived: true }), parse).status_detail).toBe('inactivity');
    expect(mergeActionAnswer(suspended, answer({ status: 'resuming' }), parse).status_detail).toBeNull();
  });

  it('ignores an answer older than what we know, and stands alone for a session never seen', () => {
    expect(mergeActionAnswer(known, answer({ updated_at: 5, status: 'exit' }), parse)).toBe(known);
    expect(mergeActionAnswer(undefined, answer({}), parse)).toMatchObject({ session_id: 'devin-1', status: 'running', status_detail: null, category: null });
  });
});
