import { posix, win32 } from 'node:path';

/** The app's URL scheme, registered on every OS by electron-builder (`protocols`). */
export const DEEP_LINK_SCHEME = 'devin-tray';

/** What a `devin-tray://` link may ask for. */
export type DeepLink = { action: 'handoff'; path: string; task?: string } | { action: 'session'; sessionId: string };

/** Why a link was refused; each has an i18n reason `desktop.deepLink.<reason>`. */
export type DeepLinkRejection =
  | 'tooLong'
  | 'badUrl'
  | 'badScheme'
  | 'badForm'
  | 'unknownAction'
  | 'controlChars'
  | 'duplicateParam'
  | 'unknownParam'
  | 'missingPath'
  | 'badPath'
  | 'taskTooLong'
  | 'badSessionId';

export type DeepLinkResult = { ok: true; link: DeepLink } | { ok: false; reason: DeepLinkRejection };

export const MAX_DEEP_LINK_LENGTH = 8192;
export const MAX_TASK_LENGTH = 2000;
const MAX_PATH_LENGTH = 4096;

// C0 and C1 controls, DEL; in the task, tab and newline are allowed (a task may span lines).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_TAB_LF = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// Bidirectional overrides and isolates make text read differently from what it is ("Trojan Source").
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// The API's session ids: `devin-` + hex, and tolerated shapes of the same alphabet.
const SESSION_ID = /^[A-Za-z0-9_-]{1,200}$/;

const PARAMS: Record<DeepLink['action'], readonly string[]> = {
  handoff: ['path', 'task'],
  session: ['id'],
};

/**
 * Parses a `devin-tray://` link from the OS (pure). Hostile input is the norm here: any web page
 * can open such a link. Accepted: `devin-tray://handoff?path=/abs/folder[&task=…]` and
 * `devin-tray://session?id=devin-…`. Refused: other schemes (file:, http:, javascript:), other
 * actions, credentials/ports, repeated or unknown parameters, control or bidi characters,
 * relative, `..`, `~`, UNC or non-normalised paths, over-long tasks.
 */
export function parseDeepLink(raw: string): DeepLinkResult {
  if (raw.length > MAX_DEEP_LINK_LENGTH) return fail('tooLong');
  // The WHATWG parser silently strips tabs/newlines and trims; refuse them before parsing.
  if (CONTROL.test(raw) || /\s/.test(raw)) return fail('controlChars');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return fail('badUrl');
  }
  if (url.protocol !== `${DEEP_LINK_SCHEME}:`) return fail('badScheme');
  if (!raw.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`)) return fail('badForm');
  if (url.username || url.password || url.port || url.hash) return fail('badForm');
  if (url.pathname !== '' && url.pathname !== '/') return fail('badForm');

  const action = url.hostname.toLowerCase();
  if (action !== 'handoff' && action !== 'session') return fail('unknownAction');

  const params = new Map<string, string>();
  for (const [key, value] of url.searchParams) {
    if (!PARAMS[action].includes(key)) return fail('unknownParam');
    if (params.has(key)) return fail('duplicateParam');
    params.set(key, value);
  }

  if (action === 'session') {
    const id = params.get('id') ?? '';
    if (!SESSION_ID.test(id)) return fail('badSessionId');
    return { ok: true, link: { action: 'session', sessionId: id } };
  }

  const path = params.get('path');
  if (path === undefined || path === '') return fail('missingPath');
  const pathProblem = checkLocalPath(path);
  if (pathProblem) return fail(pathProblem);
  const task = params.get('task');
  if (task !== undefined) {
    if (CONTROL_EXCEPT_TAB_LF.test(task) || BIDI.test(task)) return fail('controlChars');
    if (task.length > MAX_TASK_LENGTH) return fail('taskTooLong');
  }
  const trimmedTask = task?.trim();
  return { ok: true, link: { action: 'handoff', path, ...(trimmedTask ? { task: trimmedTask } : {}) } };
}

/**
 * A folder path a link may name: absolute (POSIX `/…` or Windows `C:\…`), already normalised
 * (no `.`/`..` segments, doubled or trailing separators), no `~`, no UNC or device paths
 * (`\\host\share` would make Windows authenticate to that host), no URL schemes.
 */
export function checkLocalPath(path: string): 'controlChars' | 'badPath' | null {
  if (CONTROL.test(path) || BIDI.test(path)) return 'controlChars';
  if (path.length > MAX_PATH_LENGTH) return 'badPath';
  const windows = /^[A-Za-z]:[\\/]/.test(path);
  if (!windows && !path.startsWith('/')) return 'badPath';
  if (path.startsWith('//') || path.startsWith('\\\\')) return 'badPath';
  const segments = path.split(windows ? /[\\/]/ : '/');
  if (segments.some((s) => s === '..' || s === '.' || s === '~')) return 'badPath';
  if (windows) {
    // Forward slashes are fine for Windows APIs but the canonical form uses backslashes.
    if (path.includes('/') || /[<>"|?*]/.test(path.slice(2))) return 'badPath';
    if (win32.normalize(path) !== path) return 'badPath';
    if (path.length > 3 && path.endsWith('\\')) return 'badPath';
    return null;
  }
  if (path.includes('\\')) return 'badPath';
  if (posix.normalize(path) !== path) return 'badPath';
  if (path.length > 1 && path.endsWith('/')) return 'badPath';
  return null;
}

/**
 * The link or folder a launch carries in its arguments (a second launch, a CLI call, Windows and
 * Linux deep links): the first `devin-tray:` argument, else `--handoff=<folder>` / `--handoff <folder>`
 * turned into the equivalent link. Chromium switches Electron adds are ignored.
 */
export function deepLinkFromArgv(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) return arg;
    let folder: string | undefined;
    if (arg.startsWith('--handoff=')) folder = arg.slice('--handoff='.length);
    else if (arg === '--handoff') folder = argv[i + 1];
    if (folder !== undefined) return `${DEEP_LINK_SCHEME}://handoff?path=${encodeURIComponent(folder)}`;
  }
  return null;
}

/** Launched at login (autostart passes `--hidden`): start in the tray. */
export function launchedHidden(argv: readonly string[]): boolean {
  return argv.includes('--hidden');
}

function fail(reason: DeepLinkRejection): DeepLinkResult {
  return { ok: false, reason };
}

/** What the app does with a parsed link (pure). */
export type DeepLinkRoute =
  | { type: 'handoff'; path: string; task?: string }
  | { type: 'openSession'; sessionId: string }
  | { type: 'reject'; reason: DeepLinkRejection };

export function routeDeepLink(raw: string): DeepLinkRoute {
  const result = parseDeepLink(raw);
  if (!result.ok) return { type: 'reject', reason: result.reason };
  const link = result.link;
  if (link.action === 'session') return { type: 'openSession', sessionId: link.sessionId };
  return { type: 'handoff', path: link.path, ...(link.task ? { task: link.task } : {}) };
}
