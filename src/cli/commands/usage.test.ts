import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDevinClient } from '../../main/api/client';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import { fakeClock } from '../../sim/test-support';
import type { CliIO } from '../types';
import { createUsageCommand, type UsageJson } from './usage';

// 2026-01-15 12:00 UTC: the usage day "2026-01-15" began at 08:00 UTC.
const START = Date.UTC(2026, 0, 15, 12, 0, 0);
const DAY = 86_400;
const DAY_START = Date.UTC(2026, 0, 15, 8) / 1000;
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

function io(locale: CliIO['locale'] = 'en') {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd: '/', locale };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}
const command = (key: string = SIM_KEYS.org) =>
  createUsageCommand({
    getApi: async () => ({ client: createDevinClient({ baseUrl: sim.baseUrl, apiKey: key, orgId: SIM_ORG.org_id }), orgId: SIM_ORG.org_id }),
    now: clock.now,
  });

/** Usage on three days: a session that ran 6 h two days ago (24 ACUs), one working for 1 h today (4), Windsurf yesterday. */
function seedUsage(): void {
  const twoDaysAgo = DAY_START - 2 * DAY;
  sim.control.createSession({ status: 'exit', created_at: twoDaysAgo + 3600, updated_at: twoDaysAgo + 7 * 3600, acus_consumed: 24, pull_requests: [{ pr_url: 'https://github.com/o/r/pull/9', pr_state: 'merged' }] });
  sim.control.addProductUsage({ product: 'cascade', acus: 2.5, from: DAY_START - DAY + 3600 });
  sim.control.createSession({});
  clock.advance(3_600_000);
}

describe('devin-tray usage (against devin-sim)', () => {
  it('--json prints {from, to, total_acus, days[{date, acus, by_product}], prs_created, prs_merged} for the last N days', async () => {
    seedUsage();
    const t = io();
    expect(await command().run(['--days', '3', '--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out()) as UsageJson;
    expect(json).toEqual({
      from: '2026-01-13',
      to: '2026-01-15',
      total_acus: 30.5,
      days: [
        { date: '2026-01-13', acus: 24, by_product: { devin: 24, cascade: 0, terminal: 0 } },
        { date: '2026-01-14', acus: 2.5, by_product: { devin: 0, cascade: 2.5, terminal: 0 } },
        { date: '2026-01-15', acus: 4, by_product: { devin: 4, cascade: 0, terminal: 0 } },
      ],
      prs_created: 1,
      prs_merged: 1,
    });
    expect(t.err()).toBe('');
    // One consumption and one metrics call, on day boundaries (08:00 UTC), as the contract names them.
    const calls = sim.control.getRequests().map((r) => `${r.method} ${r.path} ${r.rawQuery}`);
    const window = `time_after=${DAY_START - 2 * DAY}&time_before=${DAY_START + DAY}`;
    expect(calls).toEqual([
      `GET /v3/organizations/org-sim/consumption/daily ${window}`,
      `GET /v3/organizations/org-sim/metrics/usage ${window}`,
    ]);
  });

  it('defaults to 7 days, filling days without usage with 0; a text table in zh-CN', async () => {
    seedUsage();
    const t = io();
    expect(await command().run(['--json'], t.io)).toBe(0);
    const json = JSON.parse(t.out()) as UsageJson;
    expect(json.days.map((d) => d.date)).toEqual(['2026-01-09', '2026-01-10', '2026-01-11', '2026-01-12', '2026-01-13', '2026-01-14', '2026-01-15']);
    expect(json.days[0]).toEqual({ date: '2026-01-09', acus: 0, by_product: { devin: 0, cascade: 0, terminal: 0 } });
    const zh = io('zh-CN');
    expect(await command().run([], zh.io)).toBe(0);
    expect(zh.out()).toContain('Devin 用量，2026-01-09 至 2026-01-15');
    expect(zh.out()).toContain('合计：30.5 ACU');
    expect(zh.out()).toContain('拉取请求：创建 1 个，合并 1 个');
    expect(zh.out()).toMatch(/2026-01-13\s+24\s+█{30}/);
  });

  it('a key without ManageBilling is told which permission it lacks (exit 1), with no partial output', async () => {
    const t = io();
    expect(await command(SIM_KEYS.readonly).run(['--json'], t.io)).toBe(1);
    expect(t.out()).toBe('');
    expect(t.err()).toContain('lacks the ManageBilling permission');
  });

  it('without ViewAccountMetrics the PR figures are null and stderr says why', async () => {
    seedUsage();
    sim.control.revokePermissions({ revoke: ['ViewAccountMetrics'] });
    const t = io();
    expect(await command().run(['--days', '1', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toMatchObject({ from: '2026-01-15', to: '2026-01-15', total_acus: 4, prs_created: null, prs_merged: null });
    expect(t.err()).toContain('ViewAccountMetrics');
  });

  it.each(['0', '91', 'x', '1.5'])('--days %s is a usage error (exit 2) and sends nothing', async (value) => {
    const t = io();
    expect(await command().run(['--days', value], t.io)).toBe(2);
    expect(t.err()).toContain('--days takes a whole number from 1 to 90');
    expect(sim.control.getRequests()).toEqual([]);
  });
});
