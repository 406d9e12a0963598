import type { ApiError, ApiErrorCode } from './api-error';

/** One HTTP attempt, for diagnostics. The key never appears here: URLs are redacted and headers are not logged. */
export interface RequestLog {
  method: string;
  /** Full URL with anything key-shaped replaced by `cog_…(redacted)`. */
  url: string;
  /** HTTP status, or null when no response arrived. */
  status: number | null;
  /** Wall time of the attempt. */
  ms: number;
  /** 1 for the first try, 2 for the first retry … */
  attempt: number;
  /** Set when the attempt failed. */
  errorCode?: ApiErrorCode;
}

/** Told before each retry so the UI can say "rate limited, retrying in N s". `attempt` is the retry number (1 = first retry). */
export interface RetryInfo {
  attempt: number;
  delayMs: number;
  error: ApiError;
}
