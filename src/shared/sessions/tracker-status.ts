import { translate, type Locale } from '../i18n';

/**
 * What the session tracker is doing, for the UI ("rate limited, retrying in 20 s"). `untilMs`
 * lets a view count down without new events; `retryInS` is the figure at the time of emission.
 * `lastSyncMs` is when the last poll succeeded (null before the first). `httpStatus` is the
 * server's answer behind an `error` when there was one (a 503 is "unavailable", not "unreachable").
 */
export type TrackerStatus =
  | { kind: 'starting'; lastSyncMs: number | null }
  | { kind: 'ok'; lastSyncMs: number | null }
  | { kind: 'rate_limited'; retryInS: number; untilMs: number; lastSyncMs: number | null }
  | { kind: 'error'; code: string; message: string; retryInS: number; untilMs: number; lastSyncMs: number | null; httpStatus?: number }
  | { kind: 'paused'; reason: 'offline' | 'asleep'; lastSyncMs: number | null }
  | { kind: 'auth_lost'; lastSyncMs: number | null }
  | { kind: 'stopped'; lastSyncMs: number | null };

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
      return translate(locale, 'sessions.status.error', { message: s.message, seconds: s.retryInS });
    case 'paused':
      return translate(locale, s.reason === 'offline' ? 'sessions.status.offline' : 'sessions.status.asleep');
    case 'auth_lost':
      return translate(locale, 'sessions.status.authLost');
    case 'stopped':
      return translate(locale, 'sessions.status.stopped');
  }
}
