import { translate, type Locale, type MessageKey, type TParams } from '../i18n';

/**
 * What the session tracker is doing, for the UI ("rate limited, retrying in 20 s"). `untilMs`
 * lets a view count down without new events; `retryInS` is the figure at the time of emission.
 * `lastSyncMs` is when the last poll succeeded (null before the first).
 */
export type TrackerStatus =
  | { kind: 'starting'; lastSyncMs: number | null }
  | { kind: 'ok'; lastSyncMs: number | null }
  | { kind: 'rate_limited'; retryInS: number; untilMs: number; lastSyncMs: number | null }
  | { kind: 'error'; code: string; message: string; retryInS: number; untilMs: number; lastSyncMs: number | null; /** The HTTP status of a server error (503…). */ status?: number }
  | { kind: 'paused'; reason: 'offline' | 'asleep'; lastSyncMs: number | null }
  | { kind: 'auth_lost'; lastSyncMs: number | null }
  | { kind: 'stopped'; lastSyncMs: number | null };

/**
 * A failing sync in words, without nesting one message in another's parentheses (#13): a server
 * error says what happened and that the app retries by itself; any other failure gives its own
 * message, then the retry.
 */
export function trackerErrorMessage(s: Extract<TrackerStatus, { kind: 'error' }>, seconds: number): [MessageKey, TParams] {
  if (s.code === 'SERVER') return s.status ? ['sessions.status.serverError', { status: s.status, seconds }] : ['sessions.status.serverErrorNoStatus', { seconds }];
  return ['sessions.status.error', { message: s.message, seconds }];
}

/** The status in words (en / zh-CN). */
export function trackerStatusText(s: TrackerStatus, locale: Locale): string {
  switch (s.kind) {
    case 'starting':
      return translate(locale, 'sessions.status.starting');
    case 'ok':
      return translate(locale, 'sessions.status.ok');
    case 'rate_limited':
      return translate(locale, 'sessions.status.rateLimited', { seconds: s.retryInS });
    case 'error':
      return translate(locale, ...trackerErrorMessage(s, s.retryInS));
    case 'paused':
      return translate(locale, s.reason === 'offline' ? 'sessions.status.offline' : 'sessions.status.asleep');
    case 'auth_lost':
      return translate(locale, 'sessions.status.authLost');
    case 'stopped':
      return translate(locale, 'sessions.status.stopped');
  }
}
