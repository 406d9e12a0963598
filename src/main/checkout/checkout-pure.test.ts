import { describe, expect, it } from 'vitest';
import { checkoutName, checkoutRefFor, shortSessionId, worktreePathFor } from './checkout-names';
import { gitMessage, redactUrlCredentials } from './checkout-error';
import { isFirstInRepo } from './checkout-service';
import { parseHandoffSources } from './handoff-sources';
import { parseWorktreeList } from './list-worktrees';
import { isSafeBranchName, pullRequestSource } from './pr-source';
import { parseRemoteUrls } from './read-remotes';
import { checkFetchUrl, chooseRemoteFor } from './remote-match';
import { parseStatusPaths } from './worktree-state';

describe('pullRequestSource (pure)', () => {
  it.each([
    ['https://github.com/acme/web/pull/7', { host: 'github.com', slug: 'acme/web', number: 7, remoteRef: 'refs/pull/7/head', label: 'acme/web#7' }],
    ['https://github.com/acme/web/pull/7/files#diff-1', { slug: 'acme/web', number: 7, remoteRef: 'refs/pull/7/head' }],
    ['https://GHE.corp.example/Team/App/pull/12', { host: 'ghe.corp.example', slug: 'Team/App', remoteRef: 'refs/pull/12/head' }],
    ['https://gitlab.com/group/sub/repo/-/merge_requests/5', { host: 'gitlab.com', slug: 'group/sub/repo', remoteRef: 'refs/merge-requests/5/head', label: 'group/sub/repo!5' }],
    ['https://gitlab.example/group/repo/merge_requests/5/diffs', { slug: 'group/repo', remoteRef: 'refs/merge-requests/5/head' }],
    ['https://codeberg.org/o/r/pulls/3', { slug: 'o/r', remoteRef: 'refs/pull/3/head' }],
    ['https://bitbucket.org/ws/repo/pull-requests/9', { slug: 'ws/repo', remoteRef: null }],
  ])('%s', (url, expected) => {
    expect(pullRequestSource(url)).toMatchObject(expected);
  });

  it.each(['not a url', 'ftp://github.com/o/r/pull/1', 'https://user:tok@github.com/o/r/pull/1', 'https://github.com/o/r/pull/0', 'https://github.com/o/r/issues/1', 'https://github.com/o/pull/1', 'https://github.com/../r/pull/1'])(
    'not a pull request we read: %s',
    (url) => {
      expect(pullRequestSource(url)).toBeNull();
    },
  );

  it('a branch the API names wins over the number; an unsafe branch name is ignored', () => {
    expect(pullRequestSource('https://bitbucket.org/ws/repo/pull-requests/9', 'devin/fix-1')?.remoteRef).toBe('refs/heads/devin/fix-1');
    expect(pullRequestSource('https://github.com/o/r/pull/2', '-upload-pack=x')?.remoteRef).toBe('refs/pull/2/head');
    for (const bad of ['', '-x', 'a..b', 'a b', 'a:b', 'a/.x', 'x.lock', 'a\\b', 'a@{1}', '/a', 'a/', 'a\u0001']) expect(isSafeBranchName(bad)).toBe(false);
    expect(isSafeBranchName('devin/feature-1.2')).toBe(true);
  });
});

describe('checkout names (pure)', () => {
  it('short id, worktree beside the repo, our ref; -pr<N> for a second pull request in the same repository', () => {
    expect(shortSessionId('devin-3F9A0c1d2e4b')).toBe('3f9a0c1d');
    expect(shortSessionId('devin-')).toBe('session');
    expect(worktreePathFor('/home/me/src/web', checkoutName('devin-3f9a0c1d2e4b', 7, true))).toBe('/home/me/src/web-devin-3f9a0c1d');
    expect(checkoutRefFor(checkoutName('devin-3f9a0c1d2e4b', 8, false))).toBe('refs/devin-tray/3f9a0c1d-pr8');
  });

  it('isFirstInRepo: the first of the session’s pull requests on that repository', () => {
    const prs = [
      { url: 'https://github.com/a/other/pull/1', state: null },
      { url: 'https://github.com/a/web/pull/2', state: null },
      { url: 'https://github.com/A/Web/pull/3', state: null },
    ];
    const second = pullRequestSource('https://github.com/a/web/pull/2');
    const third = pullRequestSource('https://github.com/A/Web/pull/3');
    expect(second && isFirstInRepo(prs, second)).toBe(true);
    expect(third && isFirstInRepo(prs, third)).toBe(false);
  });
});

describe('remotes (pure)', () => {
  it.each([
    ['https://github.com/o/r.git', null],
    ['https://x-access-token:tok@github.com/o/r', null],
    ['git@github.com:o/r.git', null],
    ['ssh://git@github.com:2222/o/r.git', null],
    ['git+ssh://github.com/o/r', null],
    ['http://github.com/o/r', 'plain-http'],
    ['git://github.com/o/r', 'not-hosted'],
    ['file:///srv/o/r.git', 'not-hosted'],
    ['/srv/o/r.git', 'not-hosted'],
    ['ext::sh -c touch% /tmp/x', 'unsafe'],
    ['ext::sh', 'not-hosted'],
    ['ssh://-oProxyCommand=x@github.com/o/r', 'unsafe'],
    ['-oProxyCommand=x:o/r', 'unsafe'],
    ['https://github.com/o/r\nx', 'unsafe'],
  ])('checkFetchUrl(%s) → %s', (url, expected) => {
    expect(checkFetchUrl(url)).toBe(expected);
  });

  it('chooseRemoteFor: same host and owner/repo (case aside), origin first; refused URLs reported; any host only when the user named the repository', () => {
    const pr = { host: 'github.com', slug: 'acme/web' };
    const remotes = [
      { name: 'fork', url: 'git@github.com:me/web.git' },
      { name: 'mirror', url: 'https://github.com/Acme/Web.git' },
      { name: 'origin', url: 'git@ssh.github.com:acme/web.git' },
    ];
    expect(chooseRemoteFor(pr, remotes)).toEqual({ ok: true, remote: remotes[2] });
    expect(chooseRemoteFor(pr, [{ name: 'origin', url: 'http://github.com/acme/web' }])).toEqual({
      ok: false,
      refused: [{ remote: { name: 'origin', url: 'http://github.com/acme/web' }, reason: 'plain-http' }],
    });
    const alias = [{ name: 'origin', url: 'github-work:acme/web.git' }];
    expect(chooseRemoteFor(pr, alias).ok).toBe(false);
    expect(chooseRemoteFor(pr, alias, true)).toEqual({ ok: true, remote: alias[0] });
  });

  it('parseRemoteUrls: the first URL of each remote, dotted names included', () => {
    expect(parseRemoteUrls('remote.origin.url\nhttps://a/o/r\0remote.my.fork.url\ngit@b:o/r\0remote.origin.url\nhttps://second\0')).toEqual([
      { name: 'origin', url: 'https://a/o/r' },
      { name: 'my.fork', url: 'git@b:o/r' },
    ]);
  });
});

describe('git output (pure)', () => {
  it('parseWorktreeList', () => {
    const text = 'worktree /r\nHEAD aaa\nbranch refs/heads/main\n\nworktree /r-devin-x\nHEAD bbb\ndetached\n\nworktree /gone\nHEAD ccc\ndetached\nprunable gitdir file points to non-existent location\n\n';
    expect(parseWorktreeList(text)).toEqual([
      { path: '/r', head: 'aaa', branch: 'refs/heads/main', detached: false, bare: false, prunable: false, locked: false },
      { path: '/r-devin-x', head: 'bbb', branch: null, detached: true, bare: false, prunable: false, locked: false },
      { path: '/gone', head: 'ccc', branch: null, detached: true, bare: false, prunable: true, locked: false },
    ]);
  });

  it('parseStatusPaths: a rename names its new path once', () => {
    expect(parseStatusPaths(' M a.txt\0R  new.txt\0old.txt\0?? dir/x y.txt\0')).toEqual(['a.txt', 'new.txt', 'dir/x y.txt']);
  });

  it('gitMessage keeps what git said that matters, without credentials', () => {
    const stderr = "Cloning...\nremote: Repository not found.\nfatal: repository 'https://me:ghp_secret@github.com/o/r.git/' not found\n";
    expect(gitMessage(stderr, 128)).toBe("remote: Repository not found. fatal: repository 'https://github.com/o/r.git/' not found");
    expect(gitMessage('', 1)).toBe('exit code 1');
    expect(redactUrlCredentials('ssh://git@host/x and https://tok@h/y')).toBe('ssh://host/x and https://h/y');
  });

  it('parseHandoffSources keeps well-formed entries, one per session', () => {
    expect(
      parseHandoffSources({
        items: [
          { sessionId: 'devin-1', root: '/a', repo: 'o/r', at: 't' },
          { sessionId: 'devin-1', root: '/b', repo: null, at: 't' },
          { sessionId: '', root: '/c', at: 't' },
          null,
          { sessionId: 'devin-2', root: '/d', repo: 7, at: 't' },
        ],
      }),
    ).toEqual([
      { sessionId: 'devin-1', root: '/a', repo: 'o/r', at: 't' },
      { sessionId: 'devin-2', root: '/d', repo: null, at: 't' },
    ]);
    expect(parseHandoffSources('nonsense')).toEqual([]);
  });
});
