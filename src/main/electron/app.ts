import { app, BrowserWindow, Menu, Tray, nativeImage, shell } from 'electron';
import { join } from 'node:path';
import { createCore } from '../core';
import { registerIpc, sendEvent } from './ipc-bridge';
import { createMainWindow, hardenDefaultSession, preloadPath } from './window';
import { rendererUrl } from './renderer-url';

/**
 * The Electron shell: single instance, the secure window, IPC, a tray. Everything it calls into
 * is plain Node (core.ts) and tested without Electron; keep this file glue only.
 */
export function runElectronApp(mainDir: string): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let win: BrowserWindow | null = null;
  let tray: Tray | null = null;
  const url = rendererUrl(mainDir, process.env);

  const showWindow = () => {
    if (!win || win.isDestroyed()) {
      win = createMainWindow({ url, preloadPath: preloadPath(mainDir), show: true });
    }
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  };

  app.on('second-instance', () => showWindow());
  // A tray app keeps running with its window closed.
  app.on('window-all-closed', () => undefined);

  void app.whenReady().then(async () => {
    hardenDefaultSession();
    const core = createCore({
      userDataDir: app.getPath('userData'),
      env: process.env,
      osLocale: app.getLocale(),
      runtime: 'electron',
      trustedRendererUrls: [url],
      openExternal: (target) => shell.openExternal(target),
      version: app.getVersion(),
      platform: process.platform,
    });
    registerIpc(core.router);
    core.onEvent((event, payload) => {
      for (const w of BrowserWindow.getAllWindows()) sendEvent(w.webContents, event, payload);
    });
    await core.start();

    tray = new Tray(trayImage(mainDir));
    tray.setToolTip('Devin Tray');
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: 'Open Devin Tray', click: showWindow },
        { type: 'separator' },
        { label: 'Quit', role: 'quit' },
      ]),
    );
    tray.on('click', showWindow);
    showWindow();

    app.on('before-quit', () => {
      void core.dispose();
    });
  });
}

function trayImage(mainDir: string): Electron.NativeImage {
  const img = nativeImage.createFromPath(join(mainDir, '../../assets/tray/idle.png'));
  return img.isEmpty() ? nativeImage.createEmpty() : img;
}
