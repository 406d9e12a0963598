/**
 * What a fetch may use (pure). A fetch is the one git call that must reach the network, and the
 * network is where a repository's config can do the most: name a program to run (an ssh command,
 * a credential helper, an askpass, an alternates command), send the connection elsewhere (URL
 * rewriting, a proxy, a remote named after the URL with its own upload-pack) or weaken it (no TLS
 * check). The rule: **network and credential settings come from the user's own config (global and
 * system), never from the repository's** (its `.git/config`, `config.worktree`, and every file
 * they include).
 *
 * - Programs are replaced whatever the repository says: `GIT_SSH_COMMAND` (environment, which
 *   outranks any `core.sshCommand`) is the user's own `core.sshCommand` or plain `ssh`;
 *   `GIT_SSH_VARIANT` likewise; `GIT_ASKPASS` is empty (no prompt from a background app);
 *   `credential.helper` is reset on the command line (an empty value empties the list git has built
 *   so far, URL-specific helpers included) and the user's own helpers are given again, in order;
 *   `core.alternateRefsCommand` is emptied.
 * - Transports: https, ssh, and file (only reachable through the user's own `url.*.insteadOf`,
 *   since the URL fetched is checked to be an https or ssh URL of the pull request's repository).
 *   No plain http, no git://, no `ext::` or other helpers.
 * - What cannot be overridden on a command line is refused when the repository sets it, naming the
 *   key: URL rewriting (`url.*.insteadOf`), a remote named after a URL, `http.*` settings other
 *   than a few tuning ones (proxy, TLS checks, certificates, cookies, extra headers, resolve
 *   overrides), and `fetch.bundleURI`.
 */

/** One entry of `git config --list --show-scope -z` (git lowers section and name; a subsection keeps its case). */
export interface ScopedConfigEntry {
  scope: string;
  key: string;
  value: string | null;
}

/** `git config --list --includes --show-scope -z` output (pure): `scope\0key\nvalue\0…`. */
export function parseScopedConfigList(text: string): ScopedConfigEntry[] {
  const parts = text.split('\0');
  const out: ScopedConfigEntry[] = [];
  for (let i = 0; i + 1 < parts.length; i += 2) {
    const scope = parts[i] ?? '';
    const entry = parts[i + 1] ?? '';
    if (entry === '') continue;
    const nl = entry.indexOf('\n');
    out.push(nl < 0 ? { scope, key: entry, value: null } : { scope, key: entry.slice(0, nl), value: entry.slice(nl + 1) });
  }
  return out;
}

/** The transports a fetch may use (GIT_ALLOW_PROTOCOL; it outranks every `protocol.*` setting). */
export const FETCH_PROTOCOLS = ['https', 'ssh', 'file'] as const;

/** Our variables that a fetch may pass on: the ssh agent, the user's credential store (D-Bus), proxies, certificate authorities. */
export const FETCH_ENV_PASSTHROUGH = [
  'SSH_AUTH_SOCK',
  'DBUS_SESSION_BUS_ADDRESS',
  'XDG_RUNTIME_DIR',
  'GIT_SSL_CAINFO',
  'GIT_SSL_CAPATH',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'HTTPS_PROXY',
  'https_proxy',
  'HTTP_PROXY',
  'http_proxy',
  'ALL_PROXY',
  'all_proxy',
  'NO_PROXY',
  'no_proxy',
] as const;

/** `http.*` settings a repository may keep: they tune the transfer and send nothing elsewhere. */
const HTTP_TUNING = new Set(['postbuffer', 'lowspeedlimit', 'lowspeedtime', 'version', 'maxrequests', 'minsessions']);

/** Scopes that are the user's own (or ours: `command` is only what we pass, the environment's git settings are dropped). */
const USER_SCOPES = new Set(['system', 'global', 'command']);

/** Why a repository-scope key cannot be honoured, or null when it can (or is overridden anyway). */
export function refusedRepoKey(key: string): string | null {
  const k = key.toLowerCase();
  if (/^url\..+\.(insteadof|pushinsteadof)$/.test(k)) return 'rewrites-url';
  // A remote is only consulted by name; a subsection holding ':' is no valid remote name, but it
  // is what `git fetch <url>` looks up, with its own upload-pack, proxy and helper.
  const remote = /^remote\.(.+)\.[^.]+$/.exec(k);
  if (remote && (remote[1] ?? '').includes(':')) return 'remote-named-by-url';
  const http = /^http\.(?:(.+)\.)?([^.]+)$/.exec(k);
  if (http && !HTTP_TUNING.has(http[2] ?? '')) return 'http-setting';
  if (k === 'fetch.bundleuri') return 'bundle-uri';
  return null;
}

export type FetchPolicy =
  | {
      ok: true;
      /** `-c` pairs, appended after every other override. */
      config: Array<[string, string]>;
      /** Variables set for git (and what it starts) on top of the guard's environment. */
      env: Record<string, string>;
    }
  | { ok: false; keys: string[] };

/**
 * The fetch's overrides for a repository whose config (every scope, includes followed) is
 * `entries`, given our own environment `source` (pure).
 */
export function fetchPolicy(entries: readonly ScopedConfigEntry[], source: Readonly<Record<string, string | undefined>>): FetchPolicy {
  const refused = entries.filter((e) => !USER_SCOPES.has(e.scope) && refusedRepoKey(e.key) !== null).map((e) => e.key);
  if (refused.length > 0) return { ok: false, keys: [...new Set(refused)] };

  const mine = entries.filter((e) => e.scope === 'system' || e.scope === 'global');
  const last = (key: string) => mine.filter((e) => e.key.toLowerCase() === key && e.value !== null).at(-1)?.value ?? null;
  // A key holding '=' cannot be written as `-c key=value`: that helper is left out (the fetch may then ask for a login and fail).
  const helpers = mine.filter((e) => /^credential\.(.+\.)?helper$/i.test(e.key) && e.value !== null && !e.key.includes('='));

  const config: Array<[string, string]> = [
    ['core.alternateRefsCommand', ''],
    ['credential.helper', ''],
    // Given again as written, URL-specific ones too (`credential.https://host/path.helper`), in their order.
    ...helpers.map((e): [string, string] => [e.key, e.value ?? '']),
  ];
  const env: Record<string, string> = {};
  for (const name of FETCH_ENV_PASSTHROUGH) {
    const value = source[name];
    if (value !== undefined && value !== '') env[name] = value;
  }
  env['GIT_ALLOW_PROTOCOL'] = FETCH_PROTOCOLS.join(':');
  env['GIT_SSH_COMMAND'] = last('core.sshcommand') ?? 'ssh';
  env['GIT_SSH_VARIANT'] = last('ssh.variant') ?? 'auto';
  env['GIT_ASKPASS'] = '';
  return { ok: true, config, env };
}
