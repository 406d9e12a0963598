import { Notification } from 'electron';
import { translate } from '../../shared/i18n';
import type { AppNotification } from '../../shared/sessions/notification-policy';
import type { Core } from '../core';
import type { UsageService } from '../usage/usage-service';
import { notificationClickAction } from './notification-click-model';

export interface NotifierDeps {
  core: Pick<Core, 'account' | 'sessions' | 'externalUrls' | 'locale'>;
  openExternal: (url: string) => Promise<void>;
  showWindow: () => void;
  /** The app icon for Linux/Windows notifications (macOS uses the bundle's). */
  iconPath?: string;
  /** Budget alerts (80% / 100% of a daily or monthly ACU budget); a click opens the Usage screen. */
  usage?: Pick<UsageService, 'on'>;
  showUsage?: () => void;
  onError?: (err: unknown) => void;
}

/** Notifications still on screen keep a reference, or a collected one loses its click handler. */
const MAX_LIVE = 20;

/**
 * Native notifications: the sessions service decides what to say (policy, grouping, do not
 * disturb); this shows it and routes the click. A rejected key gives one "signed out" notice,
 * repeated only after a successful sign-in.
 */
export function createNotifier(deps: NotifierDeps): { dispose(): void } {
  const live: Notification[] = [];
  let signedOutShown = false;

  const show = (opts: { title: string; body: string; silent: boolean }, onClick: () => void) => {
    if (!Notification.isSupported()) return;
    const n = new Notification({ title: opts.title, body: opts.body, silent: opts.silent, ...(deps.iconPath ? { icon: deps.iconPath } : {}) });
    const forget = () => {
      const i = live.indexOf(n);
      if (i >= 0) live.splice(i, 1);
    };
    n.on('click', () => {
      forget();
      onClick();
    });
    n.on('close', forget);
    live.push(n);
    if (live.length > MAX_LIVE) live.shift();
    n.show();
  };

  const onSessionNotification = (n: AppNotification) => {
    show(n, () => {
      const isAllowed = (url: string) => {
        try {
          deps.core.externalUrls.assertAllowed(url);
          return true;
        } catch {
          return false;
        }
      };
      const action = notificationClickAction(n, isAllowed);
      if (action.type === 'openUrl') {
        deps.openExternal(action.url).catch((err: unknown) => deps.onError?.(err));
        return;
      }
      deps.showWindow();
      if (action.type === 'openSession') deps.core.sessions.requestOpen(action.sessionId);
    });
  };

  const offs = [
    deps.core.sessions.on('notification', onSessionNotification),
    deps.core.sessions.on('authLost', () => {
      if (signedOutShown) return;
      signedOutShown = true;
      const locale = deps.core.locale();
      show({ title: translate(locale, 'desktop.notify.signedOut.title'), body: translate(locale, 'desktop.notify.signedOut.body'), silent: false }, deps.showWindow);
    }),
    deps.core.account.onChange((view) => {
      if (view.signedIn) signedOutShown = false;
    }),
    ...(deps.usage
      ? [
          deps.usage.on('alert', (a) =>
            show({ title: a.title, body: a.body, silent: false }, () => {
              deps.showWindow();
              deps.showUsage?.();
            }),
          ),
        ]
      : []),
  ];
  return {
    dispose() {
      for (const off of offs) off();
      live.length = 0;
    },
  };
}
