import { posix, win32 } from 'node:path';

/** Electron names the userData folder after package.json `productName`. */
export const PRODUCT_NAME = 'Devin Tray';

/**
 * Pure: the folder Electron's `app.getPath('userData')` returns for "Devin Tray", so the CLI
 * finds the same settings file as the app without importing Electron.
 * - macOS: ~/Library/Application Support/Devin Tray
 * - Windows: %APPDATA%\Devin Tray (falls back to ~\AppData\Roaming)
 * - Linux and others: $XDG_CONFIG_HOME/Devin Tray (falls back to ~/.config)
 */
export function defaultUserDataDir(platform: string, env: NodeJS.ProcessEnv, home: string): string {
  if (platform === 'win32') {
    const appData = env['APPDATA'] || win32.join(home, 'AppData', 'Roaming');
    return win32.join(appData, PRODUCT_NAME);
  }
  if (platform === 'darwin') {
    return posix.join(home, 'Library', 'Application Support', PRODUCT_NAME);
  }
  // Like Chromium's GetXDGDirectory: any non-empty value wins, else ~/.config.
  const config = env['XDG_CONFIG_HOME'] || posix.join(home, '.config');
  return posix.join(config, PRODUCT_NAME);
}
