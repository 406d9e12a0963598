import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevinClient } from '../../main/api/client';
import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import type { SessionView } from '../../shared/sessions/session-view';
import type { CliIO } from '../types';
import { createSessionsCommand } from './sessions';

let sim: SimHandle;
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
let now = T0;

beforeAll(async () => {
  sim = await startSim({ now: () => now });
  const at = (min: number) => Math.floor((T0 + min * 60_000) / 1000);
  sim.control.createSession({ org_id: 'org-sim', title: 'Fix login', created_at: at(1) });
  sim.control.createSession({ org_id: 'org-sim-2', title: 'Audit IAM', status: 'error', created_at: at(2) });
  now = T0 + 10 * 60_000;
});
afterAll(async () => {
  await sim.close();
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIO = { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: async () => '', env: {}, cwd: '/', locale: 'en' };
  return { io: value, out: () => out.join(''), err: () => err.join('') };
}
const command = (apiKey: string) =>
  createSessionsCommand({
    getApi: async () => ({ client: createDevinClient({ baseUrl: sim.baseUrl, apiKey, orgId: SIM_ORG.org_id }), orgId: SIM_ORG.org_id }),
  });

describe('devin-tray sessions --all-orgs (enterprise key, devin-sim)', () => {
  it('lists every organisation with an organisation column, from the enterprise routes', async () => {
    sim.control.clearRequests();
    const t = io();
    expect(await command(SIM_KEYS.enterprise).run(['--all-orgs'], t.io)).toBe(0);
    const lines = t.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^ID\s+ORGANISATION\s+STATE\s+UPDATED\s+TITLE$/);
    expect(lines.slice(1).map((l) => l.split(/\s{2,}/).slice(1))).toEqual([
      ['Sim Org Two', 'Error', '2026-01-15 09:02', 'Audit IAM'],
      ['Sim Org', 'Working', '2026-01-15 09:01', 'Fix login'],
    ]);
    const routes = sim.control.getRequests().map((r) => r.route);
    expect(routes).toContain('/v3/enterprise/sessions');
    expect(routes.filter((r) => r.startsWith('/v3/organizations/'))).toEqual([]);
  });

  it('--json: views with orgId, orgName and insights (enterprise insights list)', async () => {
    sim.control.clearRequests();
    const t = io();
    expect(await command(SIM_KEYS.enterprise).run(['--all-orgs', '--json'], t.io)).toBe(0);
    const views = JSON.parse(t.out()) as (SessionView & { orgName: string; insights: unknown })[];
    expect(views.map((v) => [v.title, v.orgId, v.orgName])).toEqual([
      ['Audit IAM', 'org-sim-2', 'Sim Org Two'],
      ['Fix login', 'org-sim', 'Sim Org'],
    ]);
    expect(views.every((v) => v.insights !== null)).toBe(true);
    expect(sim.control.getRequests().map((r) => r.route)).toContain('/v3/enterprise/sessions/insights');
  });

  it('an org key gets the API refusal (403), not a partial list', async () => {
    const t = io();
    await expect(command(SIM_KEYS.org).run(['--all-orgs'], t.io)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
