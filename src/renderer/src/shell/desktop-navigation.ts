import type { DesktopNavigation } from '../../../shared/ipc/channels/desktop';
import type { HandoffFolderRef } from '../../../shared/ipc/channels/handoff';
import type { SectionId } from './sections';

/** What the shell can do when the desktop (tray, `devin-tray://` link, second launch) asks. */
export interface NavigationActions {
  showSection(id: SectionId): void;
  /** Open Handoff on this folder (inspected at once, or shown to confirm first) and/or with this task typed in. */
  handoff(request: { folder?: HandoffFolderRef; task?: string; confirm?: boolean }): void;
  /** Open the new-session composer (it switches to Sessions itself). */
  compose(): void;
}

/** Routes one desktop navigation request (pure: the effects are the actions). */
export function routeDesktopNavigation(nav: DesktopNavigation, actions: NavigationActions): void {
  switch (nav.section) {
    case 'handoff':
      {
        // The folder comes with the handle main issued to this page; a path alone opens nothing.
        const folder = nav.path && nav.handle ? { handle: nav.handle, path: nav.path } : null;
        actions.handoff({ ...(folder ? { folder } : {}), ...(nav.task ? { task: nav.task } : {}), ...(folder && nav.confirm ? { confirm: true } : {}) });
      }
      return;
    case 'sessions':
      if (nav.newSession) actions.compose();
      else actions.showSection('sessions');
      return;
    case 'settings':
      actions.showSection('settings');
      return;
    case 'usage':
      actions.showSection('usage');
      return;
  }
}
