import { describe, expect, it } from 'vitest';
import { parseRemote, parseRemoteSlug, sanitizeRemoteUrl } from './remote-slug';

/** `scheme://user:password@rest`, assembled at run time so this file holds no credential-looking URL. */
const withPassword = (scheme: string, user: string, password: string, rest: string): string => [scheme, '://', user, ':', password, '@', rest].join('');

describe('parseRemoteSlug', () => {
  const table: Array<[string, string | null, string?]> = [
    // https, with and without user / password / port / .git / trailing slash
    ['https://github.com/owner/repo.git', 'owner/repo', 'github.com'],
    ['https://github.com/owner/repo', 'owner/repo'],
    ['https://github.com/owner/repo/', 'owner/repo'],
    ['https://github.com/owner/repo.git/', 'owner/repo'],
    ['https://github.com/owner/repo//', 'owner/repo'],
    ['http://github.com/owner/repo.git', 'owner/repo'],
    ['https://user@github.com/owner/repo.git', 'owner/repo', 'github.com'],
    [withPassword('https', 'user', 'p4ss', 'github.com/owner/repo.git'), 'owner/repo'],
    [withPassword('https', 'x-access-token', 'tok@en', 'github.com/owner/repo.git'), 'owner/repo', 'github.com'],
    ['https://GitHub.com:443/owner/repo.git', 'owner/repo', 'github.com'],
    ['https://git.example.com:8443/owner/repo.git', 'owner/repo', 'git.example.com'],
    ['  https://github.com/owner/repo.git\n', 'owner/repo'],
    ['https://github.com/owner/repo.GIT', 'owner/repo'],
    ['https://github.com/owner/my.repo.git', 'owner/my.repo'],
    ['https://github.com/owner/repo.git?foo=1#frag', 'owner/repo'],
    ['https://github.com/Owner-Name/Repo_Name.git', 'Owner-Name/Repo_Name'],
    ['https://github.com/owner/repo%20name.git', 'owner/repo name'],
    // ssh:// with user, port, no user
    ['ssh://git@github.com/owner/repo.git', 'owner/repo', 'github.com'],
    ['ssh://git@github.com:22/owner/repo.git', 'owner/repo', 'github.com'],
    ['ssh://github.com/owner/repo', 'owner/repo'],
    ['ssh://git@gitlab.example.com:2222/group/sub/repo.git/', 'group/sub/repo', 'gitlab.example.com'],
    ['git+ssh://git@github.com/owner/repo.git', 'owner/repo'],
    ['ssh+git://git@github.com/owner/repo.git', 'owner/repo'],
    ['ssh://git@[::1]:2222/owner/repo.git', 'owner/repo', '[::1]'],
    ['ssh://user@host/~/owner/repo.git', 'owner/repo'],
    ['git://github.com/owner/repo.git', 'owner/repo'],
    // scp-style
    ['git@github.com:owner/repo.git', 'owner/repo', 'github.com'],
    ['git@github.com:owner/repo', 'owner/repo'],
    ['git@github.com:owner/repo.git/', 'owner/repo'],
    ['github.com:owner/repo.git', 'owner/repo', 'github.com'],
    ['git@gitlab.com:group/subgroup/repo.git', 'group/subgroup/repo', 'gitlab.com'],
    ['git@gitlab.com:a/b/c/d/repo.git', 'a/b/c/d/repo'],
    ['org-123@github.com:owner/repo.git', 'owner/repo'],
    ['git@github.com:/owner/repo.git', 'owner/repo'],
    // nested groups over https
    ['https://gitlab.com/group/sub/repo.git', 'group/sub/repo', 'gitlab.com'],
    [withPassword('https', 'oauth2', 'tok', 'gitlab.com/group/sub/repo'), 'group/sub/repo'],
    // Azure DevOps
    ['https://dev.azure.com/org/project/_git/repo', 'org/project/repo', 'dev.azure.com'],
    ['https://org@dev.azure.com/org/project/_git/repo', 'org/project/repo'],
    ['git@ssh.dev.azure.com:v3/org/project/repo', 'org/project/repo', 'ssh.dev.azure.com'],
    // no slug: local paths, file URLs, too few segments
    ['/srv/git/repo.git', null],
    ['../other/repo', null],
    ['./repo', null],
    ['file:///srv/git/repo.git', null],
    ['C:\\code\\repo', null],
    ['C:/code/repo', null],
    ['https://github.com/repo.git', null],
    ['https://github.com/', null],
    ['https://github.com', null],
    ['git@github.com:repo.git', null],
    ['git@github.com:', null],
    ['', null],
    ['https://host/a/../b', null],
  ];

  it.each(table)('%j → %j', (url, slug, host) => {
    expect(parseRemoteSlug(url)).toBe(slug);
    if (host !== undefined) expect(parseRemote(url)?.host).toBe(host);
  });
});

describe('sanitizeRemoteUrl: hostile URLs lose userinfo, query and fragment', () => {
  /** A credential-looking value assembled at run time. */
  const tok = ['gh', 'p_', 'Tk9'.repeat(12)].join('');
  it.each([
    // userinfo in URL form: all of it, whatever the scheme (a token is often the "user")
    [withPassword('https', 'user', 'hunter2', 'github.com/o/r.git'), 'https://github.com/o/r.git'],
    [`https://${tok}@github.com/o/r.git`, 'https://github.com/o/r.git'],
    [withPassword('https', 'x', 'p@ss', 'github.com:443/o/r'), 'https://github.com:443/o/r'],
    [withPassword('https', 'x', 'p#ss', 'github.com/o/r'), 'https://github.com/o/r'],
    [withPassword('https', 'x', 'pa/ss', 'github.com/o/r'), 'https://github.com/o/r'],
    [withPassword('https', 'x', 'a@b@c', 'github.com/o/r'), 'https://github.com/o/r'],
    [`https://${tok}@github.com`, 'https://github.com'],
    ['ssh://git@github.com:22/o/r.git', 'ssh://git@github.com:22/o/r.git'],
    [withPassword('ssh', 'git', 'pw', 'github.com/o/r.git'), 'ssh://github.com/o/r.git'],
    [`ssh://${tok}@github.com/o/r.git`, 'ssh://github.com/o/r.git'],
    [`git+ssh://git@github.com/o/r.git`, 'git+ssh://git@github.com/o/r.git'],
    [`https://git@github.com/o/r.git`, 'https://github.com/o/r.git'],
    [withPassword('file', 'u', 'p', '/srv/r.git'), 'file:///srv/r.git'],
    // query and fragment
    [`https://gitlab.com/o/r.git?private_token=${tok}`, 'https://gitlab.com/o/r.git'],
    [`https://github.com/o/r.git#${tok}`, 'https://github.com/o/r.git'],
    [`https://github.com?token=${tok}`, 'https://github.com'],
    [`https://github.com/o/r.git?a=1&b=${tok}#frag`, 'https://github.com/o/r.git'],
    // scp form
    ['git@github.com:o/r.git', 'git@github.com:o/r.git'],
    ['github.com:o/r.git', 'github.com:o/r.git'],
    [`deploy:${tok}@github.com:o/r.git`, 'github.com:o/r.git'],
    [`${tok}@github.com:o/r.git`, 'github.com:o/r.git'],
    [`git:${tok}@github.com:o/r.git`, 'github.com:o/r.git'],
    [`u:a@b@github.com:o/r.git`, 'github.com:o/r.git'],
    [`git@github.com:o/r.git?x=${tok}`, 'git@github.com:o/r.git'],
    [`git@[::1]:o/r.git`, 'git@[::1]:o/r.git'],
    // control and bidi characters never reach a screen
    ['https://github.com/o/r\u202egit.exe', 'https://github.com/o/r\ufffdgit.exe'],
    [`https://github.com/o/r.git\n${tok}`, `https://github.com/o/r.git\ufffd${tok}`],
    // local paths stay as they are
    ['/local/path', '/local/path'],
    ['../other/repo', '../other/repo'],
    ['C:\\code\\repo', 'C:\\code\\repo'],
    ['  https://github.com/o/r.git\n', 'https://github.com/o/r.git'],
  ])('%s → %s', (url, expected) => {
    expect(sanitizeRemoteUrl(url)).toBe(expected);
    expect(sanitizeRemoteUrl(expected)).toBe(expected); // idempotent
  });

  it('never keeps a token, in any form', () => {
    const forms = [
      `https://${tok}@h.example/o/r`,
      `https://u:${tok}@h.example/o/r`,
      `https://h.example/o/r?t=${tok}`,
      `https://h.example/o/r#${tok}`,
      `${tok}@h.example:o/r`,
      `u:${tok}@h.example:o/r`,
      `ssh://u:${tok}@h.example:22/o/r`,
      `https://u:x/${tok}@h.example/o/r`,
    ];
    for (const f of forms) expect(sanitizeRemoteUrl(f)).not.toContain(tok.slice(4));
  });
});
