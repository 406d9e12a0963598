import type { DesktopChannelName, DesktopNavigation } from '../../../shared/ipc/channels/desktop';
import type { EventName, EventPayload } from '../../../shared/ipc/contract';
import type { HandoffOrigin } from '../../handoff/folder-trust';
import type { PathHandles } from '../../security/path-handles';
import type { Handlers } from '../router';

/** A folder to hand off, and who named it. */
export interface FolderHandoffRequest {
  origin: HandoffOrigin;
  path: string;
  task?: string;
}

/** A navigation that names no folder (a folder goes through requestHandoff and its trust decision). */
export type PlainNavigation = Exclude<DesktopNavigation, { section: 'handoff' }> | { section: 'handoff'; task?: string; path?: never; confirm?: never };

/** The one pending desktop navigation: the latest wins, taking it clears it. */
export interface NavigationInbox {
  /** Called by the Electron glue (tray, deep links); nudges the UI with `desktop:navigate`. A folder goes through requestHandoff. */
  navigate(nav: PlainNavigation): void;
  /**
   * Opens Handoff on a folder. One the user did not pick (a link, a second launch) and that is not
   * a repository in Recent arrives with `confirm: true`: the screen shows it and runs no git
   * until the user presses Inspect.
   */
  requestHandoff(req: FolderHandoffRequest): Promise<void>;
  take(): DesktopNavigation | null;
}

type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;

export interface NavigationInboxDeps {
  /** The trust decision (handoff service: folderNeedsClick over Recent). */
  needsClick: (origin: HandoffOrigin, path: string) => Promise<boolean>;
}

export function createNavigationInbox(emit: Emit, deps: NavigationInboxDeps): NavigationInbox {
  let pending: DesktopNavigation | null = null;
  const navigate = (nav: DesktopNavigation) => {
    pending = nav;
    emit('desktop:navigate', nav);
  };
  return {
    navigate,
    async requestHandoff({ origin, path, task }) {
      // When in doubt (the check failed), ask.
      const confirm = await deps.needsClick(origin, path).catch(() => true);
      navigate({ section: 'handoff', path, ...(task ? { task } : {}), ...(confirm ? { confirm: true } : {}) });
    },
    take() {
      const nav = pending;
      pending = null;
      return nav;
    },
  };
}

/**
 * Desktop channels: the UI collects what the tray or a deep link asked for. A folder to hand off
 * comes with a handle issued to the page that took it (it inspects by handle, never by path).
 */
export function createDesktopHandlers(inbox: NavigationInbox, handles?: Pick<PathHandles, 'issue'>): Pick<Handlers, DesktopChannelName> {
  return {
    'desktop:takeNavigation': (_req, ctx) => {
      const nav = inbox.take();
      if (nav?.section === 'handoff' && nav.path && handles) return { ...nav, handle: handles.issue(ctx.senderId ?? '', 'repo', nav.path) };
      return nav;
    },
  };
}
