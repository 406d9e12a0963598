import type { FolderHandoffRequest, PlainNavigation } from '../ipc/handlers/desktop';
import type { NotificationSettingsPatch } from '../../shared/sessions/notification-settings';
import type { DesktopTrayAction } from './tray-model';

/** What tray actions need from the app; injected, so this module has no Electron import. */
export interface TrayActionDeps {
  showWindow: () => void;
  navigate: (nav: PlainNavigation) => void;
  /** A folder to hand off (the inbox decides whether it waits for a click). */
  requestHandoff: (req: FolderHandoffRequest) => void;
  requestOpen: (sessionId: string) => void;
  /** The OS folder picker; null when cancelled. */
  pickFolder: () => Promise<string | null>;
  updateNotifications: (patch: NotificationSettingsPatch) => Promise<unknown>;
  showAbout: () => void;
  /** Quits and installs the downloaded update. */
  restartToUpdate: () => void;
  quit: () => void;
  now: () => number;
  onError: (err: unknown) => void;
}

/** Carries out one tray menu action. */
export function createTrayActionHandler(deps: TrayActionDeps): (action: DesktopTrayAction) => void {
  const safely = (p: Promise<unknown>) => void p.catch(deps.onError);
  return (action) => {
    switch (action.type) {
      case 'openSession':
        deps.showWindow();
        deps.requestOpen(action.sessionId);
        return;
      case 'newSession':
        deps.showWindow();
        deps.navigate({ section: 'sessions', newSession: true });
        return;
      case 'handoff':
        safely(
          deps.pickFolder().then((path) => {
            if (!path) return;
            deps.showWindow();
            deps.requestHandoff({ origin: 'dialog', path });
          }),
        );
        return;
      case 'openWindow':
        deps.showWindow();
        return;
      case 'pauseNotifications':
        safely(deps.updateNotifications({ dndUntil: deps.now() + action.minutes * 60_000 }));
        return;
      case 'resumeNotifications':
        safely(deps.updateNotifications({ dndUntil: null }));
        return;
      case 'settings':
        deps.showWindow();
        deps.navigate({ section: 'settings' });
        return;
      case 'about':
        deps.showAbout();
        return;
      case 'restartToUpdate':
        try {
          deps.restartToUpdate();
        } catch (err) {
          deps.onError(err);
        }
        return;
      case 'quit':
        deps.quit();
        return;
    }
  };
}
