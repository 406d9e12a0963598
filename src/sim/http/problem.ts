/**
 * RFC 9457 problem+json responses. The sim raises `ProblemError` anywhere inside a handler and
 * the server turns it into a body: `{type, title, status, detail, instance, errors}`.
 *
 * 422 bodies carry the field errors twice so clients can read either convention:
 * - `errors: [{field, loc, msg, type}]` (ProblemDetail's field-level list), and
 * - `detail: [{loc, msg, type}]` (FastAPI's HTTPValidationError; `detail` is an array only on 422).
 */

/** One invalid input, FastAPI style: `loc` starts with where it came from ('body' | 'query' | 'path'). */
export interface FieldIssue {
  loc: (string | number)[];
  msg: string;
  type: string;
}

export interface ProblemOptions {
  issues?: FieldIssue[];
  headers?: Record<string, string>;
}

/** Thrown by handlers and stores; becomes a problem+json response with `status`. */
export class ProblemError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string | null,
    readonly options: ProblemOptions = {},
  ) {
    super(detail ?? statusTitle(status));
    this.name = 'ProblemError';
  }
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The standard reason phrase, used as the problem `title`. */
export function statusTitle(status: number): string {
  return TITLES[status] ?? `HTTP ${status}`;
}

/** The JSON body for a problem. `instance` is the request path. */
export function problemBody(status: number, detail: string | null, instance: string | null, issues?: FieldIssue[]): Record<string, unknown> {
  if (issues && issues.length > 0) {
    return {
      type: 'about:blank',
      title: statusTitle(status),
      status,
      detail: issues.map((i) => ({ loc: i.loc, msg: i.msg, type: i.type })),
      instance,
      errors: issues.map((i) => ({ field: fieldName(i.loc), loc: i.loc, msg: i.msg, type: i.type })),
    };
  }
  return { type: 'about:blank', title: statusTitle(status), status, detail, instance, errors: null };
}

/** 'prompt' for ['body','prompt'], 'frequency' for ['body','frequency'], 'tags.1' for ['body','tags',1]. */
function fieldName(loc: (string | number)[]): string {
  const rest = loc[0] === 'body' || loc[0] === 'query' || loc[0] === 'path' ? loc.slice(1) : loc;
  return rest.length > 0 ? rest.join('.') : String(loc[0] ?? '');
}

/** A 422 with the given issues. */
export function validationError(issues: FieldIssue[]): ProblemError {
  return new ProblemError(422, 'Validation failed', { issues });
}

/** A 422 for one field. */
export function fieldError(loc: (string | number)[], msg: string, type = 'value_error'): ProblemError {
  return validationError([{ loc, msg, type }]);
}

/** 404 naming what was not found, e.g. `Session devin-abc not found`. */
export function notFound(what: string): ProblemError {
  return new ProblemError(404, `${what} not found`);
}
