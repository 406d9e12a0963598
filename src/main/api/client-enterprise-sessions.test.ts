import { describe, expect, it } from 'vitest';
import { SIM_KEYS } from '../../sim/keys';
import { rejectionOf, useSim } from './sim-fixture';

const fx = useSim();
const enterprise = () => fx.client({ apiKey: SIM_KEYS.enterprise, orgId: null }).enterprise.sessions;
const sent = () =>
  fx.sim.control.getRequests().map((r) => {
    const q = new URLSearchParams(Object.entries(r.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x]))).toString();
    return `${r.method} ${r.path}${q ? `?${q}` : ''}`;
  });

describe('enterprise sessions (GET /v3/enterprise/sessions…)', () => {
  it('lists both organisations, each session naming its org, with the org route filters and cursor pages', async () => {
    const a = fx.sim.control.createSession({ org_id: 'org-sim', title: 'one', tags: ['t'], created_at: 1_000, updated_at: 1_000 });
    const b = fx.sim.control.createSession({ org_id: 'org-sim-2', title: 'two', tags: ['t'], created_at: 2_000, updated_at: 2_000 });
    fx.sim.control.createSession({ org_id: 'org-sim-2', title: 'three', tags: ['other'], created_at: 3_000, updated_at: 3_000 });
    const page = await enterprise().list({ tags: ['t'] });
    expect(page.items.map((s) => [s.session_id, s.org_id])).toEqual([
      [b.session_id, 'org-sim-2'],
      [a.session_id, 'org-sim'],
    ]);
    const changed = await enterprise().list({ updated_after: 2_000 });
    expect(changed.items.map((s) => s.title).sort()).toEqual(['three', 'two']);
    const all = await enterprise().listAll({}, { first: 1 });
    expect(all.items).toHaveLength(3);
    expect(sent().every((r) => r.startsWith('GET /v3/enterprise/sessions'))).toBe(true);
    expect(sent().some((r) => r.includes('org_ids'))).toBe(false);
  });

  it('get goes through the list with session_ids (there is no enterprise get); a missing id is NOT_FOUND', async () => {
    const b = fx.sim.control.createSession({ org_id: 'org-sim-2', title: 'two' });
    expect((await enterprise().get(b.session_id)).org_id).toBe('org-sim-2');
    expect(sent()).toEqual([`GET /v3/enterprise/sessions?first=1&session_ids=${b.session_id}`]);
    expect(await rejectionOf(enterprise().get('devin-nope'))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('messages, send, attachments and tags of a second-org session go through the enterprise routes with its org_id', async () => {
    const s = fx.sim.control.createSession({ org_id: 'org-sim-2', title: 'two', tags: ['a'], messages: [{ source: 'devin', message: 'hi from org 2' }] });
    fx.sim.control.addSessionAttachment(s.session_id, { name: 'r.txt', text: 'r' });
    const e = enterprise();
    const opts = { orgId: 'org-sim-2' };
    expect((await e.messages(s.session_id, {}, opts)).items.map((m) => m.message)).toEqual(['hi from org 2']);
    await e.sendMessage(s.session_id, { message: 'thanks' }, opts);
    expect((await e.attachments(s.session_id, opts)).map((x) => x.name)).toEqual(['r.txt']);
    expect(await e.tags.get(s.session_id, opts)).toEqual(['a']);
    expect(await e.tags.append(s.session_id, ['b'], opts)).toEqual(['a', 'b']);
    expect(await e.tags.replace(s.session_id, ['b'])).toEqual(['b']);
    const base = `/v3/enterprise/sessions/${s.session_id}`;
    expect(sent()).toEqual([
      `GET ${base}/messages?org_id=org-sim-2`,
      `POST ${base}/messages?org_id=org-sim-2`,
      `GET ${base}/attachments?org_id=org-sim-2`,
      `GET ${base}/tags?org_id=org-sim-2`,
      `POST ${base}/tags?org_id=org-sim-2`,
      `PUT ${base}/tags`,
    ]);
    expect(fx.sim.control.getSession(s.session_id).tags).toEqual(['b']);
    expect((await e.messages(s.session_id)).items.map((m) => m.message)).toContain('thanks');
  });

  it('insights of a second-org session: get and generate through the enterprise routes', async () => {
    const s = fx.sim.control.createSession({ org_id: 'org-sim-2', title: 'Write docs' });
    const e = enterprise();
    expect(await e.insights.get(s.session_id, { orgId: 'org-sim-2' })).toMatchObject({ session_id: s.session_id, org_id: 'org-sim-2', analysis: null });
    expect(await e.insights.generate(s.session_id)).toEqual({ session_id: s.session_id, status: 'started' });
    const base = `/v3/enterprise/sessions/${s.session_id}/insights`;
    expect(sent()).toEqual([`GET ${base}?org_id=org-sim-2`, `POST ${base}/generate`]);
  });

  it('a wrong org_id hint is NOT_FOUND; an org-scoped key is FORBIDDEN', async () => {
    const s = fx.sim.control.createSession({ org_id: 'org-sim-2' });
    expect(await rejectionOf(enterprise().tags.get(s.session_id, { orgId: 'org-sim' }))).toMatchObject({ code: 'NOT_FOUND' });
    expect(await rejectionOf(fx.client().enterprise.sessions.list())).toMatchObject({ code: 'FORBIDDEN' });
  });
});
