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

/**
 * The URL without credentials, safe to show and send. For http(s) the whole userinfo goes (a token
 * is often the "user"); for ssh only a password would be removed (the user, e.g. `git`, is kept).
 */
export function redactRemoteUrl(raw: string): string {
  const url = raw.trim();
  const m = URL_FORM.exec(url);
  if (!m) return url;
  const scheme = m[1] ?? '';
  const rest = m[2] ?? '';
  const slash = rest.indexOf('/');
  const authority = slash === -1 ? rest : rest.slice(0, slash);
  const tail = slash === -1 ? '' : rest.slice(slash);
  const at = authority.lastIndexOf('@');
  if (at === -1) return url;
  const userinfo = authority.slice(0, at);
  const hostPort = authority.slice(at + 1);
  const isSsh = /ssh/i.test(scheme);
  const keptUser = isSsh ? userinfo.split(':')[0] : '';
  return `${scheme}://${keptUser ? `${keptUser}@` : ''}${hostPort}${tail}`;
}
