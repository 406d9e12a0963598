import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryKeyStore } from '../../main/account/key-store';
import { createHandoffSources, handoffSourcesFile } from '../../main/checkout/handoff-sources';
import { git } from '../../main/handoff/repo-fixture';
import { makeRoundTrip, PR_URL, type RoundTrip } from '../../main/checkout/round-trip-fixture';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import { runCli } from '../index';
import type { CliIO } from '../types';

/**
 * `devin-tray checkout` end to end: devin-sim serves the session and its pull request, real git
 * fetches the pull request from a local bare repository that the user's remote resolves to
 * (their global url.<bare>.insteadOf). One test per exit code.
 */
let sim: SimHandle;
let dir: string;
let rt: RoundTrip;
beforeAll(async () => {
  sim = await startSim();
});
afterAll(() => sim.close());
beforeEach(() => {
  sim.control.reset();
  dir = mkdtempSync(join(tmpdir(), 'cli-checkout-'));
  rt = makeRoundTrip();
});
afterEach(() => {
  rt.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

async function cli(argv: string[], locale: CliIO['locale'] = 'en', cwd = '/') {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: async () => '',
    env: { DEVIN_API_KEY: SIM_KEYS.org, DEVIN_API_URL: sim.baseUrl, DEVIN_ORG_ID: SIM_ORG.org_id },
    cwd,
    locale,
  };
  const code = await runCli(argv, io, { userDataDir: dir, keyStore: new MemoryKeyStore() });
  return { code, out: out.join(''), err: err.join('') };
}

/** A session with the round trip's pull request, handed off (as far as this machine knows) from the user's clone. */
async function sessionWithPr(prUrl = PR_URL): Promise<string> {
  const s = sim.control.createSession({ title: 'Add the feature', pull_requests: [{ pr_url: prUrl, pr_state: 'open' }] });
  await createHandoffSources(handoffSourcesFile(dir)).record({ sessionId: s.session_id, root: rt.repo.dir, repo: 'acme/web', at: new Date().toISOString() });
  return s.session_id;
}

const worktree = () => join(rt.base, 'work', 'web-devin-');

describe('devin-tray checkout', () => {
  it('exit 0: prints {worktree, ref, head, pr_url}; run again after the pull request moved on, it fast-forwards', async () => {
    const id = await sessionWithPr();
    const short = id.slice('devin-'.length, 'devin-'.length + 8);
    const before = rt.snapshot();
    const first = await cli(['checkout', id, '--json']);
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    expect(JSON.parse(first.out)).toEqual({
      worktree: `${worktree()}${short}`,
      ref: `refs/devin-tray/${short}`,
      head: rt.prHead(),
      pr_url: PR_URL,
      outcome: 'created',
    });
    expect(readFileSync(join(`${worktree()}${short}`, 'feature.txt'), 'utf8')).toBe('made by Devin\n');
    const next = rt.pushToPr('feature.txt', 'v2\n');
    const again = await cli(['checkout', id.slice('devin-'.length)]);
    expect(again).toEqual({ code: 0, err: '', out: `Updated ${worktree()}${short} to ${next.slice(0, 12)} (acme/web#7).\n` });
    const zh = await cli(['checkout', id], 'zh-CN');
    expect(zh.out).toBe(`${worktree()}${short} 已与 acme/web#7 同步（位于 ${next.slice(0, 12)}）。\n`);
    expect(rt.snapshot()).toEqual(before);
  });

  it('exit 0 after a handoff from the CLI: the session remembers the repository it came from', async () => {
    rt.repo.write('app.txt', 'v1\nhanded off\n');
    const sent = await cli(['handoff', rt.repo.dir, '--task', 'Finish the feature', '--json', '--allow-secrets']);
    expect(sent.code).toBe(0);
    const id = (JSON.parse(sent.out) as { session: { session_id: string } }).session.session_id;
    const record = sim.state.sessions.find(id);
    if (!record) throw new Error('the session was not created');
    record.pull_requests.push({ pr_url: PR_URL, pr_state: 'open' });
    const done = await cli(['checkout', id, '--json']);
    expect(done.code).toBe(0);
    expect(JSON.parse(done.out)).toMatchObject({ head: rt.prHead(), outcome: 'created' });
  });

  it('exit 2: no local repository matches (in both languages), --repo without that remote, a session without a pull request, usage', async () => {
    const other = await sessionWithPr('https://github.com/acme/api/pull/3');
    const none = await cli(['checkout', other]);
    expect(none.code).toBe(2);
    expect(none.err).toBe(
      'error: No local repository has a remote for acme/api on github.com. Hand off from your copy once (it is then remembered), or name it: devin-tray checkout SESSION --repo PATH.\n',
    );
    expect((await cli(['checkout', other], 'zh-CN')).err).toContain('没有本地仓库把 github.com 上的 acme/api 设为远程仓库。');
    const named = await cli(['checkout', other, '--repo', 'web'], 'en', join(rt.base, 'work'));
    expect(named).toMatchObject({ code: 2, err: `error: ${rt.repo.dir} has no remote for acme/api.\n` });
    const notRepo = await cli(['checkout', other, '--repo', dir]);
    expect(notRepo.code).toBe(2);
    expect(notRepo.err).toContain(`error: ${dir} is not inside a git repository`);
    const bare = sim.control.createSession({ title: 'No PR' });
    expect(await cli(['checkout', bare.session_id])).toMatchObject({ code: 2, err: `error: Session ${bare.session_id} has no pull request to check out.\n` });
    expect((await cli(['checkout'])).code).toBe(2);
    expect((await cli(['checkout', 'a', 'b'])).code).toBe(2);
  });

  it('exit 2: the fetch failed, with git’s message; nothing is left behind', async () => {
    const id = await sessionWithPr('https://github.com/acme/web/pull/8');
    const failed = await cli(['checkout', id]);
    expect(failed.code).toBe(2);
    expect(failed.err).toMatch(/^error: The pull request could not be fetched\. Git said: fatal: couldn't find remote ref refs\/pull\/8\/head\n$/);
    expect(git(rt.repo.dir, 'for-each-ref', 'refs/devin-tray')).toBe('');
    expect(existsSync(`${worktree()}${id.slice(6, 14)}`)).toBe(false);
  });

  it('exit 4: the worktree exists and is not clean; nothing moves', async () => {
    const id = await sessionWithPr();
    const path = `${worktree()}${id.slice(6, 14)}`;
    expect((await cli(['checkout', id])).code).toBe(0);
    writeFileSync(join(path, 'feature.txt'), 'my edit\n');
    const head = rt.prHead();
    rt.pushToPr('other.txt', 'x\n');
    const dirty = await cli(['checkout', id, '--json']);
    expect(dirty).toEqual({
      code: 4,
      out: '',
      err: `error: The worktree ${path} has uncommitted changes (1: feature.txt). Commit or discard them first; nothing was changed.\n`,
    });
    expect(git(path, 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(readFileSync(join(path, 'feature.txt'), 'utf8')).toBe('my edit\n');
  });

  it('exit 1: a session the API does not know', async () => {
    const r = await cli(['checkout', 'devin-doesnotexist']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
  });
});
