import type { MenuItemConstructorOptions } from 'electron';
import type { TrayIconState } from '../../shared/sessions/tray-state';
import type { TrayAction, TrayMenuItem } from '../../shared/sessions/tray-menu';

/** Tray icon states, in one place for the icon renderer and the layout check. */
export const TRAY_ICON_STATES: readonly TrayIconState[] = ['signed-out', 'idle', 'running', 'needs-attention', 'error', 'offline', 'demo'];

/**
 * The tray image for a state, relative to assets/tray/ (pure). macOS gets a template image
 * (black + alpha; the system tints it for light/dark menu bars and the highlighted state, and
 * picks `@2x` itself); Windows gets an .ico holding 16–48 px so each DPI gets a crisp frame;
 * Linux gets a PNG (Electron loads `@2x` beside it on HiDPI).
 */
export function trayIconFile(state: TrayIconState, platform: string): string {
  if (platform === 'darwin') return `tray-${state}Template.png`;
  if (platform === 'win32') return `tray-${state}.ico`;
  return `tray-${state}.png`;
}

/** macOS shows text beside the icon: the number of sessions needing the user, nothing at zero. */
export function trayTitle(platform: string, attentionCount: number): string {
  if (platform !== 'darwin' || attentionCount <= 0) return '';
  return attentionCount > 99 ? '99+' : String(attentionCount);
}

/** Tray actions plus the shell's own About item. */
export type DesktopTrayAction = TrayAction | { type: 'about' };

/**
 * Maps the tray menu model onto Electron's menu template (pure: no Electron call, the `click`s
 * dispatch actions). Headers become disabled items, items needing attention get a bullet, and
 * an About item goes above Quit.
 */
export function trayMenuTemplate(items: readonly TrayMenuItem[], dispatch: (action: DesktopTrayAction) => void, aboutLabel: string): MenuItemConstructorOptions[] {
  const mapped = items.map((item) => toTemplate(item, dispatch));
  const quitIndex = mapped.findIndex((_, i) => {
    const item = items[i];
    return item?.kind === 'item' && item.action.type === 'quit';
  });
  const about: MenuItemConstructorOptions = { label: aboutLabel, click: () => dispatch({ type: 'about' }) };
  if (quitIndex < 0) return [...mapped, about];
  return [...mapped.slice(0, quitIndex), about, ...mapped.slice(quitIndex)];
}

function toTemplate(item: TrayMenuItem, dispatch: (action: DesktopTrayAction) => void): MenuItemConstructorOptions {
  switch (item.kind) {
    case 'separator':
      return { type: 'separator' };
    case 'header':
      return { label: item.label, enabled: false };
    case 'submenu':
      return { label: item.label, submenu: item.items.map((i) => toTemplate(i, dispatch)) };
    case 'item': {
      const action = item.action;
      return {
        label: item.attention ? `● ${item.label}` : item.label,
        enabled: item.enabled,
        click: () => dispatch(action),
      };
    }
  }
}
