import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { ApiError } from './api-error';
import { describeError, describeRetry, toSerializedError } from './describe-error';

describe('describeError', () => {
  it.each([
    [new ApiError('AUTH_INVALID', 'x', { status: 401 }), 'en', 'The API key was rejected (401)'],
    [new ApiError('FORBIDDEN', 'x', { status: 403, detail: 'Missing permission: ManageOrgSessions' }), 'en', '(403): Missing permission: ManageOrgSessions. Ask an admin'],
    [new ApiError('FORBIDDEN', 'x', { status: 403 }), 'en', 'action (403). Ask an admin'],
    [new ApiError('FORBIDDEN', 'x', { detail: 'Missing permission: X' }), 'zh-CN', '（403）：Missing permission: X。'],
    [new ApiError('NOT_FOUND', 'x'), 'en', 'Not found (404)'],
    [new ApiError('RATE_LIMITED', 'x', { retryAfterMs: 2500 }), 'en', 'Wait 3 s and try again'],
    [new ApiError('RATE_LIMITED', 'x'), 'en', 'Wait a moment'],
    [new ApiError('VALIDATION', 'x', { fieldErrors: [{ field: 'prompt', message: 'Field required' }] }), 'en', 'Devin rejected the request: prompt: Field required'],
    [new ApiError('VALIDATION', 'x'), 'en', 'as invalid (422)'],
    [new ApiError('BAD_REQUEST', 'x', { detail: 'Unknown platform' }), 'en', '(400): Unknown platform'],
    [new ApiError('SERVER', 'x', { status: 503 }), 'en', 'server error (503)'],
    [new ApiError('NETWORK', 'x', { host: 'api.devin.ai' }), 'en', 'Cannot reach Devin at api.devin.ai'],
    [new ApiError('NETWORK', 'x', { host: 'api.devin.ai' }), 'zh-CN', '无法连接到 Devin（api.devin.ai）'],
    [new ApiError('TIMEOUT', 'x', { timeoutMs: 20_000 }), 'en', 'within 20 s'],
    [new ApiError('BAD_RESPONSE', 'x', { reason: 'malformed' }), 'en', 'does not understand'],
    [new ApiError('BAD_RESPONSE', 'x', { reason: 'redirect', detail: 'https://new.example/' }), 'en', 'redirects to https://new.example/'],
    [new ApiError('TIMEOUT', 'x', { timeoutMs: 1000, maybeCreated: true }), 'en', 'may have been created anyway'],
    [new AppError('ORG_REQUIRED', 'x'), 'zh-CN', '请先选择组织'],
    [new AppError('INVALID_INPUT', 'x', { detail: 'bad url' }), 'en', 'invalid request: bad url'],
    [new AppError('NOT_A_REPO', 'x', {}, { path: '/tmp/x' }), 'en', '/tmp/x is not inside a git repository'],
    [new AppError('SOME_FUTURE_CODE', 'Plain English fallback'), 'en', 'Plain English fallback'],
    [new Error('boom cog_secret123'), 'en', 'Something went wrong inside the app: boom cog_…(redacted)'],
    ['a string', 'en', 'Something went wrong inside the app: a string'],
  ] as const)('%s (%s)', (err, locale, expected) => {
    expect(describeError(err, locale)).toContain(expected);
  });

  it('never leaks a key', () => {
    const e = new ApiError('BAD_REQUEST', 'x', { detail: 'key cog_live_abcdef is bad' });
    expect(describeError(e, 'en')).not.toContain('cog_live_abcdef');
  });
});

describe('toSerializedError', () => {
  it('keeps code, message and JSON-safe details, no stack', () => {
    const e = new ApiError('FORBIDDEN', 'Forbidden (403)', { status: 403, detail: 'Missing permission: X' });
    const s = toSerializedError(e);
    expect(s).toEqual({ code: 'FORBIDDEN', message: 'Forbidden (403)', details: { status: 403, detail: 'Missing permission: X' } });
    expect(JSON.stringify(s)).not.toContain('stack');
  });

  it('maps unknown errors to INTERNAL and aborts to CANCELLED/TIMEOUT', () => {
    expect(toSerializedError(new TypeError('x')).code).toBe('INTERNAL');
    expect(toSerializedError(new DOMException('aborted', 'AbortError')).code).toBe('CANCELLED');
    expect(toSerializedError(new DOMException('t', 'TimeoutError')).code).toBe('TIMEOUT');
    expect(toSerializedError(42)).toMatchObject({ code: 'INTERNAL', message: '42' });
  });

  it('passes already-serialized errors through (e.g. from IPC)', () => {
    expect(toSerializedError({ code: 'NOT_FOUND', message: 'm', details: { status: 404 } })).toEqual({ code: 'NOT_FOUND', message: 'm', details: { status: 404 } });
  });

  it('puts AppError params into details for the describer', () => {
    expect(toSerializedError(new AppError('KEYCHAIN_UNAVAILABLE', 'm', {}, { detail: 'no D-Bus' })).details).toEqual({ detail: 'no D-Bus' });
  });
});

describe('describeRetry', () => {
  it('says when the next try happens', () => {
    expect(describeRetry({ attempt: 1, delayMs: 2000, error: new ApiError('RATE_LIMITED', 'x') }, 'en')).toBe('Devin is rate limiting requests. Retrying in 2 s.');
    expect(describeRetry({ attempt: 1, delayMs: 100, error: new ApiError('SERVER', 'x') }, 'zh-CN')).toContain('1 秒后重试');
  });
});
