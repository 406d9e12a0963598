import { describe, expect, it } from 'vitest';
import { fetchPolicy, parseScopedConfigList, refusedRepoKey, type ScopedConfigEntry } from './git-network';

const e = (scope: string, key: string, value: string | null = 'x'): ScopedConfigEntry => ({ scope, key, value });

describe('parseScopedConfigList (pure)', () => {
  it('reads `scope\\0key\\nvalue\\0`, keys without a value and values with newlines included', () => {
    expect(parseScopedConfigList('global\0core.sshcommand\nssh -i k\0local\0credential.https://Example.com.helper\n!a\nb\0command\0core.bare\0')).toEqual([
      { scope: 'global', key: 'core.sshcommand', value: 'ssh -i k' },
      { scope: 'local', key: 'credential.https://Example.com.helper', value: '!a\nb' },
      { scope: 'command', key: 'core.bare', value: null },
    ]);
  });
});

describe('refusedRepoKey (pure)', () => {
  it.each([
    ['url.ext::sh -c x.insteadof', 'rewrites-url'],
    ['url.https://evil.example/.pushinsteadof', 'rewrites-url'],
    ['remote.https://github.com/o/r.git.uploadpack', 'remote-named-by-url'],
    ['remote.git@github.com:o/r.git.url', 'remote-named-by-url'],
    ['http.proxy', 'http-setting'],
    ['http.sslverify', 'http-setting'],
    ['http.https://github.com.sslcainfo', 'http-setting'],
    ['http.extraheader', 'http-setting'],
    ['http.curloptresolve', 'http-setting'],
    ['fetch.bundleuri', 'bundle-uri'],
  ])('%s is refused (%s)', (key, reason) => {
    expect(refusedRepoKey(key)).toBe(reason);
  });

  it.each(['remote.origin.url', 'remote.origin.uploadpack', 'remote.my.fork.url', 'http.postbuffer', 'http.https://github.com.lowspeedtime', 'core.sshcommand', 'credential.helper', 'protocol.ext.allow', 'fetch.prune'])(
    '%s is not refused (unused by a fetch by URL, harmless, or overridden)',
    (key) => {
      expect(refusedRepoKey(key)).toBeNull();
    },
  );
});

describe('fetchPolicy (pure)', () => {
  it('refuses, naming each key once, what the repository (local, worktree, its includes) sets; the user’s own scopes may set it', () => {
    const r = fetchPolicy([e('global', 'http.proxy'), e('local', 'http.sslverify', 'false'), e('worktree', 'url.x.insteadof'), e('local', 'http.sslverify', 'no')], {});
    expect(r).toEqual({ ok: false, keys: ['http.sslverify', 'url.x.insteadof'] });
  });

  it('programs come from the user’s config: ssh command and variant, credential helpers (reset, then given again in order); askpass and alternates command off', () => {
    const r = fetchPolicy(
      [
        e('system', 'credential.helper', 'cache'),
        e('global', 'core.sshcommand', 'ssh -i ~/.ssh/work'),
        e('global', 'credential.https://git.example.com.helper', 'store'),
        e('global', 'ssh.variant', 'ssh'),
        e('local', 'core.sshcommand', '/tmp/evil'),
        e('local', 'credential.helper', '!evil'),
        e('local', 'core.askpass', '/tmp/evil'),
        e('global', 'credential.https://a=b.helper', 'x'),
      ],
      { SSH_AUTH_SOCK: '/run/agent', HTTPS_PROXY: 'http://proxy:3128', DEVIN_API_KEY: 'cog_secret', GIT_SSH_COMMAND: 'evil', NO_PROXY: '' },
    );
    expect(r).toEqual({
      ok: true,
      config: [
        ['core.alternateRefsCommand', ''],
        ['credential.helper', ''],
        ['credential.helper', 'cache'],
        ['credential.https://git.example.com.helper', 'store'],
      ],
      env: {
        SSH_AUTH_SOCK: '/run/agent',
        HTTPS_PROXY: 'http://proxy:3128',
        GIT_ALLOW_PROTOCOL: 'https:ssh:file',
        GIT_SSH_COMMAND: 'ssh -i ~/.ssh/work',
        GIT_SSH_VARIANT: 'ssh',
        GIT_ASKPASS: '',
      },
    });
  });

  it('without settings of the user’s: plain ssh, automatic variant, no helper', () => {
    const r = fetchPolicy([e('local', 'core.sshcommand', '/tmp/evil'), e('command', 'core.fsmonitor', 'false')], {});
    expect(r.ok && r.env).toMatchObject({ GIT_SSH_COMMAND: 'ssh', GIT_SSH_VARIANT: 'auto' });
    expect(r.ok && r.config).toEqual([
      ['core.alternateRefsCommand', ''],
      ['credential.helper', ''],
    ]);
  });
});
