import { AppError, type FieldError } from '../../shared/errors';
import type { ConnectionFailure } from '../../shared/network';

/** Codes an {@link ApiError} can carry; each has an `error.<CODE>` message in both locales. */
export type ApiErrorCode =
  | 'AUTH_INVALID'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'VALIDATION'
  | 'BAD_REQUEST'
  | 'SERVER'
  | 'NETWORK'
  | 'TIMEOUT'
  | 'BAD_RESPONSE'
  | 'RESPONSE_TOO_LARGE'
  | 'CANCELLED';

/** Why a 2xx response could not be used. `truncated` is worth retrying on reads; the others are not. */
export type BadResponseReason = 'truncated' | 'malformed' | 'schema' | 'redirect';

export interface ApiErrorDetails {
  [k: string]: unknown;
  /** HTTP status, when a response arrived. */
  status?: number;
  method?: string;
  /** Request path (no host, no key). */
  path?: string;
  /** API host, for "cannot reach …" messages. */
  host?: string;
  /** From `Retry-After` (seconds or HTTP-date). */
  retryAfterMs?: number;
  /** The server's own explanation (ProblemDetail/FastAPI `detail`), e.g. "Missing permission: ManageOrgSessions". */
  detail?: string;
  fieldErrors?: FieldError[];
  reason?: BadResponseReason;
  /** Low-level cause (e.g. ECONNREFUSED), for NETWORK. */
  cause?: string;
  /** NETWORK: the stage that failed (DNS, proxy, TLS certificate …), see network/connection-stage.ts. */
  connection?: ConnectionFailure;
  /** NETWORK: the proxy the request went through, as shown (never with credentials). */
  proxy?: string;
  timeoutMs?: number;
  /** NETWORK/TIMEOUT/CANCELLED: false only when the request certainly never left this machine. */
  sent?: boolean;
  /** Create-session only: the server may have created the session although we saw an error. */
  maybeCreated?: boolean;
}

/** The one error type the Devin client throws for anything that went wrong talking to the API. */
export class ApiError extends AppError {
  declare readonly code: ApiErrorCode;
  declare readonly details: ApiErrorDetails;

  constructor(code: ApiErrorCode, message: string, details: ApiErrorDetails = {}) {
    super(code, message, details, paramsFor(details));
    this.name = 'ApiError';
  }

  /** A copy with more details (e.g. `maybeCreated`); errors stay immutable values. */
  withDetails(extra: ApiErrorDetails): ApiError {
    return new ApiError(this.code, this.message, { ...this.details, ...extra });
  }
}

/** i18n placeholders derived from details, so `translate('error.' + code, err.params)` just works. */
function paramsFor(d: ApiErrorDetails): Record<string, string | number> {
  const p: Record<string, string | number> = {};
  if (d.status !== undefined) p.status = d.status;
  if (d.host !== undefined) p.host = d.host;
  if (d.detail !== undefined) p.detail = d.detail;
  if (d.retryAfterMs !== undefined) p.seconds = Math.ceil(d.retryAfterMs / 1000);
  else if (d.timeoutMs !== undefined) p.seconds = Math.ceil(d.timeoutMs / 1000);
  return p;
}

/** Narrowing helper. */
export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}
