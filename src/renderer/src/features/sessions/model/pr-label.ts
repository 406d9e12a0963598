/**
 * A short label for a pull request URL: "owner/repo#123" for GitHub-style and GitLab-style
 * paths (`/pull/123`, `/pulls/123`, `/-/merge_requests/123`), else the host and path.
 */
export function prLabel(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const m = /^\/(.+?)\/(?:-\/)?(?:pulls?|merge_requests)\/(\d+)/.exec(u.pathname);
  if (m) return `${m[1]}#${m[2]}`;
  return `${u.host}${u.pathname}`.replace(/\/$/, '');
}
