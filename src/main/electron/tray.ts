import { Menu, Tray, nativeImage } from 'electron';
import type { Rectangle } from 'electron';
import { join } from 'node:path';
import { translate } from '../../shared/i18n';
import type { TrayMenuItem } from '../../shared/sessions/tray-menu';
import type { TrayIconState } from '../../shared/sessions/tray-state';
import { currentTrayView, watchKeyRejection } from './tray-view-source';
import type { Core } from '../core';
import type { UsageService } from '../usage/usage-service';
import { trayIconFile, trayMenuTemplate, trayTitle } from './tray-model';
import type { DesktopTrayAction } from './tray-model';

export interface TrayControllerDeps {
  core: Pick<Core, 'account' | 'sessions' | 'settings' | 'locale' | 'updates'>;
  /** The folder holding the rendered tray images (assets/tray). */
  trayAssetsDir: string;
  platform: string;
  isOnline: () => boolean;
  now?: () => number;
  onAction: (action: DesktopTrayAction) => void;
  /** Left click (macOS, Windows; Linux AppIndicator menus have no click). */
  onClick: (trayBounds: Rectangle) => void;
  /** A folder dropped on the tray icon (macOS only: other trays take no drops) starts a handoff. */
  onDropPaths?: (paths: string[]) => void;
  /** The app badge (macOS dock, Unity launcher): the same count as the tray's title. */
  setBadgeCount?: (count: number) => void;
  /** Today's ACUs for the tooltip (the usage service reads them at most once an hour). */
  usage?: Pick<UsageService, 'today' | 'on'>;
}

export interface TrayController {
  /** Recomputes icon, title, tooltip and menu (cheap when nothing changed). */
  refresh(): void;
  bounds(): Rectangle;
  /** The menu as data, as last built (the test hooks read it). */
  menuModel(): readonly TrayMenuItem[];
  dispose(): void;
}

/**
 * The tray icon: its image per state, the macOS title and app badge (sessions needing the user),
 * the tooltip and the context menu, all from one trayView() of the services' state.
 */
export function createTray(deps: TrayControllerDeps): TrayController {
  const now = deps.now ?? Date.now;
  const images = new Map<TrayIconState, Electron.NativeImage>();
  const image = (state: TrayIconState) => {
    let img = images.get(state);
    if (!img) {
      img = nativeImage.createFromPath(join(deps.trayAssetsDir, trayIconFile(state, deps.platform)));
      if (deps.platform === 'darwin') img.setTemplateImage(true);
      images.set(state, img);
    }
    return img;
  };

  const tray = new Tray(image('signed-out'));
  let shownState: TrayIconState = 'signed-out';
  let shownTitle = '';
  let shownTooltip = '';
  let shownBadge = 0;
  let shownMenuKey = '';
  let shownItems: readonly TrayMenuItem[] = [];

  // Created before the first refresh; its changes refresh the tray (declared below, called later).
  const rejection = watchKeyRejection(deps.core, () => refresh());
  const refresh = () => {
    const locale = deps.core.locale();
    const view = currentTrayView({ ...deps, keyRejected: rejection.rejected }, now());
    if (view.icon !== shownState) {
      tray.setImage(image(view.icon));
      shownState = view.icon;
    }
    const title = trayTitle(deps.platform, view.badgeCount);
    if (deps.platform === 'darwin' && title !== shownTitle) {
      tray.setTitle(title);
      shownTitle = title;
    }
    if (view.badgeCount !== shownBadge) {
      // The dock (macOS) / launcher (Unity) badge; a no-op elsewhere.
      deps.setBadgeCount?.(view.badgeCount);
      shownBadge = view.badgeCount;
    }
    if (view.tooltip !== shownTooltip) {
      tray.setToolTip(view.tooltip);
      shownTooltip = view.tooltip;
    }
    const items = view.menu;
    const key = JSON.stringify(items);
    // Rebuilding an open menu closes it on some platforms: only when its content changed.
    if (key !== shownMenuKey) {
      tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(items, deps.onAction, translate(locale, 'desktop.menu.about'))));
      shownMenuKey = key;
      shownItems = items;
    }
  };

  tray.on('click', (_event, bounds) => deps.onClick(bounds));
  if (deps.onDropPaths) {
    const onDrop = deps.onDropPaths;
    tray.on('drop-files', (_event, files) => onDrop(files));
  }
  const offs = [
    deps.core.sessions.on('sessionsChanged', refresh),
    deps.core.sessions.on('status', refresh),
    deps.core.account.onChange(refresh),
    deps.core.settings.onChange(refresh),
    deps.core.updates.onChange(refresh),
    ...(deps.usage ? [deps.usage.on('today', refresh)] : []),
  ];
  // "Paused until 14:30" ends by itself; a minute's resolution is enough for the label.
  const timer = setInterval(refresh, 60_000);
  timer.unref?.();
  refresh();

  return {
    refresh,
    bounds: () => tray.getBounds(),
    menuModel: () => shownItems,
    dispose() {
      clearInterval(timer);
      rejection.dispose();
      for (const off of offs) off();
      tray.destroy();
    },
  };
}
