import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDevinClient } from '../api/client';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import { fakeClock } from '../../sim/test-support';
import { loadUsageReport } from './usage-report';
import { loadSessionUsage } from './session-usage';
import { MAX_EXACT_LOOKUPS } from './top-sessions';

const START = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY_START = Date.UTC(2026, 0, 15, 8) / 1000;
const DAY = 86_400;
const clock = fakeClock(START);
let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim({ now: clock.now });
});
beforeEach(() => {
  clock.set(START);
  sim.control.reset();
});
afterAll(() => sim.close());

const client = (key: string = SIM_KEYS.org) => createDevinClient({ baseUrl: sim.baseUrl, apiKey: key, orgId: SIM_ORG.org_id });
const describeErr = (err: unknown) => ({ code: 'X', message: String(err) });
const deps = (key?: string) => {
  const c = client(key);
  return { usage: c.usage, sessions: c.sessions, describe: describeErr, nowMs: clock.now() };
};
const routes = () => sim.control.getRequests().map((r) => r.route.replace('/v3/organizations/:org', ''));

describe('loadUsageReport (against devin-sim)', () => {
  it('ACUs per day, PRs and the top sessions by ACUs in the period; an old session counts only its in-period ACUs', async () => {
    // Old: created 20 days ago, 50 ACUs in all, 4 of them 2 days ago (ran 1 h at 4 ACU/h).
    const old = sim.control.createSession({ title: 'old', status: 'running', status_detail: 'waiting_for_user', created_at: DAY_START - 20 * DAY, updated_at: DAY_START - 19 * DAY, acus_consumed: 46 });
    sim.control.createSession({ title: 'fresh', created_at: DAY_START - 2 * DAY, status: 'exit', updated_at: DAY_START - 2 * DAY + 3600, acus_consumed: 10, pull_requests: [{ pr_url: 'https://github.com/o/r/pull/1', pr_state: 'merged' }] });
    sim.control.createSession({ title: 'small', status: 'exit', created_at: DAY_START - DAY, updated_at: DAY_START - DAY + 60, acus_consumed: 1 });
    // The old session works for an hour two days ago: 4 ACUs in the period, 50 in its life.
    clock.set((DAY_START - 2 * DAY + 7200) * 1000);
    sim.control.setSessionStatus(old.session_id, { status: 'running', status_detail: 'working' });
    clock.advance(3_600_000);
    sim.control.setSessionStatus(old.session_id, { status: 'running', status_detail: 'finished' });
    clock.set(START);
    sim.control.clearRequests();

    const report = await loadUsageReport(deps(), 7);
    expect(report).toMatchObject({ days: 7, fromSec: DAY_START - 6 * DAY, toSec: DAY_START + DAY });
    if (report.consumption.state !== 'ok') throw new Error('consumption');
    expect(report.consumption.value.totalAcus).toBeCloseTo(15, 3);
    expect(report.consumption.value.days).toHaveLength(7);
    expect(report.prs).toEqual({ state: 'ok', value: { created: 1, merged: 1 } });
    if (report.topSessions.state !== 'ok') throw new Error('top');
    expect(report.topSessions.value.items.map((s) => [s.title, Math.round(s.acus * 1000) / 1000, s.exact])).toEqual([
      ['fresh', 10, true],
      ['old', 4, true],
      ['small', 1, true],
    ]);
    // One lookup: only the session that started before the period needed its daily consumption.
    expect(routes().filter((r) => r.includes('consumption/daily/sessions'))).toHaveLength(1);
  });

  it('stops looking sessions up once no candidate can enter the top list', async () => {
    const before = DAY_START - 30 * DAY;
    // 15 fresh sessions of 10..24 ACUs, and 30 old ones whose lifetime ACUs (5) cannot beat them.
    for (let i = 0; i < 15; i++) sim.control.createSession({ status: 'exit', created_at: DAY_START - DAY, updated_at: DAY_START - DAY + 60, acus_consumed: 10 + i });
    for (let i = 0; i < 30; i++) sim.control.createSession({ status: 'exit', created_at: before, updated_at: DAY_START - DAY, acus_consumed: 5 });
    sim.control.clearRequests();
    const report = await loadUsageReport(deps(), 7);
    if (report.topSessions.state !== 'ok') throw new Error('top');
    expect(report.topSessions.value.items.map((s) => s.acus)).toEqual([24, 23, 22, 21, 20, 19, 18, 17, 16, 15]);
    expect(routes().filter((r) => r.includes('consumption/daily/sessions'))).toHaveLength(0);
    expect(MAX_EXACT_LOOKUPS).toBeLessThan(30);
  });

  it('a key without ManageBilling / ViewAccountMetrics gets each part as forbidden, naming the permission', async () => {
    sim.control.createSession({});
    const report = await loadUsageReport(deps(SIM_KEYS.readonly), 30);
    expect(report.consumption).toEqual({ state: 'forbidden', permission: 'ManageBilling' });
    expect(report.prs).toEqual({ state: 'forbidden', permission: 'ViewAccountMetrics' });
    expect(report.topSessions).toEqual({ state: 'forbidden', permission: 'ManageBilling' });
    // Nothing was looked up for the top list without the permission its figures need.
    expect(routes().filter((r) => r.includes('sessions'))).toEqual([]);
  });

  it('a failing part is that part’s error only', async () => {
    sim.control.addFault({ path: '/v3/organizations/org-sim/metrics/usage', kind: 'status', status: 500, times: -1 });
    const report = await loadUsageReport({ ...deps(), usage: createDevinClient({ baseUrl: sim.baseUrl, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id, retry: { maxRetries: 0 } }).usage }, 7);
    expect(report.consumption.state).toBe('ok');
    expect(report.prs).toMatchObject({ state: 'error', code: 'X' });
  });
});

describe('loadSessionUsage', () => {
  it("a session's ACUs per day since it was created (days with usage only)", async () => {
    const s = sim.control.createSession({ status: 'exit', created_at: DAY_START - 2 * DAY + 3600, updated_at: DAY_START - DAY + 3600, acus_consumed: 8 });
    const usage = await loadSessionUsage({ usage: client().usage, describe: describeErr, nowMs: clock.now() }, { sessionId: s.session_id, createdAtSec: s.created_at });
    if (usage.state !== 'ok') throw new Error('usage');
    expect(usage.value.totalAcus).toBe(8);
    expect(usage.value.days.map((d) => [d.date, d.acus])).toEqual([
      ['2026-01-13', 7.6667],
      ['2026-01-14', 0.3333],
    ]);
    const forbidden = await loadSessionUsage({ usage: client(SIM_KEYS.readonly).usage, describe: describeErr, nowMs: clock.now() }, { sessionId: s.session_id, createdAtSec: s.created_at });
    expect(forbidden).toEqual({ state: 'forbidden', permission: 'ManageBilling' });
  });
});
