import { isDndActive } from '../../shared/sessions/notification-settings';
import { trayView, type TrayView } from '../../shared/sessions/tray-view';
import type { Core } from '../core';
import type { UsageService } from '../usage/usage-service';

export interface TrayViewSource {
  core: Pick<Core, 'account' | 'sessions' | 'settings' | 'locale' | 'updates'>;
  isOnline: () => boolean;
  usage?: Pick<UsageService, 'today'> | undefined;
  /** See watchKeyRejection. */
  keyRejected?: () => boolean;
}

/**
 * Remembers that the last sign-out came from a 401 (the sessions' `authLost`; the account then
 * signs out), until the next sign-in: the tray says "key rejected", not just "not signed in".
 */
export function watchKeyRejection(core: Pick<Core, 'account' | 'sessions'>, onChange: () => void = () => undefined): { rejected(): boolean; dispose(): void } {
  let rejected = false;
  const offs = [
    core.sessions.on('authLost', () => {
      rejected = true;
      onChange();
    }),
    core.account.onChange((view) => {
      if (view.signedIn && rejected) {
        rejected = false;
        onChange();
      }
    }),
  ];
  return {
    rejected: () => rejected,
    dispose: () => offs.forEach((off) => off()),
  };
}

/**
 * What the tray shows right now, read from the services (no Electron here: the e2e rig calls
 * this very function to check what the glue would put on screen).
 */
export function currentTrayView(src: TrayViewSource, nowMs: number): TrayView {
  const account = src.core.account.view();
  const settings = src.core.settings.get();
  const signedIn = account.signedIn && !account.needsOrg;
  return trayView({
    signedIn,
    keyRejected: !signedIn && (src.keyRejected?.() ?? false),
    demo: account.demo,
    online: src.isOnline(),
    trackerStatus: src.core.sessions.trackerStatus(),
    sessions: signedIn ? src.core.sessions.list() : [],
    scope: settings.notifications.scope,
    locale: src.core.locale(),
    dndUntil: settings.notifications.dndUntil,
    dndActive: isDndActive(settings.notifications, nowMs),
    nowMs,
    todayAcus: src.usage?.today().acus ?? null,
    update: src.core.updates.trayOffer(),
  });
}
