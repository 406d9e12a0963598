import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createThrowawayCa, type ThrowawayCa } from '../network/testing/throwaway-ca';
import { createCheckoutService, type CheckoutService } from './checkout-service';
import { createHandoffSources } from './handoff-sources';
import { makeRoundTrip, PR_URL, REMOTE_URL, SESSION_ID, type RoundTrip } from './round-trip-fixture';

/**
 * A repository whose own config names programs for every step of a checkout: the fetch (an ssh
 * command, credential helpers, an askpass, an alternates command), the new worktree (hooks
 * incl. post-checkout and reference-transaction, a smudge filter the pull request's
 * .gitattributes asks for), reading its state (fsmonitor) and the update (post-merge). Each
 * program appends its name to a log. The checkout, update and remove run first and must leave the
 * log empty; then plain git shows each program does run (the repository is really armed).
 * The user's own ssh command and credential helper (global config) are the ones used.
 */
const run = promisify(execFile);

describe('a hostile repository config runs nothing during checkout, update and remove', () => {
  let rt: RoundTrip;
  let service: CheckoutService;
  let log: string;
  let userLog: string;
  const worktree = () => join(rt.base, 'work', 'web-devin-3f9a0c1d');
  const ran = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : []);
  const userRan = () => (existsSync(userLog) ? readFileSync(userLog, 'utf8').split('\n').filter(Boolean) : []);

  /** A program that logs `name`; filters pass their input through, the rest end at once. */
  const program = (name: string, kind: 'filter' | 'quiet' | 'fail' = 'quiet', into = log) => {
    const path = join(rt.base, `evil-${name}.sh`);
    const tail = kind === 'filter' ? 'exec cat' : kind === 'fail' ? 'exit 1' : 'exit 0';
    writeFileSync(path, `#!/bin/sh\necho ${name} >> '${into}'\n${tail}\n`);
    chmodSync(path, 0o755);
    return path;
  };
  const cfg = (...args: string[]) => execFileSync('git', ['config', ...args], { cwd: rt.repo.dir });
  /**
   * Plain git, failures ignored (only the log counts). Asynchronous: the https server answering it
   * runs in this process.
   */
  const plain = async (cwd: string, ...args: string[]) => {
    await run('git', args, { cwd, env: { ...process.env, GIT_TERMINAL_PROMPT: '0' }, timeout: 20_000 }).catch((e: unknown) => {
      if (process.env['CHECKOUT_TEST_DEBUG']) console.log(String((e as { stderr?: string }).stderr ?? e));
    });
  };

  beforeEach(async () => {
    rt = makeRoundTrip();
    log = join(rt.base, 'ran.log');
    userLog = join(rt.base, 'user.log');
    const sources = createHandoffSources(join(rt.base, 'handoff-sources.json'));
    await sources.record({ sessionId: SESSION_ID, root: rt.repo.dir, repo: 'acme/web', at: new Date(0).toISOString() });
    service = createCheckoutService({ getSession: async (id) => ({ id, prs: [{ url: PR_URL, state: 'open' }] }), sources, recentRepos: async () => [] });
  });
  afterEach(() => rt.cleanup());

  it('fsmonitor, hooks (post-checkout, reference-transaction, post-merge, post-index-change), smudge filters, alternateRefsCommand, sshCommand, credential helpers, askpass', async () => {
    // The pull request asks for the filter on its files.
    rt.pushToPr('.gitattributes', '*.txt filter=evil\n');
    cfg('core.fsmonitor', program('fsmonitor'));
    for (const hook of ['post-checkout', 'reference-transaction', 'post-merge', 'post-index-change', 'pre-auto-gc']) {
      const hooks = join(rt.repo.dir, '.git', 'hooks');
      mkdirSync(hooks, { recursive: true });
      writeFileSync(join(hooks, hook), readFileSync(program(`hook-${hook}`)));
      chmodSync(join(hooks, hook), 0o755);
    }
    cfg('filter.evil.smudge', program('smudge', 'filter'));
    cfg('filter.evil.clean', program('clean', 'filter'));
    cfg('filter.evil.process', program('process', 'filter'));
    cfg('core.sshCommand', program('sshCommand', 'fail'));
    cfg('credential.helper', `!${program('credential')}`);
    cfg('credential.https://github.com.helper', `!${program('credential-url')}`);
    cfg('core.askPass', program('askPass'));
    cfg('core.gitProxy', program('gitProxy', 'fail'));
    // Alternates make a fetch run the alternates command to learn their refs.
    const alt = join(rt.base, 'alt.git');
    execFileSync('git', ['clone', '-q', '--bare', rt.bare, alt]);
    writeFileSync(join(rt.repo.dir, '.git', 'objects', 'info', 'alternates'), `${join(alt, 'objects')}\n`);
    cfg('core.alternateRefsCommand', program('alternateRefsCommand'));
    const before = rt.snapshot();

    expect(await service.checkout({ sessionId: SESSION_ID })).toMatchObject({ outcome: 'created', head: rt.prHead() });
    // The smudge filter was not run: the file is as committed.
    expect(readFileSync(join(worktree(), 'feature.txt'), 'utf8')).toBe('made by Devin\n');
    rt.pushToPr('feature.txt', 'v2\n');
    expect(await service.update({ sessionId: SESSION_ID })).toMatchObject({ outcome: 'updated' });
    const status = await service.status(SESSION_ID);
    await service.remove({ sessionId: SESSION_ID, token: status.prs[0]?.worktree?.token ?? '' });
    expect(existsSync(worktree())).toBe(false);
    expect(ran()).toEqual([]);
    expect(rt.snapshot()).toEqual(before);

    // The controls: plain git runs every one of them.
    await plain(rt.repo.dir, 'fetch', REMOTE_URL, '+refs/pull/7/head:refs/control');
    await plain(rt.repo.dir, 'worktree', 'add', '--detach', join(rt.base, 'control-wt'), 'refs/control');
    await plain(join(rt.base, 'control-wt'), 'status');
    await plain(join(rt.base, 'control-wt'), 'merge', '--ff-only', 'refs/control');
    // (filter.evil.process outranks its smudge, so the process filter is the one that runs.)
    expect(new Set(ran())).toEqual(new Set(['alternateRefsCommand', 'hook-reference-transaction', 'hook-post-checkout', 'hook-post-index-change', 'process', 'fsmonitor']));
  });

  it('a fetch over ssh uses the user’s own ssh command (global), never the repository’s', async () => {
    rt.rewriteRemoteTo('ssh://git@localhost/acme/web.git');
    rt.addGlobalConfig(`[core]\n\tsshCommand = ${program('user-ssh', 'fail', userLog)}\n`);
    cfg('core.sshCommand', program('sshCommand', 'fail'));
    cfg('ssh.variant', 'plink');
    await expect(service.checkout({ sessionId: SESSION_ID })).rejects.toMatchObject({
      code: 'CHECKOUT_FETCH_FAILED',
      params: { detail: expect.stringContaining('Could not read from remote repository') },
    });
    expect(new Set(userRan())).toEqual(new Set(['user-ssh'])); // git may run it twice (a `-G` probe first)
    expect(ran()).toEqual([]);
    expect(existsSync(worktree())).toBe(false);
    await plain(rt.repo.dir, 'fetch', REMOTE_URL, 'refs/pull/7/head');
    expect(ran()).toEqual(['sshCommand']);
  });

  describe('over https, asked for a login', () => {
    let ca: ThrowawayCa;
    let server: Server;
    let port: number;
    // This machine's environment may name a CA bundle (GIT_SSL_CAINFO outranks any config): here the user's global config names the test CA instead.
    const caVars = ['GIT_SSL_CAINFO', 'GIT_SSL_CAPATH', 'SSL_CERT_FILE', 'SSL_CERT_DIR', 'CURL_CA_BUNDLE'] as const;
    const savedCa: Record<string, string | undefined> = {};
    beforeAll(async () => {
      for (const v of caVars) {
        savedCa[v] = process.env[v];
        delete process.env[v];
      }
      ca = createThrowawayCa(['localhost']);
      server = createServer({ cert: ca.certPem, key: ca.keyPem }, (_req, res) => {
        res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="acme"' });
        res.end();
      });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise((done) => server.close(done));
      ca.dispose();
      for (const v of caVars) if (savedCa[v] !== undefined) process.env[v] = savedCa[v];
    });

    it('only the user’s own credential helpers are asked; the repository’s helpers and askpass never run', async () => {
      rt.rewriteRemoteTo(`https://localhost:${port}/acme/web.git`);
      rt.addGlobalConfig(`[http]\n\tsslCAInfo = ${ca.caFile}\n[credential]\n\thelper = !${program('user-credential', 'quiet', userLog)}\n`);
      cfg('credential.helper', `!${program('credential')}`);
      cfg(`credential.https://localhost:${port}.helper`, `!${program('credential-url')}`);
      cfg('core.askPass', program('askPass'));
      await expect(service.checkout({ sessionId: SESSION_ID })).rejects.toMatchObject({
        code: 'CHECKOUT_FETCH_FAILED',
        params: { detail: expect.stringContaining('could not read Username') },
      });
      expect(userRan()).toEqual(['user-credential']);
      expect(ran()).toEqual([]);
      // The control: plain git asks the repository's helpers and its askpass.
      await plain(rt.repo.dir, 'fetch', REMOTE_URL, 'refs/pull/7/head');
      expect(ran()).toEqual(expect.arrayContaining(['credential', 'credential-url', 'askPass']));
    });
  });

  it.each([
    ['url.<x>.insteadOf (an ext:: helper)', (p: (n: string) => string) => cfg(`url.ext::${p('ext')} %S .insteadOf`, 'https://github.com/'), 'url.ext::'],
    ['a remote named after the URL, with its own upload-pack', (p: (n: string) => string) => {
      cfg(`remote.${REMOTE_URL}.url`, rt.bare);
      cfg(`remote.${REMOTE_URL}.uploadpack`, p('uploadpack'));
    }, `remote.${REMOTE_URL}.url`],
    ['http.sslVerify=false and a proxy', () => {
      cfg('http.sslVerify', 'false');
      cfg('http.proxy', 'http://127.0.0.1:9');
    }, 'http.sslverify'],
  ])('refused, naming the key: %s', async (_name, arm, key) => {
    arm((n) => program(n));
    await expect(service.checkout({ sessionId: SESSION_ID })).rejects.toMatchObject({
      code: 'GIT_NETWORK_CONFIG_UNSAFE',
      params: { path: rt.repo.dir, keys: expect.stringContaining(key) },
    });
    expect(ran()).toEqual([]);
    expect(existsSync(worktree())).toBe(false);
  });

  it('the controls for the refused ones: plain git runs the ext:: helper and the upload-pack', async () => {
    rt.rewriteRemoteTo(null); // the user's own rewrite would win over the repository's
    cfg(`url.ext::${program('ext')} %S .insteadOf`, 'https://github.com/');
    await plain(rt.repo.dir, '-c', 'protocol.ext.allow=always', 'fetch', REMOTE_URL, 'refs/pull/7/head');
    expect(ran()).toContain('ext');
    cfg('--unset', `url.ext::${join(rt.base, 'evil-ext.sh')} %S .insteadOf`);
    cfg(`remote.${REMOTE_URL}.url`, rt.bare);
    cfg(`remote.${REMOTE_URL}.uploadpack`, program('uploadpack'));
    await plain(rt.repo.dir, 'fetch', REMOTE_URL, 'refs/pull/7/head');
    expect(ran()).toContain('uploadpack');
  });
});
