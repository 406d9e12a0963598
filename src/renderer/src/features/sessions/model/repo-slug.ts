/** Result of reading a repository the user typed. */
export type RepoSlugResult = { ok: true; slug: string } | { ok: false };

// Owner: GitHub-style names (letters, digits, hyphen, also `.`/`_` for other hosts); repo: letters, digits, `.`, `_`, `-`.
const SLUG = /^([A-Za-z0-9][A-Za-z0-9_.-]{0,99})\/([A-Za-z0-9_.-]{1,100})$/;

/**
 * `owner/repo`, as the API's `repos` wants it (pure). A pasted URL or clone address is
 * accepted and reduced (`https://github.com/acme/api.git` → `acme/api`); anything else is not.
 */
export function parseRepoSlug(input: string): RepoSlugResult {
  let s = input.trim();
  s = s.replace(/^https?:\/\/[^/]+\//i, '').replace(/^git@[^:]+:/i, '');
  s = s.replace(/\.git$/i, '').replace(/\/+$/, '');
  const m = SLUG.exec(s);
  if (!m) return { ok: false };
  const repo = m[2] as string;
  if (repo === '.' || repo === '..' || m[1]?.includes('..')) return { ok: false };
  return { ok: true, slug: `${m[1]}/${repo}` };
}
