import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { git } from '../handoff/repo-fixture';
import { createCheckoutService, lossToken, repoKeyOf, type CheckoutService } from './checkout-service';
import { createHandoffSources } from './handoff-sources';
import { makeRoundTrip, PR_URL, SESSION_ID, type RoundTrip } from './round-trip-fixture';

/**
 * The round trip with real git: a pull request served by a local bare repository that the user's
 * remote (`https://github.com/acme/web.git`) resolves to through their own global
 * `url.<bare>.insteadOf`. The user's repository has staged, unstaged and untracked work and a
 * stash; every byte of it is compared before and after each step.
 */
describe('checkout round trip (real git)', () => {
  let rt: RoundTrip;
  let service: CheckoutService;
  let before: Record<string, string>;
  const worktree = () => join(rt.base, 'work', 'web-devin-3f9a0c1d');
  const ref = 'refs/devin-tray/3f9a0c1d';

  beforeEach(async () => {
    rt = makeRoundTrip();
    const sources = createHandoffSources(join(rt.base, 'handoff-sources.json'));
    await sources.record({ sessionId: SESSION_ID, root: rt.repo.dir, repo: 'acme/web', at: new Date(0).toISOString() });
    service = createCheckoutService({
      getSession: async (id) => ({ id, prs: [{ url: PR_URL, state: 'open' }] }),
      sources,
      recentRepos: async () => [],
    });
    before = rt.snapshot();
  });
  afterEach(() => rt.cleanup());

  it('checks out the pull request in a worktree beside the repository; the user’s repository is byte-for-byte unchanged', async () => {
    const result = await service.checkout({ sessionId: SESSION_ID });
    expect(result).toEqual({ worktree: worktree(), ref, head: rt.prHead(), pr_url: PR_URL, outcome: 'created' });
    expect(git(worktree(), 'rev-parse', 'HEAD').trim()).toBe(rt.prHead());
    expect(readFileSync(join(worktree(), 'feature.txt'), 'utf8')).toBe('made by Devin\n');
    expect(git(worktree(), 'status', '--porcelain')).toBe('');
    expect(git(rt.repo.dir, 'rev-parse', ref).trim()).toBe(rt.prHead());
    expect(rt.snapshot()).toEqual(before);
    // The status the UI shows names the same folder and commit.
    const status = await service.status(SESSION_ID);
    expect(status.prs).toHaveLength(1);
    expect(status.prs[0]).toMatchObject({
      label: 'acme/web#7',
      repo: 'acme/web',
      repoKey: repoKeyOf(rt.repo.dir),
      worktreePath: worktree(),
      ref,
      repos: [{ root: rt.repo.dir, origin: 'handoff', remoteName: 'origin', remoteUrl: 'https://github.com/acme/web.git' }],
      worktree: { path: worktree(), head: rt.prHead(), prHead: rt.prHead(), changes: [], changeCount: 0, localCommits: 0 },
    });
  });

  it('Update fast-forwards when the pull request moves on, says so when it has not, and never touches the user’s repository', async () => {
    await service.checkout({ sessionId: SESSION_ID });
    const next = rt.pushToPr('feature.txt', 'made by Devin\nand improved\n');
    const updated = await service.update({ sessionId: SESSION_ID, prUrl: PR_URL });
    expect(updated).toMatchObject({ outcome: 'updated', head: next });
    expect(git(worktree(), 'rev-parse', 'HEAD').trim()).toBe(next);
    expect(readFileSync(join(worktree(), 'feature.txt'), 'utf8')).toBe('made by Devin\nand improved\n');
    expect((await service.update({ sessionId: SESSION_ID })).outcome).toBe('upToDate');
    // Checking out again when it exists and is clean is an update too (what the CLI does).
    const again = rt.pushToPr('more.txt', 'more\n');
    expect(await service.checkout({ sessionId: SESSION_ID })).toMatchObject({ outcome: 'updated', head: again });
    expect(rt.snapshot()).toEqual(before);
  });

  it('Update refuses a worktree with uncommitted work (CHECKOUT_DIRTY, naming it), and one that cannot fast-forward', async () => {
    await service.checkout({ sessionId: SESSION_ID });
    const head = git(worktree(), 'rev-parse', 'HEAD').trim();
    writeFileSync(join(worktree(), 'feature.txt'), 'edited by me\n');
    writeFileSync(join(worktree(), 'scratch.txt'), 'mine\n');
    rt.pushToPr('feature2.txt', 'x\n');
    await expect(service.update({ sessionId: SESSION_ID })).rejects.toMatchObject({
      code: 'CHECKOUT_DIRTY',
      params: { path: worktree(), count: 2, files: 'feature.txt, scratch.txt' },
    });
    await expect(service.checkout({ sessionId: SESSION_ID })).rejects.toMatchObject({ code: 'CHECKOUT_DIRTY' });
    expect(git(worktree(), 'rev-parse', 'HEAD').trim()).toBe(head);
    expect(readFileSync(join(worktree(), 'feature.txt'), 'utf8')).toBe('edited by me\n');

    // Committed in the worktree, then the pull request was rewritten: no fast-forward, nothing moves.
    git(worktree(), 'add', '-A');
    git(worktree(), 'commit', '-q', '-m', 'mine');
    const mine = git(worktree(), 'rev-parse', 'HEAD').trim();
    rt.rewritePr();
    await expect(service.update({ sessionId: SESSION_ID })).rejects.toMatchObject({ code: 'CHECKOUT_NOT_FAST_FORWARD', params: { commits: 1 } });
    expect(git(worktree(), 'rev-parse', 'HEAD').trim()).toBe(mine);
    expect(rt.snapshot()).toEqual(before);
  });

  it('Remove needs the confirmation of exactly what would be lost, then deletes the worktree and its ref', async () => {
    await service.checkout({ sessionId: SESSION_ID });
    writeFileSync(join(worktree(), 'feature.txt'), 'edited\n');
    const view = (await service.status(SESSION_ID)).prs[0]?.worktree;
    expect(view).toMatchObject({ changes: ['feature.txt'], changeCount: 1, localCommits: 0 });
    const token = view?.token ?? '';
    // More work appeared after the confirmation was shown: refused, nothing removed.
    writeFileSync(join(worktree(), 'later.txt'), 'later\n');
    await expect(service.remove({ sessionId: SESSION_ID, token })).rejects.toMatchObject({ code: 'CHECKOUT_CHANGED' });
    expect(existsSync(join(worktree(), 'later.txt'))).toBe(true);

    const confirmed = (await service.status(SESSION_ID)).prs[0]?.worktree?.token ?? '';
    await service.remove({ sessionId: SESSION_ID, token: confirmed });
    expect(existsSync(worktree())).toBe(false);
    expect(git(rt.repo.dir, 'for-each-ref', 'refs/devin-tray')).toBe('');
    expect(git(rt.repo.dir, 'worktree', 'list', '--porcelain').match(/^worktree /gm)).toHaveLength(1);
    expect(rt.snapshot()).toEqual(before);
    // The status offers a new checkout again.
    expect((await service.status(SESSION_ID)).prs[0]).toMatchObject({ worktree: null, worktreePath: worktree() });
  });

  it('a worktree folder deleted by hand: the status offers a new checkout, and checking out reclaims the name', async () => {
    await service.checkout({ sessionId: SESSION_ID });
    rmSync(worktree(), { recursive: true, force: true });
    expect((await service.status(SESSION_ID)).prs[0]?.worktree).toBeNull();
    expect(await service.checkout({ sessionId: SESSION_ID })).toMatchObject({ outcome: 'created', head: rt.prHead() });
    expect(existsSync(join(worktree(), 'feature.txt'))).toBe(true);
  });

  it('a folder already at the worktree’s place is never used (CHECKOUT_PATH_TAKEN)', async () => {
    mkdirSync(worktree());
    writeFileSync(join(worktree(), 'mine.txt'), 'mine\n');
    await expect(service.checkout({ sessionId: SESSION_ID })).rejects.toMatchObject({ code: 'CHECKOUT_PATH_TAKEN', params: { path: worktree() } });
    expect(readFileSync(join(worktree(), 'mine.txt'), 'utf8')).toBe('mine\n');
    expect(git(rt.repo.dir, 'for-each-ref', 'refs/devin-tray')).toBe('');
  });

  it('a fetch that does not finish is stopped (CHECKOUT_FETCH_TIMEOUT), and disposing the service stops a running one', async () => {
    // The user's ssh command hangs (a host that never answers).
    const hang = join(rt.base, 'hang-ssh.sh');
    writeFileSync(hang, '#!/bin/sh\nexec sleep 5\n', { mode: 0o755 });
    rt.rewriteRemoteTo('ssh://git@localhost/acme/web.git');
    rt.addGlobalConfig(`[core]\n\tsshCommand = ${hang}\n`);
    const sources = createHandoffSources(join(rt.base, 'handoff-sources.json'));
    const deps = { getSession: async (id: string) => ({ id, prs: [{ url: PR_URL, state: 'open' }] }), sources, recentRepos: async () => [] };
    const quick = createCheckoutService({ ...deps, fetchTimeoutMs: 300 });
    await expect(quick.checkout({ sessionId: SESSION_ID })).rejects.toMatchObject({ code: 'CHECKOUT_FETCH_TIMEOUT', params: { minutes: 1 } });
    const disposed = createCheckoutService(deps);
    const running = disposed.checkout({ sessionId: SESSION_ID });
    setTimeout(() => disposed.dispose(), 300);
    await expect(running).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(existsSync(worktree())).toBe(false);
    expect(rt.snapshot()).toEqual(before);
  });

  it('lossToken changes with anything a Remove would lose', () => {
    const base = { head: 'a'.repeat(40), changes: [], changeCount: 0, localCommits: 0 };
    const tokens = new Set([
      lossToken(base),
      lossToken({ ...base, head: 'b'.repeat(40) }),
      lossToken({ ...base, changes: ['x'], changeCount: 1 }),
      lossToken({ ...base, localCommits: 1 }),
    ]);
    expect(tokens.size).toBe(4);
  });
});
