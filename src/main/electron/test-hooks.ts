import type { TrayMenuItem } from '../../shared/sessions/tray-menu';
import type { UpdateStatus, UpdateView } from '../../shared/update/update-view';
import type { Core } from '../core';

/**
 * What `npm run test:electron` reads from the running app, on `globalThis.__devinTrayTestHooks` in
 * the main process (Playwright's `electronApp.evaluate`). Installed only when test-hooks are on
 * (`DEVIN_TRAY_TEST_HOOKS=1` in an unpackaged run, see updater-setup-model.ts): never in an
 * installed app, and nothing of it reaches the renderer.
 */
export interface DevinTrayTestHooks {
  /** The tray menu as data (the model the native menu is built from), or null before the tray exists. */
  trayMenu(): readonly TrayMenuItem[] | null;
  updateView(): UpdateView;
  /** Every update status the app went through, in order. */
  updateHistory: UpdateStatus['kind'][];
  checkForUpdates(): Promise<UpdateView>;
  /** Deep links this instance received (its own argv, second instances, open-url). */
  links: string[];
}

export const TEST_HOOKS_GLOBAL = '__devinTrayTestHooks';

export function installTestHooks(core: Core, trayMenu: () => readonly TrayMenuItem[] | null): DevinTrayTestHooks {
  const hooks: DevinTrayTestHooks = {
    trayMenu,
    updateView: () => core.updates.view(),
    updateHistory: [core.updates.view().status.kind],
    checkForUpdates: () => core.updates.checkNow(),
    links: [],
  };
  core.updates.onChange((view) => hooks.updateHistory.push(view.status.kind));
  (globalThis as Record<string, unknown>)[TEST_HOOKS_GLOBAL] = hooks;
  return hooks;
}
