import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type SimHandle } from './server';
import { SIM_KEYS } from './keys';
import { fakeClock, simApi, type PageBody } from './test-support';

// 2026-01-15 12:00 UTC: the sim day began at 08:00 UTC (midnight PST).
const START = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY_START = Date.UTC(2026, 0, 15, 8, 0, 0) / 1000;
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

const ORG = '/v3/organizations/org-sim';
const api = (key: string = SIM_KEYS.org) => simApi(sim.baseUrl, key);

interface Day {
  date: number;
  acus: number;
  acus_by_product: { devin: number; cascade: number; terminal: number };
}
interface Consumption {
  total_acus: number;
  consumption_by_date: Day[];
}
const daily = async (query = '', key?: string) => api(key).get<Consumption>(`${ORG}/consumption/daily${query}`);
const window = (after: number, before: number) => `?time_after=${after}&time_before=${before}`;

describe('consumption: ACUs accrue on the sim clock', () => {
  it('a working session accrues 4 ACUs an hour, and the org total is the sum of its sessions', async () => {
    const a = sim.control.createSession({ title: 'works' });
    const b = sim.control.createSession({ status: 'running', status_detail: 'waiting_for_user' });
    clock.advance(3_600_000);
    expect(sim.control.getSession(a.session_id).acus_consumed).toBeCloseTo(4, 6);
    expect(sim.control.getSession(b.session_id).acus_consumed).toBe(0);

    const res = await daily(window(DAY_START, DAY_START + DAY));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ total_acus: 4, consumption_by_date: [{ date: DAY_START, acus: 4, acus_by_product: { devin: 4, cascade: 0, terminal: 0 } }] });
    // The list shows the same figure.
    const listed = await api().get<PageBody<{ session_id: string; acus_consumed: number }>>(`${ORG}/sessions`);
    expect(listed.body.items.find((s) => s.session_id === a.session_id)?.acus_consumed).toBeCloseTo(4, 6);
  });

  it('splits work across the 08:00 UTC day boundary', async () => {
    clock.set(Date.UTC(2026, 0, 16, 7, 0, 0)); // 07:00 UTC on the 16th: still the 15th's sim day
    sim.control.createSession({});
    clock.advance(2 * 3_600_000);
    const res = await daily(window(DAY_START, DAY_START + 2 * DAY));
    expect(res.body.consumption_by_date).toEqual([
      { date: DAY_START, acus: 4, acus_by_product: { devin: 4, cascade: 0, terminal: 0 } },
      { date: DAY_START + DAY, acus: 4, acus_by_product: { devin: 4, cascade: 0, terminal: 0 } },
    ]);
    expect(res.body.total_acus).toBe(8);
    // A window holding only the second day counts only it.
    expect((await daily(window(DAY_START + DAY, DAY_START + 2 * DAY))).body.total_acus).toBe(4);
  });

  it('stops accruing when a script step finishes the session, even if the clock jumps past it', async () => {
    const s = sim.control.createSession({ script: [{ atMs: 30 * 60_000, status: 'running', status_detail: 'finished' }] });
    clock.advance(3 * 3_600_000);
    expect(sim.control.getSession(s.session_id).acus_consumed).toBeCloseTo(2, 6);
    expect((await daily()).body.total_acus).toBe(2);
  });

  it('a script raising acus_consumed adds the difference at the step time; ACUs never go down', async () => {
    const s = sim.control.createSession({
      status: 'running',
      status_detail: 'waiting_for_user',
      script: [
        { atMs: 10 * 60_000, acus: 3 },
        { atMs: 20 * 60_000, acus: 1 },
      ],
    });
    clock.advance(30 * 60_000);
    expect(sim.control.getSession(s.session_id).acus_consumed).toBe(3);
    const per = await api().get<Consumption>(`${ORG}/consumption/daily/sessions/${s.session_id}`);
    expect(per.body).toEqual({ total_acus: 3, consumption_by_date: [{ date: DAY_START, acus: 3, acus_by_product: { devin: 3, cascade: 0, terminal: 0 } }] });
  });

  it('spreads ACUs a session already had over its active time (the days it ran)', async () => {
    // Ran 12 hours from 20:00 UTC on the 13th (sim day of the 13th) to 08:00 UTC on the 14th.
    const created = Date.UTC(2026, 0, 13, 20, 0, 0) / 1000;
    const s = sim.control.createSession({ status: 'exit', created_at: created, updated_at: created + 12 * 3600, acus_consumed: 6 });
    const res = await api().get<Consumption>(`${ORG}/consumption/daily/sessions/${s.session_id}${window(DAY_START - 3 * DAY, DAY_START + DAY)}`);
    expect(res.body.consumption_by_date.map((d) => [d.date, d.acus])).toEqual([[DAY_START - 2 * DAY, 6]]);
    expect(res.body.total_acus).toBe(6);
    // Another org's key or session: 404, like any session route.
    expect((await api().get(`${ORG}/consumption/daily/sessions/devin-${'0'.repeat(32)}`)).status).toBe(404);
  });

  it('adds org-level product usage (cascade, terminal) to the split; each day is the sum of its products', async () => {
    sim.control.createSession({});
    sim.control.addProductUsage({ product: 'cascade', acus: 1.5, from: DAY_START + 3600 });
    sim.control.addProductUsage({ product: 'terminal', acus: 0.25, from: DAY_START - DAY + 3600, to: DAY_START - DAY + 7200 });
    clock.advance(30 * 60_000);
    const res = await daily(window(DAY_START - DAY, DAY_START + DAY));
    expect(res.body.consumption_by_date).toEqual([
      { date: DAY_START - DAY, acus: 0.25, acus_by_product: { devin: 0, cascade: 0, terminal: 0.25 } },
      { date: DAY_START, acus: 3.5, acus_by_product: { devin: 2, cascade: 1.5, terminal: 0 } },
    ]);
    expect(res.body.total_acus).toBe(3.75);
    expect(() => sim.control.addProductUsage({ product: 'windsurf', acus: 1, from: 0 })).toThrow();
  });

  it('answers an empty list when nothing was used, and 422s bad windows', async () => {
    expect((await daily()).body).toEqual({ total_acus: 0, consumption_by_date: [] });
    expect((await daily('?time_after=abc')).status).toBe(422);
    expect((await daily('?time_before=-1')).status).toBe(422);
    const reversed = await daily(window(DAY_START + DAY, DAY_START));
    expect(reversed.status).toBe(422);
    expect(reversed.body).toMatchObject({ status: 422, detail: [{ loc: ['query', 'time_after'] }] });
  });
});

describe('metrics/usage', () => {
  it('counts pull requests created and merged in the window, as the lifecycle made them', async () => {
    sim.control.createSession({
      script: [
        { atMs: 60_000, pullRequest: { pr_url: 'https://github.com/o/r/pull/1', pr_state: 'open' } },
        { atMs: DAY * 1000, pullRequest: { pr_url: 'https://github.com/o/r/pull/1', pr_state: 'merged' } },
      ],
    });
    sim.control.createSession({ status: 'exit', pull_requests: [{ pr_url: 'https://github.com/o/r/pull/2', pr_state: 'open' }] });
    clock.advance(2 * DAY * 1000);
    const today = await api().get(`/v3/organizations/org-sim/metrics/usage${window(DAY_START, DAY_START + DAY)}`);
    expect(today).toMatchObject({ status: 200, body: { prs_created_count: 2, prs_merged_count: 0, searches_count: 0 } });
    const tomorrow = await api().get(`/v3/organizations/org-sim/metrics/usage${window(DAY_START + DAY, DAY_START + 2 * DAY)}`);
    expect(tomorrow.body).toEqual({ prs_created_count: 0, prs_merged_count: 1, searches_count: 0 });
    expect((await api().get('/v3/organizations/org-sim/metrics/usage')).body).toMatchObject({ prs_created_count: 2, prs_merged_count: 1 });
  });
});

describe('permissions', () => {
  it('a key without ManageBilling / ViewAccountMetrics gets 403 naming the permission', async () => {
    const billing = await daily('', SIM_KEYS.readonly);
    expect(billing).toMatchObject({ status: 403, body: { status: 403, detail: 'Missing permission: ManageBilling' } });
    const metrics = await api(SIM_KEYS.readonly).get('/v3/organizations/org-sim/metrics/usage');
    expect(metrics).toMatchObject({ status: 403, body: { detail: 'Missing permission: ViewAccountMetrics' } });
  });

  it('the control switch takes a permission from every key, and gives it back', async () => {
    sim.control.revokePermissions({ revoke: ['ManageBilling'] });
    expect((await daily()).status).toBe(403);
    expect((await daily('', SIM_KEYS.enterprise)).status).toBe(403);
    expect((await api().get('/v3/organizations/org-sim/metrics/usage')).status).toBe(200);
    sim.control.revokePermissions({ revoke: [] });
    expect((await daily()).status).toBe(200);
    expect(() => sim.control.revokePermissions({ revoke: ['Nope'] })).toThrow();
    // A reset gives every permission back too.
    sim.control.revokePermissions({ revoke: ['ViewAccountMetrics'] });
    sim.control.reset();
    expect((await api().get('/v3/organizations/org-sim/metrics/usage')).status).toBe(200);
  });
});

describe("seed 'demo'", () => {
  it('has three months of usage in all three products, consistent with its sessions', async () => {
    sim.control.reset({ seed: 'demo' });
    const res = await daily(window(DAY_START - 89 * DAY, DAY_START + DAY));
    const days = res.body.consumption_by_date;
    expect(days.length).toBeGreaterThan(50);
    for (const product of ['devin', 'cascade', 'terminal'] as const) expect(days.some((d) => d.acus_by_product[product] > 0)).toBe(true);
    const sum = days.reduce((s, d) => s + d.acus, 0);
    expect(res.body.total_acus).toBeCloseTo(sum, 3);
    // The Devin part is exactly what the org's sessions consumed (product usage is apart).
    const sessions = await api().get<PageBody<{ acus_consumed: number }>>(`${ORG}/sessions?first=200`);
    let all = sessions.body.items;
    let cursor = sessions.body.end_cursor;
    while (sessions.body.has_next_page && cursor) {
      const next = await api().get<PageBody<{ acus_consumed: number }>>(`${ORG}/sessions?first=200&after=${cursor}`);
      all = [...all, ...next.body.items];
      cursor = next.body.has_next_page ? next.body.end_cursor : null;
    }
    const devin = days.reduce((s, d) => s + d.acus_by_product.devin, 0);
    expect(devin).toBeCloseTo(all.reduce((s, x) => s + x.acus_consumed, 0), 2);
    const metrics = await api().get<{ prs_created_count: number; prs_merged_count: number }>(`${ORG}/metrics/usage`);
    expect(metrics.body.prs_created_count).toBeGreaterThan(10);
    expect(metrics.body.prs_merged_count).toBeGreaterThan(5);
  });
});
