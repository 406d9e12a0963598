import { posix } from 'node:path';
import { AppError } from '../../shared/errors';

/** How to make the app start with the OS session on this platform (pure). */
export type LoginItemPlan =
  | { kind: 'electron'; settings: { openAtLogin: boolean; path?: string; args?: string[] } }
  | { kind: 'xdg-autostart'; file: string; content: string | null }
  | { kind: 'unsupported' };

export interface LoginItemInput {
  platform: string;
  enabled: boolean;
  /** process.execPath */
  execPath: string;
  env: NodeJS.ProcessEnv;
  home: string;
  /** The .desktop file's base name (package.json desktopName). */
  desktopName: string;
  appName: string;
}

/** Autostart passes this so the app starts in the tray. */
export const HIDDEN_ARG = '--hidden';

/**
 * macOS: `app.setLoginItemSettings({ openAtLogin })` (arguments are not supported there; the app
 * honours the "start hidden" setting instead). Windows: the same, with the executable and
 * `--hidden`. Linux: an XDG autostart entry in `$XDG_CONFIG_HOME/autostart` (content null =
 * remove the file); inside an AppImage the executable is `$APPIMAGE`, since `process.execPath`
 * points into a temporary mount that is gone after the app quits.
 */
export function planLoginItem(input: LoginItemInput): LoginItemPlan {
  if (input.platform === 'darwin') return { kind: 'electron', settings: { openAtLogin: input.enabled } };
  if (input.platform === 'win32') {
    return { kind: 'electron', settings: input.enabled ? { openAtLogin: true, path: input.execPath, args: [HIDDEN_ARG] } : { openAtLogin: false, path: input.execPath, args: [HIDDEN_ARG] } };
  }
  if (input.platform !== 'linux' && input.platform !== 'freebsd' && input.platform !== 'openbsd') return { kind: 'unsupported' };
  const configHome = input.env['XDG_CONFIG_HOME'] || posix.join(input.home, '.config');
  const file = posix.join(configHome, 'autostart', input.desktopName.endsWith('.desktop') ? input.desktopName : `${input.desktopName}.desktop`);
  if (!input.enabled) return { kind: 'xdg-autostart', file, content: null };
  const exe = input.env['APPIMAGE'] || input.execPath;
  return { kind: 'xdg-autostart', file, content: autostartDesktopEntry({ name: input.appName, exec: [exe, HIDDEN_ARG] }) };
}

/** The content of an XDG autostart `.desktop` file (Desktop Entry Specification 1.5). */
export function autostartDesktopEntry(opts: { name: string; exec: readonly string[] }): string {
  const lines = [
    '[Desktop Entry]',
    'Type=Application',
    `Name=${escapeDesktopString(opts.name)}`,
    `Exec=${escapeDesktopString(opts.exec.map(quoteExecArg).join(' '))}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    'NoDisplay=true',
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * One Exec argument. Arguments with reserved characters are double-quoted, and inside quotes
 * `"`, `` ` ``, `$` and `\` get a backslash; `%` is doubled (field codes). A newline cannot be
 * expressed at all: refuse it rather than write a file that runs something else.
 */
export function quoteExecArg(arg: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(arg)) throw new AppError('INVALID_INPUT', 'The executable path contains control characters');
  const escapedPercent = arg.replace(/%/g, '%%');
  if (!/[\s"'\\><~|&;$*?#()`=]/.test(arg)) return escapedPercent;
  return `"${escapedPercent.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** String values escape backslashes (the spec's `\\`), after Exec quoting added its own. */
function escapeDesktopString(value: string): string {
  return value.replace(/\\/g, '\\\\');
}
