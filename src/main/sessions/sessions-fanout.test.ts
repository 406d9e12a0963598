import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from '../../shared/sessions/notification-settings';
import type { AppNotification } from '../../shared/sessions/notification-policy';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import { createDevinClient } from '../api/client';
import { FakeClock } from './fake-clock';
import { createSessionsService, type SessionsService, type TrackedAccount } from './sessions-service';

const S = 1000;
let sims: SimHandle[] = [];
let service: SessionsService | null = null;
afterEach(async () => {
  await service?.dispose();
  for (const s of sims) await s.close();
  sims = [];
  service = null;
});

/** Two accounts, each on its own devin-sim over HTTP, one fake clock (#16). */
async function setup(opts: { sameSim?: boolean } = {}) {
  const clock = new FakeClock(Date.UTC(2026, 0, 15, 9));
  const simA = await startSim({ now: clock.now });
  const simB = opts.sameSim ? simA : await startSim({ now: clock.now });
  sims = opts.sameSim ? [simA] : [simA, simB];
  const settings: NotificationSettings = { ...DEFAULT_NOTIFICATION_SETTINGS, scope: 'all' };
  service = createSessionsService({
    stateDir: '/nonexistent-never-written',
    getLocale: () => 'en',
    getNotificationSettings: () => settings,
    updateNotificationSettings: async () => settings,
    clock,
    random: () => 0.5,
  });
  const account = (sim: SimHandle, id: string, label: string, apiKey: string): TrackedAccount => ({
    api: createDevinClient({ baseUrl: sim.baseUrl, apiKey, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 } }).sessions,
    orgId: SIM_ORG.org_id,
    demo: true,
    accountId: id,
    label,
  });
  const a = account(simA, 'id-a', 'Work', SIM_KEYS.org);
  const b = account(simB, 'id-b', 'Personal', opts.sameSim ? SIM_KEYS.pat : SIM_KEYS.org);
  const notifications: AppNotification[] = [];
  const authLost: { accountId: string }[] = [];
  service.on('notification', (n) => notifications.push(n));
  service.on('authLost', (e) => authLost.push(e));
  return { clock, simA, simB, service, a, b, notifications, authLost };
}

const listRequests = (sim: SimHandle) => sim.control.getRequests().filter((r) => r.method === 'GET' && /\/sessions$/.test(r.path)).length;

describe('sessions of several accounts (#16)', () => {
  it('merges both lists, each view naming its account; actions go to the account that owns the session', async () => {
    const { clock, simA, simB, service: svc, a, b } = await setup();
    const inA = simA.control.createSession({ title: 'Fix login', status: 'running' });
    const inB = simB.control.createSession({ title: 'Write docs', status: 'running', status_detail: 'waiting_for_user' });
    svc.setWindowVisible(true);
    await svc.setAccounts([a, b], 'id-a');
    await clock.advanceBy(1);
    await svc.refresh();

    const list = svc.list();
    expect(list.map((v) => [v.title, v.accountId, v.accountLabel]).sort()).toEqual([
      ['Fix login', 'id-a', 'Work'],
      ['Write docs', 'id-b', 'Personal'],
    ]);
    expect(svc.ownerOf(inB.session_id)).toBe('id-b');

    // A reply to B's session reaches B's sim only.
    simA.control.clearRequests();
    simB.control.clearRequests();
    await svc.send(inB.session_id, 'go on');
    expect(simB.control.getRequests().some((r) => r.method === 'POST' && r.path.includes(inB.session_id))).toBe(true);
    expect(simA.control.getRequests().some((r) => r.path.includes(inB.session_id))).toBe(false);
    // The detail of a session comes back labelled too; new sessions go to the current account.
    expect(await svc.get(inA.session_id)).toMatchObject({ accountId: 'id-a', accountLabel: 'Work' });
    const created = await svc.create({ prompt: 'new one' });
    expect(simA.control.getSession(created.sessionId)).toBeTruthy();

    // Archived sessions stay in what sessionsChanged carries (as a tracker's own event does) and keep their account.
    const pushed: string[][] = [];
    svc.on('sessionsChanged', (views) => pushed.push(views.map((v) => `${v.id}|${v.group}|${v.accountLabel}`)));
    await svc.archive(inB.session_id);
    expect(pushed.at(-1)).toContain(`${inB.session_id}|archived|Personal`);
    expect(svc.list().map((v) => v.id)).not.toContain(inB.session_id);
    expect(svc.list({ groups: ['archived'] })).toEqual([expect.objectContaining({ id: inB.session_id, accountId: 'id-b' })]);
    expect(svc.ownerOf(inB.session_id)).toBe('id-b');
    expect(svc.list({ limit: 1 })).toHaveLength(1);
  });

  it('a transition on B notifies with B named; a 401 on A stops only A, B keeps polling', async () => {
    const { clock, simA, simB, service: svc, a, b, notifications, authLost } = await setup();
    const inB = simB.control.createSession({ title: 'Docs', status: 'running' });
    await svc.setAccounts([a, b], 'id-a');
    await clock.advanceBy(1);
    await svc.refresh();
    simB.control.setSessionStatus(inB.session_id, { status: 'running', status_detail: 'waiting_for_user' });
    await clock.advanceBy(70 * S);
    const aboutB = notifications.filter((n) => n.sessionIds.includes(inB.session_id));
    expect(aboutB.length).toBeGreaterThan(0);
    expect(aboutB[0]!.title).toMatch(/^Personal · /);

    simA.control.addFault({ path: '/v3/', kind: 'status', status: 401, times: -1 });
    await clock.advanceBy(70 * S);
    expect(authLost).toEqual([expect.objectContaining({ accountId: 'id-a' })]);
    // B is still polled on its own schedule and still sees changes.
    const before = listRequests(simB);
    simB.control.createSession({ title: 'Later in B', status: 'running' });
    await clock.advanceBy(120 * S);
    expect(listRequests(simB)).toBeGreaterThan(before);
    expect(svc.list().map((v) => v.title)).toContain('Later in B');
    // The caller then drops A (core does so once the account service signed it out).
    await svc.setAccounts([b], 'id-b');
    // One account left: its views are as a single account's always were (no account named).
    expect(svc.list().map((v) => [v.title, v.accountId])).toContainEqual(['Later in B', undefined]);
    expect(svc.trackerStatus().kind).not.toBe('auth_lost');
  });

  it('backs off per account: a failing A does not slow B down', async () => {
    const { clock, simA, simB, service: svc, a, b } = await setup();
    await svc.setAccounts([a, b], 'id-a');
    await clock.advanceBy(1);
    simA.control.addFault({ method: 'GET', path: '^/v3/organizations/org-sim/sessions$', kind: 'status', status: 503, times: -1 });
    simA.control.clearRequests();
    simB.control.clearRequests();
    // In steps, letting each poll's HTTP round trip finish (the next poll is scheduled when it answers).
    for (let i = 0; i < 120; i++) {
      await clock.advanceBy(5 * S);
      await new Promise((r) => setTimeout(r, 20));
    }
    // A backs off exponentially; B keeps its own interval (idle: every 30–60 s).
    const [onA, onB] = [listRequests(simA), listRequests(simB)];
    expect(onB).toBeGreaterThan(onA);
    expect(onB).toBeGreaterThanOrEqual(6);
    expect(svc.trackerStatus().kind).toBe('error'); // the current account (A) shows its own trouble
  });

  it('one org seen through two keys: each session is shown once, under the first account, and notified once', async () => {
    const { clock, simA, service: svc, a, b, notifications } = await setup({ sameSim: true });
    const s = simA.control.createSession({ title: 'Shared', status: 'running' });
    await svc.setAccounts([a, b], 'id-b');
    await clock.advanceBy(1);
    await svc.refresh();
    expect(svc.list().filter((v) => v.id === s.session_id)).toEqual([expect.objectContaining({ accountId: 'id-a' })]);
    simA.control.setSessionStatus(s.session_id, { status: 'running', status_detail: 'waiting_for_user' });
    await clock.advanceBy(70 * S);
    await svc.refresh();
    expect(notifications.filter((n) => n.sessionIds.includes(s.session_id))).toHaveLength(1);
  });

  it('keeps the tracker of an account whose key did not change when another joins', async () => {
    const { clock, simA, service: svc, a, b } = await setup();
    await svc.setAccounts([a], 'id-a');
    await clock.advanceBy(1);
    simA.control.clearRequests();
    await svc.setAccounts([a, b], 'id-a');
    await clock.advanceBy(1);
    // No new first poll for A (a restarted tracker would list again at once).
    expect(listRequests(simA)).toBe(0);
  });
});
