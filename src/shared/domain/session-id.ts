/** Prefix the API puts on session ids ("The devin_id is the session ID prefixed with devin-"). */
export const SESSION_ID_PREFIX = 'devin-';

/**
 * The one place that decides a session id's form: adds `devin-` when missing, so ids from the
 * API, URLs, the CLI and old storage all compare equal.
 */
export function normalizeSessionId(id: string): string {
  const trimmed = id.trim();
  return trimmed.startsWith(SESSION_ID_PREFIX) ? trimmed : SESSION_ID_PREFIX + trimmed;
}
