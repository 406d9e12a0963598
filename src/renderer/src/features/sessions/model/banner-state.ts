import type { MessageKey, TParams } from '../../../../../shared/i18n';
import { trackerErrorMessage, type TrackerStatus } from '../../../../../shared/sessions/tracker-status';
import { secondsUntil } from './countdown';

/** What the slim banner over the list says, or null when all is well. */
export interface BannerState {
  tone: 'info' | 'warning' | 'error';
  key: MessageKey;
  params: TParams;
  /** A countdown is running: the view re-renders every second. */
  counting: boolean;
  /** "Retry now" makes sense (a failure, not a rate limit the server asked us to respect). */
  canRetry: boolean;
}

/**
 * The tracker status as a banner (pure). Counts down from `untilMs`, capped by the figure main
 * sent, so a clock that has not ticked yet never shows a longer wait.
 */
export function bannerState(s: TrackerStatus | null, nowMs: number): BannerState | null {
  if (!s) return null;
  switch (s.kind) {
    case 'rate_limited':
      return {
        tone: 'warning',
        key: 'sessions.status.rateLimited',
        params: { seconds: Math.min(s.retryInS, secondsUntil(s.untilMs, nowMs)) },
        counting: true,
        canRetry: false,
      };
    case 'error': {
      const [key, params] = trackerErrorMessage(s, Math.min(s.retryInS, secondsUntil(s.untilMs, nowMs)));
      return { tone: 'error', key, params, counting: true, canRetry: true };
    }
    case 'paused':
      return { tone: 'info', key: s.reason === 'offline' ? 'sessions.status.offline' : 'sessions.status.asleep', params: {}, counting: false, canRetry: false };
    case 'auth_lost':
      return { tone: 'error', key: 'sessions.status.authLost', params: {}, counting: false, canRetry: false };
    default:
      return null;
  }
}
