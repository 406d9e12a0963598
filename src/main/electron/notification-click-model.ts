import type { AppNotification } from '../../shared/sessions/notification-policy';

/** What clicking a native notification does. */
export type NotificationClickAction =
  | { type: 'openUrl'; url: string }
  | { type: 'openSession'; sessionId: string }
  | { type: 'showWindow' };

/**
 * Pure: a "pull request opened" notification opens the PR in the browser when the external-URL
 * policy allows it (https, a URL the API returned); anything else about one session opens that
 * session in the window; a grouped notification just shows the window. A refused PR URL falls
 * back to the session, never to the browser.
 */
export function notificationClickAction(n: Pick<AppNotification, 'kind' | 'sessionId' | 'prUrl'>, isAllowedUrl: (url: string) => boolean): NotificationClickAction {
  if (n.kind === 'pr_opened' && n.prUrl && isAllowedUrl(n.prUrl)) return { type: 'openUrl', url: n.prUrl };
  if (n.sessionId) return { type: 'openSession', sessionId: n.sessionId };
  return { type: 'showWindow' };
}
