import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSim, type SessionView, type SimHandle } from './server';
import { SIM_KEYS } from './keys';
import { fakeClock, simApi, type PageBody } from './test-support';

const clock = fakeClock();
let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim({ now: clock.now, seed: 'demo' });
});
afterAll(() => sim.close());

const ORG = '/v3/organizations/org-sim';
const api = () => simApi(sim.baseUrl);
const sessions = async () => (await api().get<PageBody<SessionView>>(`${ORG}/sessions?first=200`)).body.items;

describe("seed 'demo'", () => {
  it('has about a dozen varied sessions covering the interesting states', async () => {
    const list = await sessions();
    expect(list.length).toBeGreaterThanOrEqual(12);
    const states = new Set(list.map((s) => `${s.status}/${s.status_detail ?? ''}`));
    for (const st of ['running/working', 'running/waiting_for_user', 'running/waiting_for_approval', 'running/finished', 'error/', 'suspended/inactivity', 'new/']) {
      expect(states).toContain(st);
    }
    expect(list.some((s) => s.is_archived)).toBe(true);
    expect(list.some((s) => s.pull_requests.length > 0 && s.status_detail === 'finished')).toBe(true);
    expect(list.every((s) => s.title && s.tags.length > 0)).toBe(true);
  });

  it('serves real text bytes for attachments', async () => {
    const withFiles = (await sessions()).find((s) => s.title?.includes('customer feedback'));
    const atts = await api().get<{ attachment_id: string; name: string; url: string }[]>(`${ORG}/sessions/${withFiles?.session_id}/attachments`);
    expect(atts.body.map((a) => a.name)).toEqual(['feedback-summary.md', 'themes.csv', 'clustering.log']);
    // By the documented route: the key to the API, the 307 followed to presigned storage.
    const bytes = (a: { attachment_id: string; name: string } | undefined) =>
      fetch(`${sim.baseUrl}${ORG}/attachments/${a?.attachment_id}/${encodeURIComponent(a?.name ?? '')}`, { headers: { authorization: 'Bearer cog_sim_org' } }).then((r) => r.text());
    expect(await bytes(atts.body[0])).toContain('# Q3 customer feedback');
    expect(await bytes(atts.body[2])).toContain('clustered into 9 themes');
    // The listed url is the web app's: a sign-in page.
    expect(await (await fetch(atts.body[0]?.url ?? '')).text()).toContain('Sign in to Devin');
  });

  it('keeps sessions moving for about ten minutes', async () => {
    const before = new Map((await sessions()).map((s) => [s.session_id, s.updated_at]));
    clock.advance(3 * 60_000);
    const mid = await sessions();
    expect(mid.filter((s) => s.updated_at !== before.get(s.session_id)).length).toBeGreaterThanOrEqual(3);
    clock.advance(7 * 60_000);
    const end = await sessions();
    const changedLate = end.filter((s) => s.updated_at !== mid.find((m) => m.session_id === s.session_id)?.updated_at);
    expect(changedLate.length).toBeGreaterThanOrEqual(2);
    expect(end.find((s) => s.title?.startsWith('Bump lodash'))).toMatchObject({ status: 'running', status_detail: 'finished' });
  });

  it('has notes, playbooks, schedules, and sessions in the second org', async () => {
    expect((await api().get<PageBody>(`${ORG}/knowledge/notes`)).body.total).toBe(3);
    expect((await api().get<PageBody>(`${ORG}/playbooks`)).body.total).toBe(2);
    const schedules = await api().get<PageBody<{ last_executed_at: string | null; playbook: unknown }>>(`${ORG}/schedules`);
    expect(schedules.body.total).toBe(2);
    expect(schedules.body.items.every((s) => s.last_executed_at !== null)).toBe(true);
    const other = await simApi(sim.baseUrl, SIM_KEYS.enterprise).get<PageBody>('/v3/organizations/org-sim-2/sessions');
    expect(other.body.total).toBe(2);
  });
});
