import { parseRemote } from '../handoff/remote-slug';
import type { PullRequestSource } from './pr-source';

/** A remote as the repository's config names it. */
export interface NamedRemote {
  name: string;
  url: string;
}

/** Why a remote URL is not fetched from (the message is `checkout.urlRefused.<reason>`). */
export type UrlRefusal = 'plain-http' | 'not-hosted' | 'unsafe';

/**
 * Whether we fetch from this remote URL (pure). Only the forms that reach a hosting service with
 * the user's own credentials: `https://`, `ssh://` (also `git+ssh://`, `ssh+git://`) and scp-style
 * `user@host:path`. No user name or host may start with `-` (ssh would read it as an option), no
 * spaces or control characters. Plain `http://` is refused (credentials in clear); local paths,
 * `file://`, `git://` and helpers (`ext::`, `foo::url`) are not hosted remotes.
 */
export function checkFetchUrl(url: string): UrlRefusal | null {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f]/.test(url)) return 'unsafe';
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  let authority: string;
  if (scheme !== undefined) {
    if (scheme === 'http') return 'plain-http';
    if (!['https', 'ssh', 'git+ssh', 'ssh+git'].includes(scheme)) return 'not-hosted';
    authority = url.slice(scheme.length + 3).split('/')[0] ?? '';
  } else {
    if (url.includes('::')) return 'not-hosted'; // a remote helper: `ext::…`, `fd::…`
    const colon = url.indexOf(':');
    const slash = url.indexOf('/');
    if (colon <= 0 || (slash !== -1 && slash < colon)) return 'not-hosted'; // a local path
    authority = url.slice(0, colon);
  }
  const at = authority.lastIndexOf('@');
  const user = at === -1 ? '' : authority.slice(0, at);
  const host = authority.slice(at + 1);
  if (host === '' || host.startsWith('-') || user.startsWith('-')) return 'unsafe';
  return null;
}

/** Host names compared without the prefixes hosts use for the same service (`ssh.github.com`, `www.`). */
function sameHost(a: string, b: string): boolean {
  const norm = (h: string) => h.toLowerCase().replace(/^(ssh|www)\./, '');
  return norm(a) === norm(b);
}

export type RemoteChoice = { ok: true; remote: NamedRemote } | { ok: false; refused: Array<{ remote: NamedRemote; reason: UrlRefusal }> };

/**
 * The remote of this repository to fetch the pull request from (pure): one whose URL is the pull
 * request's repository (same host, same `owner/repo`, case aside), `origin` first, then `upstream`,
 * then the rest in config order. With `anyHost` (the user named the repository), the host may
 * differ (an ssh alias such as `github-work:owner/repo`). Matching remotes whose URL we do not fetch
 * from come back as `refused`.
 */
export function chooseRemoteFor(pr: Pick<PullRequestSource, 'host' | 'slug'>, remotes: readonly NamedRemote[], anyHost = false): RemoteChoice {
  const rank = (r: NamedRemote) => (r.name === 'origin' ? 0 : r.name === 'upstream' ? 1 : 2);
  const matching = remotes
    .map((remote, index) => ({ remote, index, parsed: parseRemote(remote.url) }))
    .filter(({ parsed }) => parsed !== null && parsed.slug.toLowerCase() === pr.slug.toLowerCase() && (anyHost || sameHost(parsed.host, pr.host)))
    .sort((a, b) => rank(a.remote) - rank(b.remote) || a.index - b.index);
  const refused: Array<{ remote: NamedRemote; reason: UrlRefusal }> = [];
  for (const { remote } of matching) {
    const reason = checkFetchUrl(remote.url);
    if (reason === null) return { ok: true, remote };
    refused.push({ remote, reason });
  }
  return { ok: false, refused };
}
