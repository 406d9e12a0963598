// The API's session status words, apart from session.ts (which re-exports them) so the renderer
// can name them without loading that file's zod schemas before its first paint.

/** Documented `status` values; others (e.g. `creating`) parse too. */
export const SESSION_STATUSES = ['new', 'creating', 'claimed', 'running', 'exit', 'error', 'suspended', 'resuming'] as const;
/** Statuses after which a session does no more work (the docs' polling loop stops on these). */
export const TERMINAL_SESSION_STATUSES = ['exit', 'error', 'suspended'] as const;

/** `status_detail` while `running`. */
export const RUNNING_STATUS_DETAILS = ['working', 'waiting_for_user', 'waiting_for_approval', 'finished'] as const;
/** `status_detail` while `suspended` (the reason). */
export const SUSPENDED_STATUS_DETAILS = [
  'inactivity',
  'user_request',
  'usage_limit_exceeded',
  'out_of_credits',
  'out_of_quota',
  'no_quota_allocation',
  'payment_declined',
  'org_usage_limit_exceeded',
  'total_session_limit_exceeded',
  'error',
] as const;
export const SESSION_STATUS_DETAILS = [...RUNNING_STATUS_DETAILS, ...SUSPENDED_STATUS_DETAILS] as const;
