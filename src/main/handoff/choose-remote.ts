import { parseRemote, sanitizeRemoteUrl } from './remote-slug';
import type { HandoffWarning, RemoteInfo } from './types';

/**
 * Picks the remote whose slug goes into `repos`: `origin`, else the remote the branch tracks, else
 * the only remote. Pure; returns the warning to show when there is no usable slug.
 */
export function chooseRemote(
  remotes: ReadonlyArray<{ name: string; url: string }>,
  upstreamRemote: string | null,
): { remote: RemoteInfo | null; warning: HandoffWarning | null } {
  const picked =
    remotes.find((r) => r.name === 'origin') ??
    remotes.find((r) => r.name === upstreamRemote) ??
    (remotes.length === 1 ? remotes[0] : undefined);
  if (!picked) {
    if (remotes.length === 0) return { remote: null, warning: { code: 'NO_REMOTE', params: {} } };
    return {
      remote: null,
      warning: { code: 'AMBIGUOUS_REMOTE', params: { remotes: remotes.map((r) => r.name).join(', ') } },
    };
  }
  const parsed = parseRemote(picked.url);
  const remote: RemoteInfo = {
    name: picked.name,
    url: sanitizeRemoteUrl(picked.url),
    host: parsed?.host ?? null,
    slug: parsed?.slug ?? null,
  };
  const warning: HandoffWarning | null = parsed
    ? null
    : { code: 'REMOTE_NOT_HOSTED', params: { remote: picked.name, url: remote.url } };
  return { remote, warning };
}
