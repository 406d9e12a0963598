import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoggedRequest } from '../../sim/server';
import { startSimTracker, type SimTrackerHarness } from './sim-tracker-harness';
import { trackerStateFile } from './tracker-state-file';

const LIST_ROUTE = 'GET /v3/organizations/:org/sessions';
const MESSAGES_ROUTE = 'GET /v3/organizations/:org/sessions/:id/messages';
const S = 1000;

let h: SimTrackerHarness | null = null;
const dirs: string[] = [];
afterEach(async () => {
  await h?.close();
  h = null;
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

function requests(harness: SimTrackerHarness, route: string): LoggedRequest[] {
  return harness.sim.control.getRequests().filter((r) => `${r.method} ${r.route}` === route);
}
const keysOf = (harness: { record: { notifications: { transitionKeys: string[] }[] } }) =>
  harness.record.notifications.flatMap((n) => n.transitionKeys);

describe('SessionTracker against devin-sim (fake clock, real HTTP)', () => {
  it('one list request per poll; each transition notifies exactly once', async () => {
    h = await startSimTracker();
    const { sim, clock, tracker } = h;
    const a = sim.control.createSession({
      title: 'Fix login',
      script: [
        { atMs: 30 * S, status: 'running', status_detail: 'waiting_for_user', message: { source: 'devin', message: 'Which branch should I use?' } },
        { atMs: 60 * S, status: 'running', status_detail: 'working', message: { source: 'user', message: 'main' } },
        { atMs: 90 * S, status: 'running', status_detail: 'finished', pullRequest: { pr_url: 'https://github.com/o/r/pull/1', pr_state: 'open' } },
      ],
    });
    const b = sim.control.createSession({ title: 'Flaky test', script: [{ atMs: 45 * S, status: 'error' }] });
    const c = sim.control.createSession({ title: 'Docs', script: [{ atMs: 140 * S, status: 'suspended', status_detail: 'out_of_credits' }] });
    for (let i = 0; i < 20; i++) sim.control.createSession({ title: `idle ${i}`, status: 'exit' });
    tracker.setWindowVisible(true);
    await tracker.start();
    expect(h.record.notifications).toEqual([]); // the first poll learns the baseline silently
    expect(tracker.list()).toHaveLength(23);

    await clock.advanceBy(10 * 60 * S);

    const byKind = h.record.notifications.map((n) => [n.kind, n.sessionId, n.title, n.body]);
    expect(byKind).toEqual([
      ['waiting_for_user', a.session_id, 'Waiting for you: Fix login', 'Devin: Which branch should I use?'],
      ['error', b.session_id, 'Error: Flaky test', 'The session stopped with an error.'],
      ['finished', a.session_id, 'Finished: Fix login', 'Devin completed the task.'],
      ['pr_opened', a.session_id, 'Pull request opened: Fix login', 'https://github.com/o/r/pull/1'],
      ['suspended', c.session_id, 'Suspended: Docs', 'Reason: out of credits. Send a message to resume it.'],
    ]);
    expect(new Set(keysOf(h)).size).toBe(keysOf(h).length);
    expect(h.record.transitions.map((t) => t.kind)).toEqual(['waiting_for_user', 'error', 'finished', 'pr_opened', 'suspended']);

    // Cost: list polls only, plus ONE messages read for the waiting notification.
    const counters = sim.control.getCounters();
    expect(Object.keys(counters.byRoute).sort()).toEqual([LIST_ROUTE, MESSAGES_ROUTE]);
    expect(counters.byRoute[MESSAGES_ROUTE]).toBe(1);
    const lists = requests(h, LIST_ROUTE);
    // The first poll covers a recent window; later ones ask only for what changed (cursor − overlap).
    expect(Number(lists[1]?.query.updated_after)).toBeGreaterThan(Number(lists[0]?.query.updated_after));
    expect(lists.every((r) => r.query.first === '200')).toBe(true);
    // Visible + running: every 10 s; once all are done: every 30 s.
    expect((lists[2] as LoggedRequest).time - (lists[1] as LoggedRequest).time).toBe(10 * S);
    const last = lists.slice(-2);
    expect((last[1] as LoggedRequest).time - (last[0] as LoggedRequest).time).toBe(30 * S);
  });

  it('several finishes in one poll become one grouped notification', async () => {
    h = await startSimTracker({ locale: 'zh-CN' });
    for (const t of ['A', 'B', 'C']) sim().control.createSession({ title: t, script: [{ atMs: 3 * S, status: 'running', status_detail: 'finished' }] });
    await h.tracker.start();
    await h.clock.advanceBy(60 * S);
    expect(h.record.notifications).toHaveLength(1);
    expect(h.record.notifications[0]).toMatchObject({ kind: 'finished', title: '3 个会话已完成', sessionId: null });
    expect(h.record.notifications[0]?.body.split(', ').sort()).toEqual(['A', 'B', 'C']);
    expect(h.record.notifications[0]?.transitionKeys).toHaveLength(3);
  });

  it('429 storm with Retry-After: status rate_limited, waits as told, recovers without missing a transition', async () => {
    h = await startSimTracker();
    const s = sim().control.createSession({ title: 'T', script: [{ atMs: 15 * S, status: 'running', status_detail: 'finished' }] });
    h.tracker.setWindowVisible(true);
    await h.tracker.start();
    sim().control.clearRequests();
    sim().control.addFault({ method: 'GET', path: '^/v3/organizations/org-sim/sessions$', kind: 'status', status: 429, retryAfter: '20', times: 3 });

    await h.clock.advanceBy(10 * S);
    expect(h.tracker.status()).toMatchObject({ kind: 'rate_limited', retryInS: 21 });
    expect(h.record.statuses.at(-1)).toMatchObject({ kind: 'rate_limited', retryInS: 21 });
    await h.tracker.kick(); // a window-show kick must not jump the server's Retry-After
    expect(requests(h, LIST_ROUTE)).toHaveLength(1);

    await h.clock.advanceBy(3 * 60 * S);
    const times = requests(h, LIST_ROUTE).map((r) => r.time);
    const statuses = requests(h, LIST_ROUTE).map((r) => r.status);
    expect(statuses.slice(0, 4)).toEqual([429, 429, 429, 200]);
    for (let i = 1; i < 4; i++) expect((times[i] as number) - (times[i - 1] as number)).toBeGreaterThanOrEqual(20 * S);
    expect(h.tracker.status().kind).toBe('ok');
    expect(h.record.notifications.map((n) => [n.kind, n.sessionId])).toEqual([['finished', s.session_id]]);
  });

  it('429 without Retry-After and 5xx: exponential backoff, then recovery', async () => {
    h = await startSimTracker();
    sim().control.createSession({ title: 'T', script: [{ atMs: 100 * S, status: 'error' }] });
    await h.tracker.start();
    sim().control.clearRequests();
    sim().control.addFault({ method: 'GET', path: '^/v3/organizations/org-sim/sessions$', kind: 'status', status: 429, times: 1 });
    sim().control.addFault({ method: 'GET', path: '^/v3/organizations/org-sim/sessions$', kind: 'status', status: 503, times: 2 });
    await h.clock.advanceBy(25 * S);
    expect(h.record.statuses.map((s) => s.kind)).toContain('rate_limited');
    const rl = h.record.statuses.find((s) => s.kind === 'rate_limited');
    expect(rl).toMatchObject({ retryInS: 4 }); // 1st failure: 2.5–5 s, random 0.5 → 3.75 s
    await h.clock.advanceBy(5 * 60 * S);
    const errors = h.record.statuses.filter((s) => s.kind === 'error');
    expect(errors.map((e) => (e.kind === 'error' ? e.retryInS : 0))).toEqual([8, 15]); // 2nd, 3rd failures
    expect(errors[0]).toMatchObject({ code: 'SERVER', status: 503 }); // the tray says "unavailable", not "cannot reach"
    expect(h.tracker.status().kind).toBe('ok');
    expect(h.record.notifications.map((n) => n.kind)).toEqual(['error']);
  });

  it('a user refresh joins the poll in flight (one request); a kick queues one more; each sync time is pushed', async () => {
    h = await startSimTracker();
    await h.tracker.start();
    const okBefore = h.record.statuses.filter((s) => s.kind === 'ok').length;
    sim().control.clearRequests();
    // A slow list answer (real time): the second refresh comes while the first is in flight.
    sim().control.addFault({ method: 'GET', path: '^/v3/organizations/org-sim/sessions$', kind: 'delay', delayMs: 300, times: 2 });
    await h.clock.advanceBy(1); // the sync time moves, so this poll's "ok" is news
    await Promise.all([h.tracker.refresh(), h.tracker.refresh(), h.tracker.refresh()]);
    expect(requests(h, LIST_ROUTE)).toHaveLength(1);
    expect(h.record.statuses.filter((s) => s.kind === 'ok').length).toBe(okBefore + 1);
    expect(h.tracker.status()).toMatchObject({ kind: 'ok', lastSyncMs: h.clock.now() });
    // kick() keeps its promise to poll after the event behind it: two requests.
    await Promise.all([h.tracker.kick(), h.tracker.kick()]);
    expect(requests(h, LIST_ROUTE)).toHaveLength(3);
  });

  it('401 mid-run: authLost once, polling stops', async () => {
    h = await startSimTracker();
    await h.tracker.start();
    sim().control.addFault({ path: '/v3/', kind: 'status', status: 401, times: -1 });
    await h.clock.advanceBy(5 * 60 * S);
    await h.tracker.kick();
    await expect(h.tracker.get('devin-nope')).rejects.toMatchObject({ code: 'AUTH_INVALID' });
    const before = sim().control.getCounters().total;
    await h.clock.advanceBy(60 * 60 * S);
    h.tracker.setWindowVisible(true);
    h.tracker.setOnline(false);
    h.tracker.setOnline(true);
    await h.tracker.kick();
    expect(sim().control.getCounters().total).toBe(before);
    expect(h.record.authLost).toBe(1);
    expect(h.tracker.status().kind).toBe('auth_lost');
    expect(h.clock.pendingTimers()).toBe(0);
  });

  it('restart: nothing notified twice; transitions during downtime notified once after', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tracker-'));
    dirs.push(dir);
    h = await startSimTracker({ stateDir: dir });
    const a = sim().control.createSession({ title: 'A', script: [{ atMs: 20 * S, status: 'running', status_detail: 'finished' }] });
    const b = sim().control.createSession({
      title: 'B',
      script: [{ atMs: 200 * S, status: 'running', status_detail: 'waiting_for_user', message: { source: 'devin', message: 'Need a token' } }],
    });
    const c = sim().control.createSession({ title: 'C', script: [{ atMs: 600 * S, status: 'error' }] });
    await h.tracker.start();
    await h.tracker.watch(b.session_id);
    await h.clock.advanceBy(60 * S);
    expect(h.record.notifications.map((n) => n.sessionId)).toEqual([a.session_id]);
    await h.tracker.stop();

    // Down for 4 minutes: B starts waiting, D is created and finishes.
    await h.clock.advanceBy(4 * 60 * S);
    const d = sim().control.createSession({ title: 'D', script: [{ atMs: 10 * S, status: 'running', status_detail: 'finished' }] });
    await h.clock.advanceBy(30 * S);
    const state = JSON.parse(await readFile(trackerStateFile(dir, 'org-sim'), 'utf8')) as { watched: string[]; notified: string[] };
    expect(state.watched).toEqual([b.session_id]);
    expect(state.notified).toHaveLength(1);

    const second = await h.restart();
    await second.tracker.start();
    expect(second.record.notifications.map((n) => [n.kind, n.sessionId, n.body])).toEqual([
      ['waiting_for_user', b.session_id, 'Devin: Need a token'],
      ['finished', d.session_id, 'Devin completed the task.'],
    ]);
    expect(second.tracker.list().find((v) => v.id === b.session_id)?.watched).toBe(true);
    await h.clock.advanceBy(10 * 60 * S);
    expect(second.record.notifications.map((n) => [n.kind, n.sessionId])).toEqual([
      ['waiting_for_user', b.session_id],
      ['finished', d.session_id],
      ['error', c.session_id],
    ]);
    await second.tracker.stop();

    const third = await h.restart();
    await third.tracker.start();
    await h.clock.advanceBy(5 * 60 * S);
    expect(third.record.notifications).toEqual([]);
  });

  it.each([
    ['snapshots alone', 'notified'],
    ['notified keys alone', 'snapshots'],
  ] as const)('restart: %s prevent a repeat', async (_name, wipe) => {
    const dir = await mkdtemp(join(tmpdir(), 'tracker-'));
    dirs.push(dir);
    h = await startSimTracker({ stateDir: dir });
    const a = sim().control.createSession({ title: 'A', script: [{ atMs: 20 * S, status: 'error' }] });
    await h.tracker.start();
    await h.clock.advanceBy(30 * S);
    expect(h.record.notifications.map((n) => n.sessionId)).toEqual([a.session_id]);
    await h.tracker.stop();
    const file = trackerStateFile(dir, 'org-sim');
    const state = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    state[wipe] = [];
    await writeFile(file, JSON.stringify(state));

    const second = await h.restart();
    await second.tracker.start();
    await h.clock.advanceBy(60 * S);
    expect(second.record.notifications).toEqual([]);
  });

  it('a corrupt state file is set aside; the tracker re-learns silently', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tracker-'));
    dirs.push(dir);
    await writeFile(trackerStateFile(dir, 'org-sim'), '{"version":1,');
    h = await startSimTracker({ stateDir: dir });
    sim().control.createSession({ title: 'W', status: 'running', status_detail: 'waiting_for_user' });
    await h.tracker.start();
    expect(h.record.notifications).toEqual([]);
    expect((await readdir(dir)).some((f) => f.includes('.corrupt-'))).toBe(true);
    expect(JSON.parse(await readFile(trackerStateFile(dir, 'org-sim'), 'utf8'))).toMatchObject({ version: 1, orgId: 'org-sim' });
  });

  it('first run ever: existing sessions in any state are learned silently', async () => {
    h = await startSimTracker();
    sim().control.createSession({ title: 'W', status: 'running', status_detail: 'waiting_for_user' });
    sim().control.createSession({ title: 'E', status: 'error', pull_requests: [{ pr_url: 'https://x/pull/1', pr_state: 'open' }] });
    await h.tracker.start();
    await h.clock.advanceBy(5 * 60 * S);
    expect(h.record.notifications).toEqual([]);
    expect(h.tracker.list({ groups: ['attention'] }).map((v) => v.title)).toEqual(['W']);
  });

  it('messages: fetched only for watched views; only new ones are announced', async () => {
    h = await startSimTracker();
    const s = sim().control.createSession({ title: 'M', messages: [{ source: 'user', message: 'hello' }] });
    const other = sim().control.createSession({ title: 'other' });
    h.tracker.setWindowVisible(true);
    await h.tracker.start();
    expect(requests(h, MESSAGES_ROUTE)).toHaveLength(0);

    const first = await h.tracker.watchMessages(s.session_id);
    expect(first.map((m) => m.message)).toEqual(['hello']);
    const initial = requests(h, MESSAGES_ROUTE);
    expect(initial).toHaveLength(1);
    expect(initial[0]?.query.after).toBeUndefined();

    await h.clock.advanceBy(5 * S);
    sim().control.addSessionMessage(s.session_id, { source: 'devin', message: 'working on it' });
    sim().control.addSessionMessage(other.session_id, { source: 'devin', message: 'not watched' });
    await h.clock.advanceBy(10 * S);
    const reads = requests(h, MESSAGES_ROUTE);
    expect(reads).toHaveLength(2);
    expect(reads[1]?.path).toContain(s.session_id);
    // One page, and the last page ends with end_cursor null: there is no cursor to continue from,
    // so the page is read again and what was already known is not announced twice.
    expect(reads[1]?.query.after).toBeUndefined();
    expect(h.record.messages.map((m) => [m.sessionId, m.added.map((x) => x.message)])).toEqual([
      [s.session_id, ['hello']],
      [s.session_id, ['working on it']],
    ]);
    expect((await h.tracker.messages(s.session_id)).map((m) => m.message)).toEqual(['hello', 'working on it']);

    h.tracker.unwatchMessages(s.session_id);
    sim().control.addSessionMessage(s.session_id, { source: 'devin', message: 'after unwatch' });
    await h.clock.advanceBy(2 * 60 * S);
    expect(requests(h, MESSAGES_ROUTE)).toHaveLength(2);
  });

  it('messages: a long history is read page by page, stops on the null cursor, and continues from the last cursor it got', async () => {
    h = await startSimTracker({ options: { messagesPageSize: 2 } });
    const s = sim().control.createSession({ title: 'L', messages: ['m1', 'm2', 'm3', 'm4', 'm5'].map((message) => ({ source: 'devin' as const, message })) });
    h.tracker.setWindowVisible(true);
    await h.tracker.start();
    expect((await h.tracker.watchMessages(s.session_id)).map((m) => m.message)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    const pages = requests(h, MESSAGES_ROUTE);
    // Three pages of 2, 2, 1: the last one's end_cursor is null and the walk stops there.
    expect(pages.map((q) => typeof q.query.after)).toEqual(['undefined', 'string', 'string']);
    await h.clock.advanceBy(5 * S);
    sim().control.addSessionMessage(s.session_id, { source: 'devin', message: 'm6' });
    await h.clock.advanceBy(10 * S);
    const next = requests(h, MESSAGES_ROUTE).slice(pages.length);
    // Continues from the cursor before the last page (the newest one it was given), not from the start.
    expect(next.map((q) => q.query.after)).toEqual([pages[2]?.query.after]);
    expect(h.record.messages.at(-1)?.added.map((m) => m.message)).toEqual(['m6']);
  });

  it('a reply sent from a view shows up in that view at once (not at the next status change)', async () => {
    h = await startSimTracker();
    const s = sim().control.createSession({ title: 'R', status: 'running', status_detail: 'waiting_for_user', messages: [{ source: 'devin', message: 'question?' }] });
    h.tracker.setWindowVisible(true);
    await h.tracker.start();
    await h.tracker.watchMessages(s.session_id);
    await h.tracker.send(s.session_id, 'my answer');
    expect((await h.tracker.messages(s.session_id)).map((m) => m.message)).toEqual(['question?', 'my answer']);
    expect(h.record.messages.at(-1)?.added.map((m) => m.message)).toEqual(['my answer']);
  });

  it('create is never retried, and a created session is watched and polled at once', async () => {
    h = await startSimTracker({ settings: { scope: 'watched' } });
    await h.tracker.start();
    sim().control.addFault({ method: 'POST', path: '^/v3/organizations/org-sim/sessions$', kind: 'status', status: 503, times: 1 });
    await expect(h.tracker.create({ prompt: 'Do it', title: 'New' })).rejects.toMatchObject({ code: 'SERVER', details: { maybeCreated: true } });
    expect(requests(h, 'POST /v3/organizations/:org/sessions')).toHaveLength(1);

    const listsBefore = requests(h, LIST_ROUTE).length;
    const created = await h.tracker.create({ prompt: 'Do it', title: 'New' });
    await h.tracker.kick();
    expect(requests(h, 'POST /v3/organizations/:org/sessions')).toHaveLength(2);
    expect(requests(h, LIST_ROUTE).length).toBeGreaterThan(listsBefore);
    expect(h.tracker.list().find((v) => v.id === created.sessionId)).toMatchObject({ watched: true, title: 'New' });

    // Watched-only scope: the created session notifies, an unwatched one does not.
    await h.clock.advanceBy(5 * S); // past the sim's "new → working after 1 s" step
    sim().control.setSessionStatus(created.sessionId, { status: 'running', status_detail: 'waiting_for_approval' });
    const stranger = sim().control.createSession({ title: 'Stranger', script: [{ atMs: 5 * S, status: 'error' }] });
    await h.clock.advanceBy(2 * 60 * S);
    expect(h.record.notifications.map((n) => [n.kind, n.sessionId])).toEqual([['waiting_for_approval', created.sessionId]]);
    expect(h.record.transitions.some((t) => t.sessionId === stranger.session_id)).toBe(true);
  });

  it('untitled sessions: the prompt is read once from the first message (bounded per poll), named in notifications, persisted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tracker-'));
    dirs.push(dir);
    h = await startSimTracker({ stateDir: dir });
    const asked = sim().control.createSession({
      messages: [{ source: 'user', message: '## Upgrade **React** to 19\n\nKeep the tests green.' }],
      script: [{ atMs: 30 * S, status: 'running', status_detail: 'finished' }],
    });
    const devinFirst = sim().control.createSession({ messages: [{ source: 'devin', message: 'Hello' }] });
    const silent = sim().control.createSession({}); // no message yet
    const titled = sim().control.createSession({ title: 'Has a title', messages: [{ source: 'user', message: 'Titled prompt' }] });
    for (let i = 0; i < 5; i++) sim().control.createSession({ messages: [{ source: 'user', message: `Extra ${i}` }] });
    await h.tracker.start();
    // One poll reads at most promptReadsPerPoll (3) first messages, untitled only.
    const firstReads = requests(h, MESSAGES_ROUTE);
    expect(firstReads).toHaveLength(3);
    expect(firstReads.every((r) => r.query.first === '1')).toBe(true);
    await h.clock.advanceBy(60 * S);
    const view = (id: string) => h!.tracker.list().find((v) => v.id === id);
    expect(view(asked.session_id)?.prompt).toBe('## Upgrade **React** to 19\n\nKeep the tests green.');
    expect(view(devinFirst.session_id)?.prompt).toBeNull();
    expect(view(titled.session_id)?.prompt).toBeNull(); // titled: never read in the background
    expect(h.record.notifications.find((n) => n.sessionId === asked.session_id)?.title).toBe('Finished: Upgrade React to 19');
    // Every untitled session read once (the silent one again only after it changes), the titled one never.
    const readIds = requests(h, MESSAGES_ROUTE).map((r) => r.path.split('/')[5]);
    expect(readIds.filter((id) => id === titled.session_id)).toEqual([]);
    expect(readIds.filter((id) => id === asked.session_id)).toHaveLength(1);
    expect(readIds.filter((id) => id === silent.session_id)).toHaveLength(1);
    const before = requests(h, MESSAGES_ROUTE).length;
    await h.clock.advanceBy(5 * 60 * S);
    expect(requests(h, MESSAGES_ROUTE).length).toBe(before);
    sim().control.addSessionMessage(silent.session_id, { source: 'user', message: 'Write the changelog' });
    await h.clock.advanceBy(60 * S);
    expect(view(silent.session_id)?.prompt).toBe('Write the changelog');

    // A restart reads nothing again: the prompts were persisted.
    await h.tracker.stop();
    const readsBeforeRestart = requests(h, MESSAGES_ROUTE).length;
    const second = await h.restart();
    await second.tracker.start();
    expect(requests(h, MESSAGES_ROUTE).length).toBe(readsBeforeRestart);
    expect(second.tracker.list().find((v) => v.id === asked.session_id)?.prompt).toContain('Upgrade');
  });

  it('a session created here keeps the prompt and repos it was sent with; its search finds prompt words', async () => {
    h = await startSimTracker();
    await h.tracker.start();
    const created = await h.tracker.create({ prompt: 'Bump lodash in the dashboard\nand run the tests', repos: ['acme/web-dashboard'] });
    await h.tracker.kick();
    expect(h.tracker.list().find((v) => v.id === created.sessionId)).toMatchObject({
      title: null,
      prompt: 'Bump lodash in the dashboard\nand run the tests',
      repos: ['acme/web-dashboard'],
    });
    expect(h.tracker.list({ text: 'LODASH' }).map((v) => v.id)).toEqual([created.sessionId]);
    expect(requests(h, MESSAGES_ROUTE)).toHaveLength(0); // known: nothing to read
  });

  it('do-not-disturb drops notifications (not queued); they resume after', async () => {
    h = await startSimTracker();
    sim().control.createSession({ title: 'X', script: [{ atMs: 30 * S, status: 'error' }] });
    sim().control.createSession({ title: 'Y', script: [{ atMs: 50 * 60 * S, status: 'running', status_detail: 'finished' }] });
    h.settings.dndUntil = h.clock.now() + 30 * 60 * S;
    await h.tracker.start();
    await h.clock.advanceBy(40 * 60 * S);
    expect(h.record.notifications).toEqual([]);
    expect(h.record.transitions.map((t) => t.kind)).toEqual(['error']);
    await h.clock.advanceBy(20 * 60 * S);
    expect(h.record.notifications.map((n) => n.title)).toEqual(['Finished: Y']);
  });

  it('send, archive, terminate go through the tracker and update views', async () => {
    h = await startSimTracker();
    const s = sim().control.createSession({ title: 'S', status: 'suspended', status_detail: 'inactivity' });
    const t = sim().control.createSession({ title: 'T' });
    await h.tracker.start();
    const sent = await h.tracker.send(s.session_id, 'please continue');
    expect(sent.status).toBe('resuming');
    await h.clock.advanceBy(15 * S);
    expect((await h.tracker.get(s.session_id)).statusDetail).toBe('working');
    expect((await h.tracker.archive(s.session_id)).group).toBe('archived');
    expect((await h.tracker.terminate(t.session_id)).status).toBe('exit');
    expect(h.tracker.list().map((v) => v.id)).toEqual([t.session_id]);
    // The user's own actions are not news: recorded as transitions, never a pop-up.
    expect(h.record.transitions.map((x) => [x.kind, x.sessionId])).toEqual([['finished', t.session_id]]);
    await h.clock.advanceBy(2 * 60 * S);
    expect(h.record.notifications).toEqual([]);
  });

  it('an action answer without status_detail leaves the shown status intact; the GET after it fills the rest', async () => {
    h = await startSimTracker();
    const waiting = sim().control.createSession({ title: 'W', status: 'running', status_detail: 'waiting_for_user', category: 'bug_fixing' });
    const asleep = sim().control.createSession({ title: 'A', status: 'suspended', status_detail: 'inactivity' });
    await h.tracker.start();
    // The follow-up GET fails: what is shown is the merge of the answer into what was known.
    sim().control.addFault({ method: 'GET', path: `/v3/organizations/org-sim/sessions/${asleep.session_id}`, kind: 'status', status: 503 });
    const archived = await h.tracker.archive(asleep.session_id);
    expect(archived).toMatchObject({ group: 'archived', status: 'suspended', statusDetail: 'inactivity' });
    sim().control.addFault({ method: 'GET', path: `/v3/organizations/org-sim/sessions/${waiting.session_id}`, kind: 'status', status: 503 });
    const replied = await h.tracker.send(waiting.session_id, 'yes, go on');
    expect(replied).toMatchObject({ status: 'running', statusDetail: 'waiting_for_user' });
    expect(h.tracker.list().find((v) => v.id === waiting.session_id)?.statusDetail).toBe('waiting_for_user');
    // With the GET answering, the detail is the server's fresh one (the sim put it back to work).
    const again = await h.tracker.send(waiting.session_id, 'and one more thing');
    expect(again).toMatchObject({ status: 'running', statusDetail: 'working' });
    const getOnly = sim().control.getRequests().filter((q) => q.method === 'GET' && q.route === '/v3/organizations/:org/sessions/:id');
    expect(getOnly.map((q) => q.status)).toEqual([503, 503, 200]);
  });

  it('started while offline: paused, no request until back online', async () => {
    h = await startSimTracker();
    h.tracker.setOnline(false);
    await h.tracker.start();
    expect(h.tracker.status()).toMatchObject({ kind: 'paused', reason: 'offline' });
    await h.clock.advanceBy(5 * 60 * S);
    expect(sim().control.getCounters().total).toBe(0);
    h.tracker.setOnline(true);
    await h.tracker.idle();
    expect(requests(h, LIST_ROUTE)).toHaveLength(1);
    expect(h.tracker.status().kind).toBe('ok');
  });

  it('pauses while offline or asleep; polls at once when back; hidden polls less often', async () => {
    h = await startSimTracker();
    sim().control.createSession({ title: 'R' });
    await h.tracker.start(); // hidden by default
    sim().control.clearRequests();
    await h.clock.advanceBy(100 * S);
    expect(requests(h, LIST_ROUTE).map((r) => r.time - h!.clock.now() + 100 * S)).toEqual([25 * S, 50 * S, 75 * S, 100 * S]);

    h.tracker.setOnline(false);
    expect(h.tracker.status()).toMatchObject({ kind: 'paused', reason: 'offline' });
    await h.clock.advanceBy(10 * 60 * S);
    expect(requests(h, LIST_ROUTE)).toHaveLength(4);
    h.tracker.setOnline(true);
    await h.tracker.idle();
    expect(requests(h, LIST_ROUTE)).toHaveLength(5);

    h.tracker.setAsleep(true);
    await h.clock.advanceBy(10 * 60 * S);
    expect(requests(h, LIST_ROUTE)).toHaveLength(5);
    h.tracker.setAsleep(false);
    await h.tracker.idle();
    expect(requests(h, LIST_ROUTE)).toHaveLength(6);

    h.tracker.setWindowVisible(true); // window shown → immediate poll
    await h.tracker.idle();
    expect(requests(h, LIST_ROUTE)).toHaveLength(7);
    h.tracker.setWindowVisible(true); // already visible: nothing
    await h.tracker.idle();
    expect(requests(h, LIST_ROUTE)).toHaveLength(7);
  });
});

function sim() {
  if (!h) throw new Error('no harness');
  return h.sim;
}
