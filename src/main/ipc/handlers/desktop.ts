import type { DesktopChannelName, DesktopNavigation } from '../../../shared/ipc/channels/desktop';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import type { Handlers } from '../router';

/** The one pending desktop navigation: the latest wins, taking it clears it. */
export interface NavigationInbox {
  /** Called by the Electron glue (tray, deep links); nudges the UI with `desktop:navigate`. */
  navigate(nav: DesktopNavigation): void;
  take(): DesktopNavigation | null;
}

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export function createNavigationInbox(emit: Emit): NavigationInbox {
  let pending: DesktopNavigation | null = null;
  return {
    navigate(nav) {
      pending = nav;
      emit('desktop:navigate', nav);
    },
    take() {
      const nav = pending;
      pending = null;
      return nav;
    },
  };
}

/** Desktop channels: the UI collects what the tray or a deep link asked for. */
export function createDesktopHandlers(inbox: NavigationInbox): Pick<Handlers, DesktopChannelName> {
  return {
    'desktop:takeNavigation': () => inbox.take(),
  };
}
