import { isDndActive } from '../../shared/sessions/notification-settings';
import { trayView, type TrayView } from '../../shared/sessions/tray-view';
import type { Core } from '../core';
import type { UsageService } from '../usage/usage-service';

export interface TrayViewSource {
  core: Pick<Core, 'account' | 'sessions' | 'settings' | 'locale' | 'updates'>;
  isOnline: () => boolean;
  usage?: Pick<UsageService, 'today'> | undefined;
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
