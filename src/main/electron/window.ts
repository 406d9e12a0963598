import { BrowserWindow, session, shell } from 'electron';
import { join } from 'node:path';

export interface MainWindowOptions {
  url: string;
  preloadPath: string;
  show: boolean;
  /** Restored bounds (already clamped to the displays); the default size, centred, when absent. */
  bounds?: { x: number; y: number; width: number; height: number } | null;
  /** The window icon on Linux and Windows (macOS uses the bundle's). */
  iconPath?: string;
}

/**
 * The one app window, locked down per architecture §3: isolated, sandboxed, no Node, no
 * navigation, no new windows, no permissions. Links go through the IPC openExternal policy.
 */
export function createMainWindow(opts: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: opts.bounds?.width ?? 1100,
    height: opts.bounds?.height ?? 720,
    ...(opts.bounds ? { x: opts.bounds.x, y: opts.bounds.y } : {}),
    ...(opts.iconPath ? { icon: opts.iconPath } : {}),
    minWidth: 720,
    minHeight: 480,
    show: opts.show,
    title: 'Devin Tray',
    autoHideMenuBar: true,
    webPreferences: {
      preload: opts.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window (denied anyway; belt and braces).
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      // Keep polling-driven UI updates timely while the window is in the background.
      backgroundThrottling: false,
    },
  });
  win.webContents.on('will-navigate', (event, url) => {
    if (url !== opts.url) event.preventDefault();
  });
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
  void win.loadURL(opts.url);
  return win;
}

/** Session-wide hardening: deny every permission request and check. */
export function hardenDefaultSession(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
}

export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.js');
}

export { shell };
