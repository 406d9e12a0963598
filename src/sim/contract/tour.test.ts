import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDevinClient, type DevinClient } from '../../main/api/client';
import { apiRouter } from '../routes/index';
import { SIM_KEYS, SIM_ORG, startSim, takeContractViolations, type SimHandle } from '../server';

/**
 * A tour of every route devin-sim serves, through the app's own client (whose requests are held
 * to the contract whatever the answer): each answer is checked against the contract by the sim,
 * and the suite's setup fails the test on any violation. The last test proves the tour missed
 * no route, so a route added to the sim without a caller here fails too.
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

  it('missed no route', () => {
    const served = new Set(Object.keys(sim.control.getCounters().byRoute));
    const all = apiRouter().routes().map((r) => `${r.method} ${r.template}`);
    expect(all.filter((r) => !served.has(r))).toEqual([]);
    expect(takeContractViolations()).toEqual([]);
  });
});
