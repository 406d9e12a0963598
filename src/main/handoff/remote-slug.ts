/**
 * Pure parsing of git remote URLs into the `owner/repo` slug Devin's `repos` field wants.
 * Handles every form git accepts for a hosted remote: https/http (with or without user and
 * password), `ssh://` with or without user and port, `git://`, `git+ssh://`, scp-style
 * `user@host:path`, nested groups (`group/sub/repo`), a trailing `.git` and trailing slashes.
 * Local paths and `file://` URLs have no slug.
 */

export interface ParsedRemote {
  /** Lower-cased host name, without user or port. */
  host: string;
  /** Path segments joined by `/`, e.g. `owner/repo` or `group/sub/repo`. */
  slug: string;
}

interface UrlParts {
  scheme: string | null;
  userinfo: string | null;
  host: string;
  path: string;
}

const URL_FORM = /^([a-z][a-z0-9+.-]*):\/\/(.*)$/i;
/** git's rule: a colon before the first slash makes `[user@]host:path` scp-style. */
const SCP_FORM = /^(?:([^@/]+)@)?([^:/]+):(.*)$/;

function splitUrl(raw: string): UrlParts | null {
  const url = raw.trim();
  const m = URL_FORM.exec(url);
  if (m) {
    const scheme = (m[1] ?? '').toLowerCase();
    if (scheme === 'file') return null;
    const rest = m[2] ?? '';
    const slash = rest.indexOf('/');
    const authority = slash === -1 ? rest : rest.slice(0, slash);
    const path = slash === -1 ? '' : rest.slice(slash + 1);
    // A password may contain '@' when people do not percent-encode it: the host follows the last one.
    const at = authority.lastIndexOf('@');
    const userinfo = at === -1 ? null : authority.slice(0, at);
    const hostPort = authority.slice(at + 1);
    const host = hostPort.startsWith('[') ? hostPort.slice(0, hostPort.indexOf(']') + 1) : hostPort.replace(/:\d*$/, '');
    return { scheme, userinfo, host, path };
  }
  const s = SCP_FORM.exec(url);
  if (s) {
    const host = s[2] ?? '';
    const path = s[3] ?? '';
    // `C:\repo` or `C:/repo` is a Windows drive, not a host called C.
    if (/^[a-z]$/i.test(host) && (path.startsWith('\\') || path.startsWith('/'))) return null;
    if (host === '' || path === '') return null;
    return { scheme: null, userinfo: s[1] ?? null, host, path };
  }
  return null;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** Parses a remote URL; null for local paths, `file://` and URLs without an owner/repo path. */
export function parseRemote(raw: string): ParsedRemote | null {
  const parts = splitUrl(raw);
  if (!parts || parts.host === '') return null;
  let path = parts.path;
  if (parts.scheme !== null) path = path.replace(/[?#].*$/, '');
  path = path.replace(/\\/g, '/').replace(/\/+$/, '').replace(/\.git$/i, '').replace(/\/+$/, '');
  const host = parts.host.toLowerCase();
  let segments = path
    .split('/')
    .map(safeDecode)
    .filter((seg) => seg !== '' && seg !== '.');
  if (segments[0] === '~') segments = segments.slice(1);
  // Azure DevOps: https://dev.azure.com/org/project/_git/repo and git@ssh.dev.azure.com:v3/org/project/repo.
  if (host === 'ssh.dev.azure.com' && segments[0] === 'v3') segments = segments.slice(1);
  if (segments.length >= 3 && segments[segments.length - 2] === '_git') segments.splice(segments.length - 2, 1);
  if (segments.length < 2 || segments.some((seg) => seg === '..')) return null;
  return { host, slug: segments.join('/') };
}

/** The `owner/repo` slug of a remote URL, or null (see parseRemote). */
export function parseRemoteSlug(raw: string): string | null {
  return parseRemote(raw)?.slug ?? null;
}

/** Characters that must never reach a screen or a log as they are: controls and bidi overrides. */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** `host`, `[v6]` or `host:port`, as it must follow the `@` that ends a userinfo. */
const HOST_PORT = /^(?:\[[0-9A-Fa-f:.]*\]|[A-Za-z0-9._~-]+)(?::\d*)?$/;
const SCP_HOST = /^(?:\[[0-9A-Fa-f:.]*\]|[A-Za-z0-9._~-]+):/;

/** Drops a query and a fragment (from the first `?` or `#`). */
function withoutQuery(s: string): string {
  const cut = s.search(/[?#]/);
  return cut === -1 ? s : s.slice(0, cut);
}

/**
 * Splits `rest` (what follows `scheme://`) into userinfo and the rest. Normally the userinfo ends at
 * the last `@` before the first `/`; a password holding an unencoded `/` (which git itself would
 * misread) still goes: when the first segment is not a plain `host[:port]`, the userinfo runs to the
 * last `@` that is followed by one.
 */
function splitAuthority(rest: string): { userinfo: string | null; tail: string } {
  const slash = rest.search(/[/]/);
  const first = slash === -1 ? rest : rest.slice(0, slash);
  const at = first.lastIndexOf('@');
  if (at !== -1) return { userinfo: first.slice(0, at), tail: rest.slice(at + 1) };
  if (HOST_PORT.test(withoutQuery(first))) return { userinfo: null, tail: rest };
  for (let i = rest.lastIndexOf('@'); i > 0; i = rest.lastIndexOf('@', i - 1)) {
    const after = rest.slice(i + 1);
    const end = after.search(/[/?#]/);
    if (HOST_PORT.test(end === -1 ? after : after.slice(0, end))) return { userinfo: rest.slice(0, i), tail: after };
  }
  return { userinfo: null, tail: rest };
}

/**
 * The one way a remote URL is shown, logged or sent: without userinfo (user, password or token),
 * query and fragment, in every form git accepts (`scheme://…`, scp-style `user:token@host:path`).
 * Only the conventional ssh user `git` is kept (`git@github.com:o/r.git` still reads as itself);
 * any other user may be a token. Control and bidi-override characters become U+FFFD. Local paths
 * are returned as they are (after that replacement). Pure and idempotent.
 */
export function sanitizeRemoteUrl(raw: string): string {
  const url = raw.trim().replace(UNSAFE_CHARS, '\uFFFD');
  const m = URL_FORM.exec(url);
  if (m) {
    const scheme = m[1] ?? '';
    const { userinfo, tail } = splitAuthority(m[2] ?? '');
    const keepUser = userinfo === 'git' && /ssh/i.test(scheme);
    return `${scheme}://${keepUser ? 'git@' : ''}${withoutQuery(tail)}`;
  }
  // git's rule: a colon before the first slash makes it scp-style (`[user@]host:path`), unless it
  // is a Windows drive (`C:\repo`).
  const colon = url.indexOf(':');
  const slash = url.search(/[/\\]/);
  if (colon <= 0 || (slash !== -1 && slash < colon) || /^[a-z]:[/\\]/i.test(url)) return url;
  for (let i = url.lastIndexOf('@'); i > 0; i = url.lastIndexOf('@', i - 1)) {
    const after = url.slice(i + 1);
    if (SCP_HOST.test(after)) {
      const userinfo = url.slice(0, i);
      return `${userinfo === 'git' ? 'git@' : ''}${withoutQuery(after)}`;
    }
  }
  return withoutQuery(url);
}
