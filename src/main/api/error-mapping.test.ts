import { describe, expect, it } from 'vitest';
import {
  codeForStatus,
  errorFromHttp,
  errorFromTransport,
  extractDetail,
  fieldFromLoc,
  neverReachedServer,
  parseFieldErrors,
  parseRetryAfter,
} from './error-mapping';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const http = (status: number, bodyText = '', retryAfter: string | null = null) =>
  errorFromHttp({ status, method: 'GET', path: '/v3/self', host: 'api.devin.ai', retryAfter, bodyText, nowMs: NOW });

describe('parseRetryAfter', () => {
  it.each([
    ['2', 2000],
    ['0', 0],
    ['1.5', 1500],
    [' 30 ', 30_000],
    ['Sun, 01 Mar 2026 12:00:05 GMT', 5000],
    ['Sun, 01 Mar 2026 11:59:00 GMT', 0],
    ['soon', null],
    ['', null],
    [null, null],
    ['-3', null],
  ])('%j → %j', (value, expected) => {
    expect(parseRetryAfter(value, NOW)).toBe(expected);
  });
});

describe('codeForStatus', () => {
  it.each([
    [400, 'BAD_REQUEST'],
    [401, 'AUTH_INVALID'],
    [403, 'FORBIDDEN'],
    [404, 'NOT_FOUND'],
    [409, 'BAD_REQUEST'],
    [410, 'NOT_FOUND'],
    [422, 'VALIDATION'],
    [429, 'RATE_LIMITED'],
    [500, 'SERVER'],
    [503, 'SERVER'],
  ] as const)('%i → %s', (status, code) => {
    expect(codeForStatus(status)).toBe(code);
  });
});

describe('field errors', () => {
  it.each([
    [['body', 'prompt'], 'prompt'],
    [['body', 'session_secrets', 0, 'key'], 'session_secrets.0.key'],
    [['query', 'first'], 'first'],
    [['prompt'], 'prompt'],
    [['body'], 'body'],
  ])('loc %j → %j', (loc, field) => {
    expect(fieldFromLoc(loc)).toBe(field);
  });

  it('reads FastAPI detail[{loc,msg}]', () => {
    const body = { detail: [{ loc: ['body', 'x'], msg: 'Field required', type: 'missing' }] };
    expect(parseFieldErrors(body)).toEqual([{ field: 'x', message: 'Field required' }]);
  });

  it('reads ProblemDetail errors in several shapes', () => {
    const body = {
      title: 'Unprocessable',
      status: 422,
      errors: [{ field: 'prompt', message: 'required' }, { loc: ['body', 'title'], msg: 'too long' }, { pointer: '/tags/0', detail: 'bad tag' }, 'plain'],
    };
    expect(parseFieldErrors(body)).toEqual([
      { field: 'prompt', message: 'required' },
      { field: 'title', message: 'too long' },
      { field: 'tags.0', message: 'bad tag' },
      { field: '', message: 'plain' },
    ]);
  });

  it('returns [] for bodies without field errors', () => {
    expect(parseFieldErrors({ detail: 'nope' })).toEqual([]);
    expect(parseFieldErrors('x')).toEqual([]);
  });
});

describe('extractDetail', () => {
  it.each([
    [{ detail: 'Missing permission: ManageOrgSessions' }, '', 'Missing permission: ManageOrgSessions'],
    [{ title: 'Forbidden', detail: null }, '', 'Forbidden'],
    [{ message: 'm' }, '', 'm'],
    [undefined, '<html>502</html>', undefined],
    [undefined, 'upstream timeout', 'upstream timeout'],
    [undefined, '', undefined],
  ])('%j / %j → %j', (body, text, expected) => {
    expect(extractDetail(body, text)).toBe(expected);
  });
});

describe('errorFromHttp', () => {
  it('401 → AUTH_INVALID', () => {
    expect(http(401, '{"title":"Unauthorized","status":401}').code).toBe('AUTH_INVALID');
  });

  it('403 keeps the missing permission in details and message', () => {
    const e = http(403, JSON.stringify({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Missing permission: ManageOrgSessions' }));
    expect(e.code).toBe('FORBIDDEN');
    expect(e.details.detail).toBe('Missing permission: ManageOrgSessions');
    expect(e.message).toContain('Missing permission: ManageOrgSessions');
    expect(e.params.detail).toBe('Missing permission: ManageOrgSessions');
  });

  it('422 FastAPI → VALIDATION with field errors and a readable detail', () => {
    const e = http(422, JSON.stringify({ detail: [{ loc: ['body', 'prompt'], msg: 'Field required', type: 'missing' }] }));
    expect(e.code).toBe('VALIDATION');
    expect(e.details.fieldErrors).toEqual([{ field: 'prompt', message: 'Field required' }]);
    expect(e.details.detail).toBe('prompt: Field required');
  });

  it('422 ProblemDetail keeps its detail and adds field errors', () => {
    const e = http(422, JSON.stringify({ title: 'Validation error', status: 422, detail: 'Invalid body', errors: [{ field: 'frequency', message: 'bad cron' }] }));
    expect(e.details.fieldErrors).toEqual([{ field: 'frequency', message: 'bad cron' }]);
    expect(e.details.detail).toBe('Invalid body');
  });

  it('429 parses Retry-After into details.retryAfterMs', () => {
    const e = http(429, '{"detail":"Rate limit exceeded"}', '3');
    expect(e.code).toBe('RATE_LIMITED');
    expect(e.details.retryAfterMs).toBe(3000);
    expect(e.params.seconds).toBe(3);
    expect(http(429).details.retryAfterMs).toBeUndefined();
  });

  it('5xx → SERVER with status; HTML bodies are not quoted', () => {
    const e = http(502, '<html>Bad gateway</html>');
    expect(e.code).toBe('SERVER');
    expect(e.details.status).toBe(502);
    expect(e.details.detail).toBeUndefined();
  });

  it('400 → BAD_REQUEST with the server detail (e.g. platform list)', () => {
    const e = http(400, '{"detail":"Unknown platform. Available: linux, windows"}');
    expect(e.code).toBe('BAD_REQUEST');
    expect(e.details.detail).toContain('windows');
  });
});

describe('errorFromTransport', () => {
  const refused = new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
  const reset = new TypeError('fetch failed', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) });
  const base = { method: 'POST', path: '/v3/organizations/o/sessions', host: 'h', timedOut: false, cancelled: false, timeoutMs: 20_000 };

  it('connection refused → NETWORK, not sent', () => {
    const e = errorFromTransport({ ...base, error: refused });
    expect(e.code).toBe('NETWORK');
    expect(e.details).toMatchObject({ cause: 'ECONNREFUSED', sent: false, host: 'h' });
    expect(neverReachedServer(refused)).toBe(true);
  });

  it('socket closed → NETWORK, may have been sent', () => {
    const e = errorFromTransport({ ...base, error: reset });
    expect(e.details).toMatchObject({ cause: 'UND_ERR_SOCKET', sent: true });
  });

  it('our timeout → TIMEOUT; caller abort → CANCELLED (wins over timeout)', () => {
    expect(errorFromTransport({ ...base, error: new Error('x'), timedOut: true }).code).toBe('TIMEOUT');
    expect(errorFromTransport({ ...base, error: new Error('x'), timedOut: true, cancelled: true }).code).toBe('CANCELLED');
  });

  it('a break after headers → BAD_RESPONSE truncated', () => {
    const e = errorFromTransport({ ...base, error: new TypeError('terminated', { cause: reset.cause }), status: 200 });
    expect(e.code).toBe('BAD_RESPONSE');
    expect(e.details.reason).toBe('truncated');
  });
});
