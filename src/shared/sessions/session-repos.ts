/**
 * The repositories a session works on. `SessionResponse` has no repository field (the contract
 * lists none), so they come from what we sent at create (`repos`) and from the session's pull
 * request URLs. Pure.
 */

const PR_PATHS: RegExp[] = [
  /^\/([^/]+\/[^/]+)\/pulls?\/\d+/, // GitHub: /owner/repo/pull/12
  /^\/(.+?)\/-\/merge_requests\/\d+/, // GitLab: /group/sub/repo/-/merge_requests/12
  /^\/([^/]+\/[^/]+)\/pull-requests\/\d+/, // Bitbucket: /owner/repo/pull-requests/12
  /^\/[^/]+\/[^/]+\/_git\/([^/]+)\/pullrequest\/\d+/, // Azure DevOps: /org/project/_git/repo/pullrequest/12
];

/** `owner/repo` (GitLab: the full group path) of a pull request URL; null when the URL is not one we know. */
export function repoOfPrUrl(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  for (const re of PR_PATHS) {
    const m = re.exec(u.pathname);
    if (m?.[1]) return decodeURIComponent(m[1]);
  }
  return null;
}

/** The repositories sent at create first, then those its PRs name; each once, in that order. */
export function sessionRepos(sent: readonly string[] | undefined, prUrls: readonly string[]): string[] {
  const out: string[] = [];
  for (const r of [...(sent ?? []), ...prUrls.map(repoOfPrUrl)]) {
    if (r && !out.includes(r)) out.push(r);
  }
  return out;
}
