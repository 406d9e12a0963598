/**
 * Where a pull request's commits can be fetched from (pure): the repository (`host` + `owner/repo`)
 * and the ref on that remote. GitHub (and GitHub Enterprise) keep every pull request's head at
 * `refs/pull/N/head`, Gitea and Forgejo too; GitLab keeps merge requests at
 * `refs/merge-requests/N/head`. These refs exist for pull requests from forks as well, so the
 * remote the user already has is enough. When the API names the branch, `refs/heads/<branch>`.
 */
export interface PullRequestSource {
  url: string;
  /** Lower-case host name, as parseRemote gives it for the remote. */
  host: string;
  /** `owner/repo`, or `group/sub/repo` on GitLab. */
  slug: string;
  /** The pull request's number, when its URL has one. */
  number: number | null;
  /** The ref to fetch on the remote; null when this host keeps none and no branch is known. */
  remoteRef: string | null;
  /** `owner/repo#12` (GitLab: `group/repo!12`). */
  label: string;
}

/** A pull request URL's path forms: the repository's segments and the number's index. */
const FORMS: ReadonlyArray<{ re: RegExp; ref: ((n: number) => string) | null; mark: string }> = [
  // GitLab: /group/sub/repo/-/merge_requests/12[/diffs]
  { re: /^\/(.+?)\/-\/merge_requests\/(\d+)(?:\/.*)?$/, ref: (n) => `refs/merge-requests/${n}/head`, mark: '!' },
  // GitLab before 11: /group/repo/merge_requests/12
  { re: /^\/(.+?)\/merge_requests\/(\d+)(?:\/.*)?$/, ref: (n) => `refs/merge-requests/${n}/head`, mark: '!' },
  // GitHub and GitHub Enterprise: /owner/repo/pull/12[/files]
  { re: /^\/([^/]+\/[^/]+)\/pull\/(\d+)(?:\/.*)?$/, ref: (n) => `refs/pull/${n}/head`, mark: '#' },
  // Gitea, Forgejo: /owner/repo/pulls/12
  { re: /^\/([^/]+\/[^/]+)\/pulls\/(\d+)(?:\/.*)?$/, ref: (n) => `refs/pull/${n}/head`, mark: '#' },
  // Bitbucket Cloud: /workspace/repo/pull-requests/12 (no ref for it on the remote: only with a branch)
  { re: /^\/([^/]+\/[^/]+)\/pull-requests\/(\d+)(?:\/.*)?$/, ref: null, mark: '#' },
];

/**
 * A branch name we are willing to fetch (pure): git's own ref-name rules, more strictly (no
 * leading `-`, no spaces or control characters, no `..`, `@{`, `\`, `:`, `?`, `*`, `[`, `~`, `^`).
 */
export function isSafeBranchName(name: string): boolean {
  if (name === '' || name.length > 250 || name.startsWith('-') || name.startsWith('/') || name.endsWith('/')) return false;
  if (name.endsWith('.') || name.endsWith('.lock') || name.includes('..') || name.includes('@{') || name.includes('//')) return false;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f~^:?*[\\]/.test(name)) return false;
  return name.split('/').every((part) => part !== '' && !part.startsWith('.'));
}

/**
 * Reads a pull request URL (pure). Null when the URL is not an http(s) pull request page of a form
 * we know. `branch` (the head branch, when the API gives it) is preferred to the number's ref.
 */
export function pullRequestSource(url: string, branch: string | null = null): PullRequestSource | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (parsed.username || parsed.password) return null;
  const path = decodeURIComponentSafe(parsed.pathname).replace(/\/+$/, '');
  for (const form of FORMS) {
    const m = form.re.exec(path);
    if (!m) continue;
    const slug = (m[1] ?? '').replace(/\.git$/i, '');
    const segments = slug.split('/');
    if (segments.length < 2 || segments.some((s) => s === '' || s === '.' || s === '..' || s === '-')) return null;
    const number = Number(m[2]);
    if (!Number.isSafeInteger(number) || number <= 0) return null;
    const remoteRef = branch !== null && isSafeBranchName(branch) ? `refs/heads/${branch}` : form.ref ? form.ref(number) : null;
    return { url, host: parsed.hostname.toLowerCase(), slug, number, remoteRef, label: `${slug}${form.mark}${number}` };
  }
  return null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
