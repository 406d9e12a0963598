import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startSim, SIM_KEYS, type SimHandle } from '../../sim/server';
import { FakeKeychain } from '../account/testing/fake-keychain';
import { createCore, type Core } from '../core';
import { FakeClock } from '../sessions/fake-clock';
import type { UsageAlert } from './usage-service';

const RENDERER = 'http://127.0.0.1:5999/';
const HOUR = 3_600_000;
// 2026-01-15 09:00 UTC: an hour into the usage day "2026-01-15" (days start at 08:00 UTC).
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

let clock: FakeClock;
let sim: SimHandle;
let dir: string;
let keychain: FakeKeychain;
let cores: Core[];

beforeEach(async () => {
  clock = new FakeClock(T0);
  sim = await startSim({ now: clock.now });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-budget-'));
  keychain = new FakeKeychain();
  cores = [];
});

afterEach(async () => {
  for (const c of cores) await c.dispose();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

/** A core on the fake clock whose alerts land in `alerts`. */
async function startCore(alerts: UsageAlert[], locale = 'en-US'): Promise<Core> {
  const core = createCore({
    userDataDir: dir,
    env: {},
    osLocale: locale,
    runtime: 'preview',
    trustedRendererUrls: [RENDERER],
    keychain,
    openExternal: async () => undefined,
    version: '1.0.0',
    platform: 'linux',
    sessionsDeps: { clock, random: () => 0.5 },
  });
  cores.push(core);
  core.usage.on('alert', (a) => alerts.push(a));
  await core.start();
  return core;
}

const consumptionCalls = () => sim.control.getRequests().filter((r) => r.route.endsWith('/consumption/daily')).length;

/** Moves the fake clock (the tracker polls on it) and waits for a budget check it started. */
async function advance(core: Core, ms: number): Promise<void> {
  await clock.advanceBy(ms);
  await core.usage.polled();
}

/** ACUs used "now" on the sim clock (org-level, as Windsurf or a session outside the list would). */
const use = (acus: number) => sim.control.addProductUsage({ product: 'devin', acus, from: Math.floor(clock.now() / 1000) });
const said = (alerts: UsageAlert[]) => alerts.map((a) => `${a.scope}:${a.threshold}:${a.period}`);

describe('budgets on the fake clock (real core, tracker and devin-sim)', () => {
  it('notifies once at 80% and once at 100% of the daily budget, reading consumption at most once an hour', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: sim.baseUrl, usage: { dailyBudgetAcus: 5 } }));
    const alerts: UsageAlert[] = [];
    const core = await startCore(alerts);
    await core.router.handle('account:signIn', { key: SIM_KEYS.org }, { senderUrl: `${RENDERER}index.html` });
    await vi.waitFor(() => expect(core.usage.today().asOfMs).not.toBeNull());
    expect(core.usage.today()).toMatchObject({ day: '2026-01-15', acus: 0 });

    use(4);
    await advance(core, 30 * 60_000); // 80% used, but the hour is not over: no request, no alert
    expect(alerts).toEqual([]);
    await advance(core, 30 * 60_000 + 1000);
    expect(said(alerts)).toEqual(['daily:80:2026-01-15']);
    expect(alerts[0]).toMatchObject({ title: 'Devin usage: 80% of today’s budget', body: '4 of 5 ACUs used today (2026-01-15).' });
    expect(core.usage.today().acus).toBe(4);

    use(0.5); // 90%: still nothing new to say
    await advance(core, HOUR);
    use(1); // 110%
    await advance(core, HOUR);
    await advance(core, HOUR);
    expect(said(alerts)).toEqual(['daily:80:2026-01-15', 'daily:100:2026-01-15']);

    // The tracker polled every minute or so of fake time; consumption was read once an hour.
    const polls = sim.control.getRequests().filter((r) => r.route === '/v3/organizations/:org/sessions').length;
    expect(polls).toBeGreaterThan(150);
    expect(consumptionCalls()).toBe(5);
    const memory = JSON.parse(await readFile(join(dir, 'usage-budgets.json'), 'utf8')) as unknown;
    expect(memory).toMatchObject({ byOrg: { 'org-sim': { daily: { period: '2026-01-15', budget: 5, notified: [80, 100] } } } });
  });

  it('a jump past both says 100% once; a restart does not say it again; a new day starts afresh (zh-CN)', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: sim.baseUrl, locale: 'zh-CN', usage: { dailyBudgetAcus: 5, monthlyBudgetAcus: 1000 } }));
    use(8);
    const first: UsageAlert[] = [];
    const core = await startCore(first);
    await core.router.handle('account:signIn', { key: SIM_KEYS.org }, { senderUrl: `${RENDERER}index.html` });
    await vi.waitFor(() => expect(first).toHaveLength(1));
    expect(said(first)).toEqual(['daily:100:2026-01-15']);
    expect(first[0]).toMatchObject({ title: 'Devin 用量：已达今日预算的 100%', body: '今日（2026-01-15）已用 8 ACU，预算 5 ACU。' });
    await core.dispose();
    cores = [];

    const second: UsageAlert[] = [];
    const again = await startCore(second);
    await vi.waitFor(() => expect(again.usage.today().asOfMs).not.toBeNull());
    use(1);
    await advance(again, HOUR + 1000);
    expect(again.usage.today().acus).toBe(9);
    expect(second).toEqual([]);
    await again.dispose();
    cores = [];

    // Closed overnight; past 08:00 UTC the next usage day starts at 0.
    await clock.advanceTo(Date.UTC(2026, 0, 16, 8, 5, 0));
    use(4.5);
    const third: UsageAlert[] = [];
    const nextDay = await startCore(third);
    await vi.waitFor(() => expect(third).toHaveLength(1));
    expect(nextDay.usage.today()).toMatchObject({ day: '2026-01-16', acus: 4.5, monthAcus: 13.5 });
    expect(said(third)).toEqual(['daily:80:2026-01-16']);
  });

  it('without a budget, today’s ACUs are read for the tray but no file is written; dispose waits for a check under way', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: sim.baseUrl }));
    use(3);
    const alerts: UsageAlert[] = [];
    const core = await startCore(alerts);
    await core.router.handle('account:signIn', { key: SIM_KEYS.org }, { senderUrl: `${RENDERER}index.html` });
    await vi.waitFor(() => expect(core.usage.today().acus).toBe(3));
    await advance(core, HOUR + 1000);
    expect(alerts).toEqual([]);
    expect(await readdir(dir)).not.toContain('usage-budgets.json');

    // A budget set now is checked at once against the figures there are, and remembered.
    await core.usage.updateSettings({ dailyBudgetAcus: 2 });
    expect(said(alerts)).toEqual(['daily:100:2026-01-15']);
    use(1);
    await clock.advanceBy(HOUR + 1000); // starts a check (a request, maybe a write)…
    await core.dispose(); // …which dispose waits for, so the folder can be removed at once
    cores = [];
    await rm(dir, { recursive: true });
    await mkdir(dir);
  });

  it('a key without ManageBilling: no alerts, no errors, and no more than one try an hour', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: sim.baseUrl, usage: { dailyBudgetAcus: 1 } }));
    use(5);
    const alerts: UsageAlert[] = [];
    const core = await startCore(alerts);
    await core.router.handle('account:signIn', { key: SIM_KEYS.readonly }, { senderUrl: `${RENDERER}index.html` });
    await vi.waitFor(() => expect(core.usage.today().forbidden).toBe('ManageBilling'));
    await advance(core, 2 * HOUR);
    expect(alerts).toEqual([]);
    expect(core.usage.today()).toMatchObject({ acus: null, forbidden: 'ManageBilling' });
    expect(consumptionCalls()).toBe(3);
  });
});
