import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevinClient, type DevinClient } from '../../main/api/client';
import { apiRouter } from '../routes/index';
import { SIM_KEYS, SIM_ORG, SIM_ORG_2, startSim, takeContractViolations, type SimHandle } from '../server';
import { loadContract } from './locate-contract';
import { matchEndpoint } from './match-endpoint';
import { probeRequest } from './probe-request';

/**
 * A tour of every route devin-sim serves, through the app's own client (whose requests are held
 * to the contract whatever the answer): each answer is checked against the contract by the sim,
 * and the suite's setup fails the test on any violation. A route the tour has no step for (one
 * added later, e.g. in a new routes file) still gets called: with the smallest request the
 * contract allows, and its answer is checked the same way. The last test proves no route was missed.
 */
let sim: SimHandle;
let org: DevinClient;
let enterprise: DevinClient;
beforeAll(async () => {
  sim = await startSim({ checkContract: true, seed: 'demo' });
  const base = { baseUrl: sim.baseUrl, retry: { maxRetries: 0 } };
  org = createDevinClient({ ...base, apiKey: SIM_KEYS.org, orgId: SIM_ORG.org_id });
  enterprise = createDevinClient({ ...base, apiKey: SIM_KEYS.enterprise });
  sim.control.clearRequests();
});
afterAll(() => sim.close());

describe('every devin-sim route, called by the app client, answers per the contract', () => {
  it('self and organizations', async () => {
    expect((await org.self()).principal_type).toBe('service_user');
    expect((await enterprise.listOrganizations()).items.length).toBeGreaterThan(0);
  });

  it('sessions: create, list, get, messages, send, tags, insights, attachments, archive, terminate', async () => {
    const created = await org.sessions.create({ prompt: 'Tour the API', title: 'Tour', tags: ['tour'], knowledge_ids: null, devin_mode: 'normal' });
    const id = created.session_id;
    expect((await org.sessions.list({ tags: ['tour'] })).items.map((s) => s.session_id)).toEqual([id]);
    expect((await org.sessions.get(id)).title).toBe('Tour');
    await org.sessions.messages(id);
    await org.sessions.sendMessage(id, { message: 'hello' });
    expect(await org.sessions.tags.get(id)).toEqual(['tour']);
    await org.sessions.tags.append(id, ['extra']);
    expect(await org.sessions.tags.replace(id, ['tour'])).toEqual(['tour']);
    await org.sessions.insights.list({ session_ids: [id] });
    await org.sessions.insights.generate(id);
    await org.sessions.insights.get(id);
    const up = await org.uploadAttachment({ name: 'notes.txt', data: Buffer.from('tour notes') });
    const other = await org.sessions.create({ prompt: 'With a file', attachment_urls: [up.url] });
    const [listed] = await org.sessions.attachments(other.session_id);
    expect(await (await org.downloadAttachment(listed!)).text()).toBe('tour notes');
    await org.sessions.archive(id);
    await org.sessions.terminate(other.session_id, { archive: true });
  });

  it('enterprise sessions: list, get, messages, send, attachments, tags across both orgs', async () => {
    const s = sim.control.createSession({ org_id: SIM_ORG_2.org_id, title: 'Tour 2', tags: ['tour2'], messages: [{ source: 'devin', message: 'hi' }] });
    sim.control.addSessionAttachment(s.session_id, { name: 'tour2.txt', text: 't' });
    const e = enterprise.enterprise.sessions;
    const orgs = new Set((await e.listAll({}, { first: 50 })).items.map((x) => x.org_id));
    expect([...orgs].sort()).toEqual([SIM_ORG.org_id, SIM_ORG_2.org_id]);
    expect((await e.get(s.session_id)).org_id).toBe(SIM_ORG_2.org_id);
    const hint = { orgId: SIM_ORG_2.org_id };
    await e.messages(s.session_id, {}, hint);
    await e.sendMessage(s.session_id, { message: 'hello' }, hint);
    expect((await e.attachments(s.session_id, hint)).map((a) => a.name)).toEqual(['tour2.txt']);
    expect(await e.tags.get(s.session_id, hint)).toEqual(['tour2']);
    await e.tags.append(s.session_id, ['x'], hint);
    expect(await e.tags.replace(s.session_id, ['tour2'], hint)).toEqual(['tour2']);
  });

  it('the download route also answers HEAD with its 307', async () => {
    const s = sim.control.createSession({ title: 'head' });
    const a = sim.control.addSessionAttachment(s.session_id, { name: 'h.txt', text: 'h' });
    const res = await fetch(a.download_url, { method: 'HEAD', headers: { authorization: `Bearer ${SIM_KEYS.org}`, 'user-agent': 'devin-tray/tour' }, redirect: 'manual' });
    expect(res.status).toBe(307);
  });

  it('knowledge: notes and folders', async () => {
    const note = await org.knowledge.createNote({ name: 'Tour note', body: 'b', trigger: 't' });
    await org.knowledge.listNotes({ search: 'tour' });
    await org.knowledge.updateNote(note.note_id, { name: 'Tour note', body: 'b2', trigger: 't' });
    await org.knowledge.listFolders();
    await org.knowledge.deleteNote(note.note_id);
  });

  it('playbooks', async () => {
    const pb = await org.playbooks.create({ title: 'Tour', body: 'steps' });
    await org.playbooks.list();
    await org.playbooks.get(pb.playbook_id);
    await org.playbooks.update(pb.playbook_id, { title: 'Tour', body: 'steps 2' });
    await org.playbooks.delete(pb.playbook_id);
  });

  it('schedules', async () => {
    const s = await org.schedules.create({ name: 'Tour', prompt: 'p', frequency: '0 9 * * 1' });
    await org.schedules.list();
    await org.schedules.get(s.schedule_id);
    await org.schedules.update(s.schedule_id, { enabled: false, tags: ['tour'] });
    await org.schedules.delete(s.schedule_id);
  });

  it('routes without a step above answer a request built from the contract, checked like the rest', async () => {
    const { contract } = loadContract();
    const served = new Set(Object.keys(sim.control.getCounters().byRoute));
    const session = sim.control.createSession({ title: 'probe' }).session_id;
    const values = { org_id: SIM_ORG.org_id, devin_id: session, session_id: session };
    const statuses: string[] = [];
    for (const route of apiRouter().routes()) {
      if (served.has(`${route.method} ${route.template}`)) continue;
      const match = matchEndpoint(contract, route.method, route.template.replace(/:\w+/g, 'p'));
      if (match.kind !== 'found') throw new Error(`${route.method} ${route.template} is not a route of the contract`);
      const p = probeRequest(match.endpoint, values, match.endpoint.scope === 'enterprise' ? SIM_KEYS.enterprise : SIM_KEYS.org);
      const url = `${sim.baseUrl}${p.path}${p.query.size > 0 ? `?${p.query}` : ''}`;
      const res = await fetch(url, { method: p.method, headers: { ...p.headers, 'user-agent': 'devin-tray/tour' }, body: p.body ? new Uint8Array(p.body) : null, redirect: 'manual' });
      await res.arrayBuffer();
      statuses.push(`${match.endpoint.id} ${res.status}`);
    }
    // Whatever they answered (a probe id may be unknown: 404), it was a considered answer.
    expect(statuses.filter((s) => / 5\d\d$/.test(s))).toEqual([]);
  });

  it('missed no route', () => {
    const served = new Set(Object.keys(sim.control.getCounters().byRoute));
    const all = apiRouter().routes().map((r) => `${r.method} ${r.template}`);
    expect(all.filter((r) => !served.has(r))).toEqual([]);
    expect(takeContractViolations()).toEqual([]);
  });
});
