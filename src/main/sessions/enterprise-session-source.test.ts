import { afterEach, describe, expect, it } from 'vitest';
import { SIM_KEYS, SIM_ORG, SIM_ORG_2 } from '../../sim/keys';
import { ALL_ORGS_STATE_ID, enterpriseSessionSource } from './enterprise-session-source';
import { startSimTracker, type SimTrackerHarness } from './sim-tracker-harness';

const S = 1000;
let h: SimTrackerHarness | null = null;
afterEach(async () => {
  await h?.close();
  h = null;
});

const start = () =>
  startSimTracker({
    apiKey: SIM_KEYS.enterprise,
    stateId: ALL_ORGS_STATE_ID,
    source: (client) =>
      enterpriseSessionSource({
        enterprise: client.enterprise.sessions,
        org: (orgId) => client.withOrg(orgId).sessions,
        defaultCreateOrg: () => SIM_ORG.org_id,
      }),
  });

const routes = (harness: SimTrackerHarness) => harness.sim.control.getRequests().map((r) => `${r.method} ${r.route}`);

describe('the All-organisations source (enterprise key, devin-sim, fake clock)', () => {
  it('lists both orgs with ONE enterprise request per poll, each view naming its org, and notifies across orgs', async () => {
    h = await start();
    const { sim, clock, tracker } = h;
    sim.control.createSession({ org_id: SIM_ORG.org_id, title: 'one' });
    const two = sim.control.createSession({
      org_id: SIM_ORG_2.org_id,
      title: 'two',
      script: [{ atMs: 30 * S, status: 'error' }],
    });
    sim.control.clearRequests();
    await tracker.start();
    expect(tracker.list().map((v) => [v.title, v.orgId]).sort()).toEqual([
      ['one', SIM_ORG.org_id],
      ['two', SIM_ORG_2.org_id],
    ]);
    expect(routes(h)).toEqual(['GET /v3/enterprise/sessions']);
    expect(sim.control.getRequests()[0]?.query).toMatchObject({ updated_after: expect.any(String) });

    sim.control.clearRequests();
    await clock.advanceBy(60 * S);
    await tracker.kick();
    const polls = routes(h);
    expect(polls.length).toBeGreaterThan(0);
    expect(new Set(polls)).toEqual(new Set(['GET /v3/enterprise/sessions']));
    expect(h.record.notifications.map((n) => [n.kind, n.sessionId])).toEqual([['error', two.session_id]]);
  });

  it('messages and a plain reply go through the enterprise routes; archive, a reply with files and create through the org', async () => {
    h = await start();
    const { sim, tracker } = h;
    const two = sim.control.createSession({ org_id: SIM_ORG_2.org_id, title: 'two', messages: [{ source: 'devin', message: 'from org 2' }] });
    await tracker.start();
    sim.control.clearRequests();

    expect((await tracker.watchMessages(two.session_id)).map((m) => m.message)).toEqual(['from org 2']);
    await tracker.send(two.session_id, 'thanks');
    const file = await h.client.withOrg(SIM_ORG_2.org_id).uploadAttachment({ name: 'n.txt', data: Buffer.from('n') });
    await tracker.send(two.session_id, 'with a file', [file.url]);
    await tracker.archive(two.session_id);
    const created = await tracker.create({ prompt: 'In org two' }, SIM_ORG_2.org_id);
    expect(sim.control.getSession(created.sessionId).org_id).toBe(SIM_ORG_2.org_id);
    expect(created.orgId).toBe(SIM_ORG_2.org_id);
    const fallback = await tracker.create({ prompt: 'Default org' });
    expect(sim.control.getSession(fallback.sessionId).org_id).toBe(SIM_ORG.org_id);

    const calls = sim.control.getRequests().map((r) => `${r.method} ${r.path}`);
    const e = `/v3/enterprise/sessions/${two.session_id}`;
    expect(calls).toContain(`GET ${e}/messages`);
    expect(calls).toContain(`POST ${e}/messages`);
    expect(calls).toContain(`POST /v3/organizations/org-sim-2/sessions/${two.session_id}/messages`);
    expect(calls).toContain(`POST /v3/organizations/org-sim-2/sessions/${two.session_id}/archive`);
    expect(calls).toContain('POST /v3/organizations/org-sim-2/sessions');
    expect(calls).toContain('POST /v3/organizations/org-sim/sessions');
    expect(calls.filter((c) => c.startsWith('GET /v3/organizations/'))).toEqual([]);
    expect(sim.control.getRequests().find((r) => r.path === `${e}/messages`)?.query).toMatchObject({ org_id: SIM_ORG_2.org_id });
  });
});
