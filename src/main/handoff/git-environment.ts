import { safePathEntries } from './git-executable';

/**
 * What git gets from our environment: an allow-list, never the rest. Our environment may hold
 * DEVIN_API_KEY, a D-Bus address (the way to the Secret Service that keeps the key) or git
 * settings of its own (GIT_CONFIG_PARAMETERS, GIT_EXTERNAL_DIFF, GIT_SSH_COMMAND, a pager…), and
 * anything git starts inherits what git has.
 *
 * Kept: where the user's own git settings live (HOME, XDG_CONFIG_HOME, and GIT_CONFIG_GLOBAL /
 * GIT_CONFIG_SYSTEM / GIT_CONFIG_NOSYSTEM, which only choose which of the user's files git reads;
 * whatever a config file says, every key that runs a program is overridden on the command line),
 * the temp folder, and on Windows what any program needs to start.
 */
const KEEP_POSIX = ['HOME', 'TMPDIR', 'XDG_CONFIG_HOME', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM', 'GIT_CONFIG_NOSYSTEM'];
const KEEP_WINDOWS = [
  ...KEEP_POSIX,
  'SystemRoot',
  'SystemDrive',
  'windir',
  'TEMP',
  'TMP',
  'USERPROFILE',
  'HOMEDRIVE',
  'HOMEPATH',
  'APPDATA',
  'LOCALAPPDATA',
  'ProgramData',
  'ProgramFiles',
  'ProgramFiles(x86)',
  'ProgramW6432',
  'CommonProgramFiles',
  'ComSpec',
  'PATHEXT',
];

/**
 * Set by us whatever the environment says: English messages (some are recognised), no prompts,
 * no pager, no opportunistic write of the user's index, and no network: no transport is allowed
 * (an empty GIT_ALLOW_PROTOCOL allows none, and it outranks any protocol.*.allow in a config), and
 * a partial clone never fetches a missing object on its own.
 */
const FIXED: Readonly<Record<string, string>> = {
  LC_ALL: 'C',
  LANGUAGE: 'C',
  TERM: 'dumb',
  GIT_TERMINAL_PROMPT: '0',
  GIT_OPTIONAL_LOCKS: '0',
  GIT_PAGER: 'cat',
  PAGER: 'cat',
  GIT_ALLOW_PROTOCOL: '',
  GIT_NO_LAZY_FETCH: '1',
};

/**
 * The environment for git (pure): the allow-listed variables of `source`, PATH reduced to absolute
 * entries outside the folder being inspected (git-lfs, started by git, finds `git` through it), and
 * the fixed values above.
 */
export function gitEnvironment(
  source: Readonly<Record<string, string | undefined>>,
  platform: NodeJS.Platform,
  exclude: readonly string[] = [],
): Record<string, string> {
  const windows = platform === 'win32';
  const keep = new Set((windows ? KEEP_WINDOWS : KEEP_POSIX).map((k) => (windows ? k.toUpperCase() : k)));
  const env: Record<string, string> = {};
  let pathEnv: string | undefined;
  for (const [name, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const key = windows ? name.toUpperCase() : name;
    if (key === 'PATH') pathEnv = value;
    else if (keep.has(key)) env[name] = value;
  }
  const entries = safePathEntries({ pathEnv, platform, exclude });
  env[windows ? 'Path' : 'PATH'] = entries.join(windows ? ';' : ':');
  return { ...env, ...FIXED };
}
