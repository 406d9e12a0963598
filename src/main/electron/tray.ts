import { Menu, Tray, nativeImage } from 'electron';
import type { Rectangle } from 'electron';
import { join } from 'node:path';
import { translate } from '../../shared/i18n';
import { isDndActive } from '../../shared/sessions/notification-settings';
import { trayMenuModel } from '../../shared/sessions/tray-menu';
import type { TrayMenuItem } from '../../shared/sessions/tray-menu';
import { trayState } from '../../shared/sessions/tray-state';
import type { TrayIconState } from '../../shared/sessions/tray-state';
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
 * The tray icon: its image per state, the macOS title (sessions needing the user), the tooltip
 * and the context menu, all derived by the pure models from the services' state.
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
  let shownMenuKey = '';
  let shownItems: readonly TrayMenuItem[] = [];

  const refresh = () => {
    const account = deps.core.account.view();
    const settings = deps.core.settings.get();
    const locale = deps.core.locale();
    const nowMs = now();
    const signedIn = account.signedIn && !account.needsOrg;
    const sessions = signedIn ? deps.core.sessions.list() : [];
    const state = trayState({
      signedIn,
      demo: account.demo,
      online: deps.isOnline(),
      trackerStatus: deps.core.sessions.trackerStatus(),
      sessions,
      locale,
      scope: settings.notifications.scope,
      dndActive: isDndActive(settings.notifications, nowMs),
      todayAcus: deps.usage?.today().acus ?? null,
    });
    if (state.state !== shownState) {
      tray.setImage(image(state.state));
      shownState = state.state;
    }
    const title = trayTitle(deps.platform, state.attentionCount);
    if (deps.platform === 'darwin' && title !== shownTitle) {
      tray.setTitle(title);
      shownTitle = title;
    }
    if (state.tooltip !== shownTooltip) {
      tray.setToolTip(state.tooltip);
      shownTooltip = state.tooltip;
    }
    const items = trayMenuModel({ signedIn, sessions, locale, dndUntil: settings.notifications.dndUntil, nowMs, update: deps.core.updates.trayOffer() });
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
      for (const off of offs) off();
      tray.destroy();
    },
  };
}
