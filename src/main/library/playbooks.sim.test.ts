import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIM_KEYS } from '../../sim/server';
import { createDevinClient } from '../api/client';
import { listPlaybooks } from './playbooks-service';
import { errorOf, startLibraryRig, type LibraryRig } from './library-test-rig';

const PLAYBOOK = { title: 'Deploy', body: '1. Build\n2. Ship', macro: '!deploy' };

describe('playbooks over IPC → devin-sim', () => {
  let rig: LibraryRig;
  beforeAll(async () => {
    rig = await startLibraryRig();
  });
  afterAll(() => rig.close());
  beforeEach(() => {
    rig.sim.control.reset({ seed: 'empty' });
    rig.clearRequests();
  });

  it('creates, lists, gets, replaces and deletes a playbook, in the schema field names', async () => {
    const created = await rig.ok('playbooks:create', PLAYBOOK);
    expect(created).toMatchObject({ title: 'Deploy', body: PLAYBOOK.body, macro: '!deploy' });
    expect(rig.sim.control.getRequests().find((r) => r.method === 'POST')?.route).toBe('/v3/organizations/:org/playbooks');

    expect((await rig.ok('playbooks:list', undefined)).items.map((p) => p.playbook_id)).toEqual([created.playbook_id]);
    expect(await rig.ok('playbooks:get', { playbookId: created.playbook_id })).toMatchObject({ title: 'Deploy' });

    // An empty macro means "none": sent as null, not "".
    const edited = await rig.ok('playbooks:update', { playbookId: created.playbook_id, playbook: { title: 'Deploy v2', body: 'Ship it', macro: '' } });
    expect(edited).toMatchObject({ title: 'Deploy v2', body: 'Ship it', macro: null });

    expect((await rig.ok('playbooks:delete', { playbookId: created.playbook_id })).playbook_id).toBe(created.playbook_id);
    expect((await rig.ok('playbooks:list', undefined)).items).toEqual([]);
  });

  it('refuses a malformed macro before any request', async () => {
    const err = errorOf(await rig.call('playbooks:create', { ...PLAYBOOK, macro: 'deploy now' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fieldErrors?.map((f) => f.field)).toEqual(['macro']);
    expect(rig.apiRequests()).toEqual([]);
  });

  it('puts a 422 from the server on the field (blank body)', async () => {
    const err = errorOf(await rig.call('playbooks:create', { ...PLAYBOOK, body: '   ' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fieldErrors).toEqual([{ field: 'body', message: 'String should have at least 1 character' }]);
    expect(rig.apiRequests().map((r) => r.status)).toEqual([422]);
  });

  it('follows the cursor past the first page', async () => {
    for (let i = 1; i <= 5; i++) await rig.ok('playbooks:create', { ...PLAYBOOK, title: `P${i}`, macro: null });
    rig.clearRequests();
    const client = createDevinClient({ baseUrl: rig.sim.baseUrl, apiKey: SIM_KEYS.org, orgId: 'org-sim', retry: { maxRetries: 0 } });
    const all = await listPlaybooks(client, 2);
    expect(all.items.map((p) => p.title)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    expect(all.truncated).toBe(false);
    expect(rig.apiRequests().filter((r) => r.method === 'GET')).toHaveLength(3);
  });

  it('says which permission is missing (read-only key → 403)', async () => {
    const ro = await startLibraryRig({ key: SIM_KEYS.readonly, locale: 'zh-CN' });
    try {
      const err = errorOf(await ro.call('playbooks:list', undefined));
      expect(err.code).toBe('FORBIDDEN');
      expect(err.message).toContain('ManageAccountPlaybooks');
      expect(err.message).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await ro.close();
    }
  });
});
