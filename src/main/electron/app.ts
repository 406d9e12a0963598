import { app, BrowserWindow, dialog, globalShortcut, screen, shell } from 'electron';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { translate } from '../../shared/i18n';
import { createCore } from '../core';
import type { Core } from '../core';
import { APP_ID, DESKTOP_NAME } from './app-identity';
import { launchedHidden, routeDeepLink } from './deep-link-model';
import { setAboutPanel, syncTheme } from './desktop-prefs';
import { createGlobalShortcut } from './global-shortcut';
import { registerIpc, sendEvent } from './ipc-bridge';
import { syncLoginItem } from './login-item';
import { createNotifier } from './notifications';
import { showDownloadsFinished } from './downloads-notification';
import { watchPowerAndNetwork } from './power-network';
import { answerProxyLogins, countedProxyLogin } from './proxy-login';
import { createAppNetwork } from './app-network';
import { installRendererProtocol } from './renderer-protocol';
import { rendererUrl } from './renderer-url';
import { claimSingleInstance } from './single-instance';
import { createTray } from './tray';
import type { TrayController } from './tray';
import { createTrayActionHandler } from './tray-actions';
import { positionNearTray } from './tray-position-model';
import { createMainWindow, hardenDefaultSession, preloadPath } from './window';
import { initialWindowBounds, rememberWindowBounds } from './window-state';
import { Keychain } from '../account/keychain';
import { installTestHooks } from './test-hooks';
import type { DevinTrayTestHooks } from './test-hooks';
import { createAppUpdates } from './updater';
import { testHooksEnabled } from './updater-setup-model';

/**
 * The Electron shell: single instance and deep links, the secure window, IPC, tray, native
 * notifications, power/network state, login item, global shortcut, theme. Everything it calls
 * into is plain Node (core.ts) or a pure model (*-model.ts) tested without Electron; keep this
 * file glue only.
 */
export function runElectronApp(mainDir: string): void {
  let core: Core | null = null;
  let win: BrowserWindow | null = null;
  let tray: TrayController | null = null;
  const platform = process.platform;
  const url = rendererUrl(mainDir, process.env);
  const assetsDir = join(mainDir, '../../assets');
  const appIconPath = platform === 'darwin' ? undefined : join(assetsDir, 'app/icon.png');
  // Test hooks (README › Test hooks): an unpackaged run with DEVIN_TRAY_TEST_HOOKS=1 only.
  const testHooks = testHooksEnabled(app.isPackaged, process.env);
  let hooks: DevinTrayTestHooks | null = null;

  const ensureWindow = (c: Core): BrowserWindow => {
    if (win && !win.isDestroyed()) return win;
    const created = createMainWindow({
      url,
      preloadPath: preloadPath(mainDir),
      show: false,
      bounds: initialWindowBounds(c.settings),
      ...(appIconPath ? { iconPath: appIconPath } : {}),
    });
    rememberWindowBounds(created, c.settings);
    const visible = () => c.sessions.setWindowVisible(!created.isDestroyed() && created.isVisible() && !created.isMinimized());
    created.on('show', visible);
    created.on('hide', visible);
    created.on('minimize', visible);
    created.on('restore', visible);
    created.on('closed', () => c.sessions.setWindowVisible(false));
    win = created;
    return created;
  };

  const showWindow = () => {
    if (!core) return;
    const w = ensureWindow(core);
    if (w.isMinimized()) w.restore();
    w.show();
    w.focus();
  };

  /** Tray left click: hide a focused window, else show it anchored at the tray icon. */
  const toggleFromTray = (trayBounds: Electron.Rectangle) => {
    if (!core) return;
    if (win && !win.isDestroyed() && win.isVisible() && win.isFocused()) {
      win.hide();
      return;
    }
    const w = ensureWindow(core);
    const [width = 1100, height = 720] = w.getSize();
    const at = positionNearTray(trayBounds, { width, height }, screen.getAllDisplays().map((d) => d.workArea));
    if (at) w.setPosition(at.x, at.y);
    showWindow();
  };

  const handleLink = (raw: string) => {
    hooks?.links.push(raw);
    if (!core) return;
    const route = routeDeepLink(raw);
    if (route.type === 'reject') {
      const reason = translate(core.locale(), `desktop.deepLink.${route.reason}`);
      core.notify({ level: 'warning', key: 'desktop.notice.deepLinkRejected', params: { reason } });
      return;
    }
    showWindow();
    if (route.type === 'openSession') core.sessions.requestOpen(route.sessionId);
    // A folder named by a link (or a second launch): unless it is a repository in Recent, the
    // screen shows it and runs no git until the user presses Inspect.
    else void core.desktop.requestHandoff({ origin: 'link', path: route.path, ...(route.task ? { task: route.task } : {}) });
  };

  const single = claimSingleInstance({ onLink: handleLink, onSecondLaunch: showWindow });
  if (!single) {
    app.quit();
    return;
  }
  if (platform === 'win32') app.setAppUserModelId(APP_ID);
  // A tray app keeps running with its window closed.
  app.on('window-all-closed', () => undefined);
  app.on('activate', showWindow);

  void app.whenReady().then(async () => {
    hardenDefaultSession();
    installRendererProtocol(url);
    if (app.isPackaged) app.setAsDefaultProtocolClient('devin-tray');
    // The folder dialog for Handoff (tray menu and the screen's "Choose folder…").
    const pickFolder = async (): Promise<string | null> => {
      const locale = core?.locale() ?? 'en';
      const options: Electron.OpenDialogOptions = {
        title: translate(locale, 'desktop.dialog.handoffTitle'),
        buttonLabel: translate(locale, 'desktop.dialog.handoffButton'),
        properties: ['openDirectory'],
      };
      const parent = win && !win.isDestroyed() && win.isVisible() ? win : null;
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    };
    const userDataDir = app.getPath('userData');
    const testKeychainAccount = testHooks ? process.env['DEVIN_TRAY_TEST_KEYCHAIN_ACCOUNT'] : undefined;
    const c = createCore({
      // The Electron suite signs in under its own keychain account, never the user's.
      ...(testKeychainAccount ? { keychain: new Keychain({ account: testKeychainAccount }) } : {}),
      updates: createAppUpdates({
        isPackaged: app.isPackaged,
        platform,
        env: process.env,
        resourcesPath: process.resourcesPath,
        userDataDir,
        testHooks,
        log: (line) => console.log(line),
        // The updater's requests ask the same proxy sign-in dialog as the app's own.
        proxyLogin: countedProxyLogin(() => core?.proxyAuth ?? null),
      }),
      // Main-process traffic on Chromium's stack: system proxy, PAC, OS certificates, proxy sign-in.
      createNetwork: ({ proxyAuth }) => createAppNetwork(proxyAuth),
      // The proxy sign-in dialog lives in the window.
      onProxyAuthChallenge: () => showWindow(),
      chooseFolder: pickFolder,
      attachmentsShell: { showItemInFolder: (p) => shell.showItemInFolder(p), openPath: (p) => shell.openPath(p) },
      attachmentsDialog: {
        chooseFolder: async ({ title, defaultPath }) => {
          const r = await dialog.showOpenDialog({ title, properties: ['openDirectory', 'createDirectory'], ...(defaultPath ? { defaultPath } : {}) });
          return r.canceled ? null : (r.filePaths[0] ?? null);
        },
      },
      // "Attach files…" on a reply: several files at once, never folders.
      chooseFiles: async ({ title, buttonLabel }) => {
        const options: Electron.OpenDialogOptions = { title, buttonLabel, properties: ['openFile', 'multiSelections'] };
        const parent = win && !win.isDestroyed() && win.isVisible() ? win : null;
        const r = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return r.canceled ? [] : r.filePaths;
      },
      onDownloadsFinished: (notice) => showDownloadsFinished(notice),
      userDataDir,
      env: process.env,
      osLocale: app.getLocale(),
      runtime: 'electron',
      trustedRendererUrls: [url],
      openExternal: (target) => shell.openExternal(target),
      // Main's own yes/no questions (a key's API URL changing, a PR link on an unknown host).
      confirm: async (q) => {
        const options: Electron.MessageBoxOptions = {
          type: 'question',
          title: q.title,
          message: q.message,
          detail: q.detail,
          buttons: [q.cancelLabel, q.confirmLabel],
          defaultId: 0,
          cancelId: 0,
          noLink: true,
        };
        const parent = win && !win.isDestroyed() && win.isVisible() ? win : null;
        const r = parent ? await dialog.showMessageBox(parent, options) : await dialog.showMessageBox(options);
        return r.response === 1;
      },
      version: app.getVersion(),
      platform,
    });
    core = c;
    registerIpc(c.router, { onSenderGone: (id) => c.forgetSender(id) });
    c.onEvent((event, payload) => {
      for (const w of BrowserWindow.getAllWindows()) sendEvent(w.webContents, event, payload);
    });
    await c.start();

    const disposers: (() => void)[] = [answerProxyLogins(c.proxyAuth)];
    const network = watchPowerAndNetwork({ sessions: c.sessions, onOnlineChange: () => tray?.refresh() });
    disposers.push(() => network.dispose());
    disposers.push(syncTheme(c.settings));
    setAboutPanel({ version: app.getVersion(), locale: c.locale(), website: c.account.view().appBaseUrl, ...(appIconPath ? { iconPath: appIconPath } : {}) });

    const onTrayAction = createTrayActionHandler({
      showWindow,
      navigate: (nav) => c.desktop.navigate(nav),
      requestHandoff: (req) => void c.desktop.requestHandoff(req),
      requestOpen: (id) => c.sessions.requestOpen(id),
      pickFolder,
      updateNotifications: (patch) => c.sessions.updateNotificationSettings(patch),
      showAbout: () => app.showAboutPanel(),
      restartToUpdate: () => c.updates.restartToUpdate(),
      quit: () => app.quit(),
      now: Date.now,
      onError: () => undefined,
    });
    tray = createTray({
      core: c,
      trayAssetsDir: join(assetsDir, 'tray'),
      platform,
      isOnline: () => network.isOnline(),
      onAction: onTrayAction,
      onClick: toggleFromTray,
      // macOS dock / Unity launcher; Windows has no count badge (an overlay icon would need artwork).
      setBadgeCount: (n) => void app.setBadgeCount(n),
      usage: c.usage,
      onDropPaths: (paths) => {
        const path = paths[0];
        if (!path) return;
        showWindow();
        // Dropped by the user: inspected at once (the screen explains if it is not inside a repository).
        void c.desktop.requestHandoff({ origin: 'drop', path });
      },
    });
    if (testHooks) hooks = installTestHooks(c, () => tray?.menuModel() ?? null);
    disposers.push(
      createNotifier({
        core: c,
        openExternal: (u) => c.openLink(u),
        showWindow,
        usage: c.usage,
        showUsage: () => c.desktop.navigate({ section: 'usage' }),
        ...(appIconPath ? { iconPath: appIconPath } : {}),
      }).dispose,
    );
    disposers.push(createGlobalShortcut({ settings: c.settings, onTrigger: showWindow, notify: (n) => c.notify(n), locale: () => c.locale() }).dispose);
    disposers.push(
      syncLoginItem({ settings: c.settings, platform, execPath: process.execPath, env: process.env, home: homedir(), desktopName: DESKTOP_NAME, notify: (n) => c.notify(n) }),
    );

    if (c.settings.get().startHidden || launchedHidden(process.argv)) ensureWindow(c);
    else showWindow();
    single.ready();

    app.on('before-quit', () => {
      for (const dispose of disposers.splice(0)) dispose();
      tray?.dispose();
      tray = null;
      void c.dispose();
    });
    app.on('will-quit', () => globalShortcut.unregisterAll());
  });
}
