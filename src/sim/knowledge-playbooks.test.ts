import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSim, type SimHandle } from './server';
import { fakeClock, simApi, type PageBody } from './test-support';

const clock = fakeClock();
let sim: SimHandle;
beforeAll(async () => {
  sim = await startSim({ now: clock.now });
});
beforeEach(() => {
  sim.control.reset();
});
afterAll(() => sim.close());

const NOTES = '/v3/organizations/org-sim/knowledge/notes';
const PLAYBOOKS = '/v3/organizations/org-sim/playbooks';
const api = () => simApi(sim.baseUrl);
type Note = Record<string, unknown> & { note_id: string; name: string };

describe('knowledge notes', () => {
  it('creates, replaces, lists and deletes notes with the documented shape', async () => {
    const r = await api().post<Note>(NOTES, { name: 'N', body: 'B', trigger: 'T' });
    expect(r.status).toBe(200);
    const created_at = Math.floor(clock.now() / 1000);
    expect(r.body).toEqual({
      note_id: expect.stringMatching(/^note-/), name: 'N', body: 'B', trigger: 'T', access_type: 'org', is_enabled: true,
      folder_id: null, folder_path: '/', macro: null, org_id: 'org-sim', pinned_repo: null, created_at, updated_at: created_at,
    });
    clock.advance(5000);
    const put = await api().put<Note>(`${NOTES}/${r.body.note_id}`, { name: 'N2', body: 'B2', trigger: 'T2', is_enabled: false });
    expect(put.body).toMatchObject({ name: 'N2', is_enabled: false, updated_at: created_at + 5, created_at });
    const del = await api().del<Note>(`${NOTES}/${r.body.note_id}`);
    expect(del.body.name).toBe('N2');
    expect((await api().del(`${NOTES}/${r.body.note_id}`)).status).toBe(404);
    expect((await api().put(`${NOTES}/note-missing`, { name: 'a', body: 'b', trigger: 'c' })).status).toBe(404);
  });

  it('422s missing required fields and unknown folders', async () => {
    const r = await api().post<{ errors: { field: string }[] }>(NOTES, { name: 'only name' });
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e) => e.field).sort()).toEqual(['body', 'trigger']);
    expect((await api().post(NOTES, { name: 'a', body: 'b', trigger: 'c', folder_id: 'folder-x' })).status).toBe(422);
  });

  it('filters by search, folder_path and pinned_repo, pages with a cursor, and reports folders', async () => {
    const eng = sim.control.createKnowledgeFolder({ name: 'Engineering' });
    const be = sim.control.createKnowledgeFolder({ name: 'Backend', parent_folder_id: eng.folder_id });
    expect(be.path).toBe('/Engineering/Backend');
    await api().post(NOTES, { name: 'Tests', body: 'Run npm test', trigger: 'before PRs', folder_id: eng.folder_id });
    await api().post(NOTES, { name: 'Money', body: 'Use cents', trigger: 'payments', folder_id: be.folder_id, pinned_repo: 'acme/pay' });
    await api().post(NOTES, { name: 'Root', body: 'x', trigger: 'NPM things' });
    const names = async (q: string) => (await api().get<PageBody<Note>>(`${NOTES}?${q}`)).body.items.map((n) => n.name);
    expect(await names('search=npm')).toEqual(['Tests', 'Root']);
    expect(await names('folder_path=/Engineering')).toEqual(['Tests', 'Money']);
    expect(await names('folder_path=/Engineering/Backend')).toEqual(['Money']);
    expect(await names('pinned_repo=acme/pay')).toEqual(['Money']);
    const p1 = (await api().get<PageBody<Note>>(`${NOTES}?first=2`)).body;
    expect(p1).toMatchObject({ has_next_page: true, total: 3 });
    const p2 = (await api().get<PageBody<Note>>(`${NOTES}?first=2&after=${p1.end_cursor}`)).body;
    expect(p2.items.map((n) => n.name)).toEqual(['Root']);
    const folders = await api().get<{ folders: Record<string, unknown>[]; root_note_count: number }>('/v3/organizations/org-sim/knowledge/folders');
    expect(folders.body.root_note_count).toBe(1);
    expect(folders.body.folders).toEqual([
      { folder_id: eng.folder_id, name: 'Engineering', note_count: 1, path: '/Engineering', parent_folder_id: null },
      { folder_id: be.folder_id, name: 'Backend', note_count: 1, path: '/Engineering/Backend', parent_folder_id: eng.folder_id },
    ]);
  });
});

describe('playbooks', () => {
  it('does CRUD with the documented shape', async () => {
    const r = await api().post<Record<string, unknown> & { playbook_id: string }>(PLAYBOOKS, { title: 'Triage', body: 'Steps', macro: '!triage' });
    expect(r.body).toMatchObject({
      playbook_id: expect.stringMatching(/^playbook-/), title: 'Triage', body: 'Steps', macro: '!triage', access_type: 'org',
      org_id: 'org-sim', created_by: 'service-user-sim', updated_by: 'service-user-sim',
    });
    const id = r.body.playbook_id;
    expect((await api().get<{ title: string }>(`${PLAYBOOKS}/${id}`)).body.title).toBe('Triage');
    const put = await simApi(sim.baseUrl, 'cog_sim_pat').put<Record<string, unknown>>(`${PLAYBOOKS}/${id}`, { title: 'T2', body: 'B2' });
    expect(put.body).toMatchObject({ title: 'T2', macro: null, updated_by: 'user-sim-person', created_by: 'service-user-sim' });
    const list = await api().get<PageBody>(PLAYBOOKS);
    expect(list.body).toMatchObject({ total: 1, has_next_page: false });
    expect((await api().del<{ title: string }>(`${PLAYBOOKS}/${id}`)).body.title).toBe('T2');
    expect((await api().get(`${PLAYBOOKS}/${id}`)).status).toBe(404);
  });

  it('422s missing title/body and a bad macro', async () => {
    const r = await api().post<{ errors: { field: string }[] }>(PLAYBOOKS, { macro: 'triage' });
    expect(r.status).toBe(422);
    expect(r.body.errors.map((e) => e.field).sort()).toEqual(['body', 'macro', 'title']);
    for (const macro of ['!', '!-x', '! x', '!ok_name-2']) {
      const res = await api().post(PLAYBOOKS, { title: 't', body: 'b', macro });
      expect(res.status).toBe(macro === '!ok_name-2' ? 200 : 422);
    }
  });
});
