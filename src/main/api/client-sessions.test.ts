import { describe, expect, it } from 'vitest';
import { SIM_KEYS, takeContractViolations } from '../../sim/server';
import { ApiError } from './api-error';
import { rejectionOf, useSim } from './sim-fixture';

const fx = useSim();

describe('identity and organizations', () => {
  it('self() for an org service user, an enterprise user and a PAT', async () => {
    expect(await fx.client().self()).toEqual({ principal_type: 'service_user', service_user_id: 'service-user-sim', service_user_name: 'Sim Bot', org_id: 'org-sim' });
    expect((await fx.client({ apiKey: SIM_KEYS.enterprise, orgId: null }).self()).org_id).toBeNull();
    expect((await fx.client({ apiKey: SIM_KEYS.pat }).self()).principal_type).toBe('pat_user');
  });

  it('lists organizations over more than one page', async () => {
    const c = fx.client({ apiKey: SIM_KEYS.enterprise, orgId: null });
    const first = await c.listOrganizations({ first: 1 });
    expect(first.items).toHaveLength(1);
    expect(first.has_next_page).toBe(true);
    fx.sim.control.clearRequests();
    const all = await c.listAllOrganizations({ first: 1 });
    expect(all.complete).toBe(true);
    expect(all.items.map((o) => o.org_id).sort()).toEqual(['org-sim', 'org-sim-2']);
    expect(fx.sim.control.getRequests().length).toBeGreaterThanOrEqual(2);
  });

  it('withOrg() targets another org with the same settings', async () => {
    const ent = fx.client({ apiKey: SIM_KEYS.enterprise, orgId: 'org-sim' });
    fx.sim.control.createSession({ org_id: 'org-sim-2', title: 'in org 2' });
    expect((await ent.sessions.list()).items).toHaveLength(0);
    const other = ent.withOrg('org-sim-2');
    expect(other.orgId).toBe('org-sim-2');
    expect((await other.sessions.list()).items.map((s) => s.title)).toEqual(['in org 2']);
  });

  it('org-scoped calls without an org reject with ORG_REQUIRED', async () => {
    const e = await rejectionOf(fx.client({ orgId: null }).sessions.list());
    expect(e).toMatchObject({ code: 'ORG_REQUIRED' });
  });
});

describe('sessions', () => {
  it('create → get → send message → archive → terminate', async () => {
    const c = fx.client();
    const created = await c.sessions.create({ prompt: 'Fix the login bug', title: 'Login', tags: ['handoff'], repos: ['o/r'] });
    expect(created.session_id).toMatch(/^devin-/);
    expect(fx.sim.control.getCreatedRequest(created.session_id)).toMatchObject({ prompt: 'Fix the login bug', repos: ['o/r'] });

    const got = await c.sessions.get(created.session_id);
    expect(got).toMatchObject({ title: 'Login', tags: ['handoff'], org_id: 'org-sim' });

    const afterMsg = await c.sessions.sendMessage(created.session_id, { message: 'also check logout' });
    expect(afterMsg.session_id).toBe(created.session_id);
    const msgs = await c.sessions.messages(created.session_id);
    expect(msgs.items.some((m) => m.message === 'also check logout' && m.source === 'user')).toBe(true);

    const archived = await c.sessions.archive(created.session_id);
    expect(archived.is_archived).toBe(true);

    const other = await c.sessions.create({ prompt: 'second' });
    const terminated = await c.sessions.terminate(other.session_id, { archive: true });
    expect(terminated).toMatchObject({ status: 'exit', is_archived: true });
    expect(fx.sim.control.getRequests().at(-1)).toMatchObject({ method: 'DELETE', query: { archive: 'true' } });
  });

  it('normalises ids: get() works with or without the devin- prefix', async () => {
    const s = fx.sim.control.createSession({ title: 'x' });
    const bare = s.session_id.replace(/^devin-/, '');
    expect((await fx.client().sessions.get(bare)).session_id).toBe(s.session_id);
    expect(fx.sim.control.getRequests().at(-1)?.path).toBe(`/v3/organizations/org-sim/sessions/${s.session_id}`);
  });

  it('parses unknown enum values from the server', async () => {
    const s = fx.sim.control.createSession({ status: 'creating', status_detail: 'warming_up', origin: 'carrier-pigeon', category: 'poetry' });
    const got = await fx.client().sessions.get(s.session_id);
    expect(got).toMatchObject({ status: 'creating', status_detail: 'warming_up', origin: 'carrier-pigeon', category: 'poetry' });
    // The sim serves these off-contract values only because the test asked it to: the checker says so.
    expect(takeContractViolations()).toEqual([expect.objectContaining({ endpoint: 'sessions.get', side: 'response', issues: expect.arrayContaining([expect.stringMatching(/^body\.status: "creating" is not one of/)]) })]);
  });

  it('lists more than one page, and listAll gathers them all', async () => {
    fx.sim.control.createSessionsBulk({ count: 250, title: 'bulk' });
    const c = fx.client();
    const page1 = await c.sessions.list({ first: 100 });
    expect(page1.items).toHaveLength(100);
    expect(page1.has_next_page).toBe(true);
    const page2 = await c.sessions.list({ first: 100, after: page1.end_cursor });
    expect(page2.items[0]?.session_id).not.toBe(page1.items[0]?.session_id);

    fx.sim.control.clearRequests();
    const all = await c.sessions.listAll({}, { first: 100 });
    expect(all.complete).toBe(true);
    expect(new Set(all.items.map((s) => s.session_id)).size).toBe(250);
    expect(fx.sim.control.getRequests()).toHaveLength(3);

    const capped = await c.sessions.listAll({}, { first: 100, maxPages: 2 });
    expect(capped).toMatchObject({ complete: false });
    expect(capped.items).toHaveLength(200);
  });

  it('sends every filter, arrays as repeated parameters', async () => {
    const c = fx.client();
    await c.sessions.list({
      first: 10,
      session_ids: ['abc', 'devin-def'],
      created_after: 1,
      created_before: 2_000_000_000,
      updated_after: 1,
      updated_before: 2_000_000_000,
      tags: ['a', 'b'],
      playbook_id: 'playbook-x',
      schedule_id: 'sched-x',
      origins: ['api', 'cli'],
      user_ids: ['u1', 'u2'],
      service_user_ids: ['s1'],
      repo_names: ['o/r', 'o/s'],
      is_archived: false,
      category: 'bug_fixing',
    });
    const q = fx.sim.control.getRequests().at(-1)?.query;
    expect(q).toMatchObject({
      session_ids: ['devin-abc', 'devin-def'],
      tags: ['a', 'b'],
      origins: ['api', 'cli'],
      user_ids: ['u1', 'u2'],
      service_user_ids: 's1',
      repo_names: ['o/r', 'o/s'],
      is_archived: 'false',
      category: 'bug_fixing',
      playbook_id: 'playbook-x',
      schedule_id: 'sched-x',
    });
  });

  it('filters by tags and updated_after on the server', async () => {
    fx.sim.control.createSession({ title: 'old', tags: ['t'], created_at: 1_000, updated_at: 1_000 });
    fx.sim.control.createSession({ title: 'new', tags: ['t'], created_at: 5_000, updated_at: 5_000 });
    fx.sim.control.createSession({ title: 'untagged', created_at: 5_000, updated_at: 5_000 });
    const r = await fx.client().sessions.list({ tags: ['t'], updated_after: 2_000 });
    expect(r.items.map((s) => s.title)).toEqual(['new']);
  });

  it('pages messages with after/first', async () => {
    const s = fx.sim.control.createSession({ messages: [] });
    for (let i = 0; i < 5; i++) fx.sim.control.addSessionMessage(s.session_id, { source: i % 2 ? 'user' : 'devin', message: `m${i}` });
    const c = fx.client();
    const p1 = await c.sessions.messages(s.session_id, { first: 3 });
    expect(p1.items.map((m) => m.message)).toEqual(['m0', 'm1', 'm2']);
    expect(p1.has_next_page).toBe(true);
    const p2 = await c.sessions.messages(s.session_id, { first: 3, after: p1.end_cursor });
    expect(p2.items.map((m) => m.message)).toEqual(['m3', 'm4']);
    expect(p2.has_next_page).toBe(false);
  });

  it('reads both attachment list shapes', async () => {
    const asArray = fx.sim.control.createSession({ attachmentsShape: 'array' });
    const asItems = fx.sim.control.createSession({ attachmentsShape: 'items' });
    for (const s of [asArray, asItems]) fx.sim.control.addSessionAttachment(s.session_id, { name: 'report.txt', text: 'hello' });
    const c = fx.client();
    for (const s of [asArray, asItems]) {
      const list = await c.sessions.attachments(s.session_id);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ name: 'report.txt', source: 'devin' });
    }
    // `{items}` is the Common Flows example's shape, off the contract: tolerated here, flagged there.
    expect(takeContractViolations()).toEqual([expect.objectContaining({ endpoint: 'sessions.attachments.list', issues: ['body: expected a bare JSON array'] })]);
  });

  it('findRecentlyCreated finds a session by title and tags since a time', async () => {
    const c = fx.client();
    const since = Math.floor(Date.now() / 1000);
    const made = await c.sessions.create({ prompt: 'p', title: 'Handoff: fix', tags: ['handoff'] });
    await c.sessions.create({ prompt: 'p', title: 'Something else', tags: ['handoff'] });
    const found = await c.sessions.findRecentlyCreated({ title: 'Handoff: fix', tags: ['handoff'] }, since);
    expect(found?.session_id).toBe(made.session_id);
    expect(await c.sessions.findRecentlyCreated({ title: 'never made', tags: ['handoff'] }, since)).toBeNull();
    expect(await c.sessions.findRecentlyCreated({}, since)).toBeNull();
  });

  it('a missing session is NOT_FOUND', async () => {
    const e = await rejectionOf(fx.client().sessions.get('devin-nope'));
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ code: 'NOT_FOUND', details: { status: 404 } });
  });
});
