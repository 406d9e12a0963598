/**
 * Errors are values with a stable `code`. They cross IPC as `{ code, message, details? }`
 * (never a stack) and every code has an en and zh-CN message in i18n/messages/errors.ts.
 */
export const ERROR_CODES = [
  'AUTH_INVALID',
  'FORBIDDEN',
  'NOT_FOUND',
  'RATE_LIMITED',
  'VALIDATION',
  'BAD_REQUEST',
  'SERVER',
  'NETWORK',
  'TIMEOUT',
  'BAD_RESPONSE',
  'KEYCHAIN_UNAVAILABLE',
  'KEY_FORMAT',
  'NOT_SIGNED_IN',
  'ORG_REQUIRED',
  'INVALID_INPUT',
  'FORBIDDEN_SENDER',
  'URL_NOT_ALLOWED',
  'INTERNAL',
  'CANCELLED',
] as const;
export type BaseErrorCode = (typeof ERROR_CODES)[number];
/** Feature areas add their own codes (e.g. NOT_A_REPO, SECRETS_FOUND); they stay strings on the wire. */
export type ErrorCode = BaseErrorCode | (string & {});

export interface FieldError {
  /** Field path, e.g. "prompt" or "body.frequency". */
  field: string;
  message: string;
}

export interface SerializedError {
  code: ErrorCode;
  message: string;
  details?: {
    status?: number;
    retryAfterMs?: number;
    fieldErrors?: FieldError[];
    [k: string]: unknown;
  };
}

/** Base class for errors we raise on purpose. `params` fill the i18n message's placeholders. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: SerializedError['details'] = {},
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}
