/**
 * electron-builder's `appId`: the macOS bundle id and the Windows AppUserModelID. Windows shows
 * toast notifications only for an app whose AppUserModelID matches its Start menu shortcut, so
 * main sets the same value (a test keeps it equal to electron-builder.yml).
 */
export const APP_ID = 'ai.devin.tray';

/** package.json `desktopName`: the Linux .desktop file and Wayland app_id. */
export const DESKTOP_NAME = 'devin-tray.desktop';
