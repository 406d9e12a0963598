import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SIM_KEYS } from '../../sim/server';
import type { NoteInput } from '../../shared/library/note-input';
import { errorOf, startLibraryRig, type LibraryRig } from './library-test-rig';

const NOTE: NoteInput = {
  name: 'Billing service conventions',
  trigger: 'When working on the billing service',
  body: '# Money\nAlways use **integer cents**.',
  folder_id: null,
  pinned_repo: null,
  is_enabled: true,
};

describe('knowledge notes over IPC → devin-sim', () => {
  let rig: LibraryRig;
  beforeAll(async () => {
    rig = await startLibraryRig();
  });
  afterAll(() => rig.close());
  beforeEach(() => {
    rig.sim.control.reset({ seed: 'empty' });
    rig.clearRequests();
  });

  it('creates, lists, replaces, disables and deletes a note', async () => {
    const folder = rig.sim.control.createKnowledgeFolder({ name: 'Backend' });
    const created = await rig.ok('knowledge:create', { ...NOTE, folder_id: folder.folder_id, pinned_repo: ' acme/billing ' });
    expect(created).toMatchObject({ name: NOTE.name, trigger: NOTE.trigger, folder_path: '/Backend', pinned_repo: 'acme/billing', is_enabled: true });

    const listed = await rig.ok('knowledge:list', {});
    expect(listed.items.map((n) => n.note_id)).toEqual([created.note_id]);

    const edited = await rig.ok('knowledge:update', { noteId: created.note_id, note: { ...NOTE, name: 'Billing', folder_id: null } });
    // PUT replaced everything: the folder and pinned repo are gone because we sent them empty.
    expect(edited).toMatchObject({ name: 'Billing', folder_id: null, pinned_repo: null });

    const disabled = await rig.ok('knowledge:update', { noteId: created.note_id, note: { ...NOTE, name: 'Billing', is_enabled: false } });
    expect(disabled.is_enabled).toBe(false);

    const deleted = await rig.ok('knowledge:delete', { noteId: created.note_id });
    expect(deleted.note_id).toBe(created.note_id);
    expect((await rig.ok('knowledge:list', {})).items).toEqual([]);

    const puts = rig.apiRequests().filter((r) => r.method === 'PUT');
    expect(puts).toHaveLength(2);
  });

  it('filters by search, folder and pinned repo, and leaves empty filters out of the query', async () => {
    const folder = rig.sim.control.createKnowledgeFolder({ name: 'Frontend' });
    await rig.ok('knowledge:create', { ...NOTE, name: 'React rules', folder_id: folder.folder_id });
    await rig.ok('knowledge:create', { ...NOTE, name: 'Deploy steps', pinned_repo: 'acme/infra' });
    await rig.ok('knowledge:create', { ...NOTE, name: 'Other', body: 'mentions react here' });
    rig.clearRequests();

    expect((await rig.ok('knowledge:list', { search: 'react' })).items.map((n) => n.name)).toEqual(['React rules', 'Other']);
    expect((await rig.ok('knowledge:list', { folderPath: '/Frontend' })).items.map((n) => n.name)).toEqual(['React rules']);
    expect((await rig.ok('knowledge:list', { pinnedRepo: 'acme/infra' })).items.map((n) => n.name)).toEqual(['Deploy steps']);
    await rig.ok('knowledge:list', { search: '  ', folderPath: '' });
    expect(rig.apiRequests().at(-1)?.query).toEqual({});

    const folders = await rig.ok('knowledge:folders', undefined);
    expect(folders.folders.map((f) => [f.path, f.note_count])).toEqual([['/Frontend', 1]]);
    expect(folders.root_note_count).toBe(2);
  });

  it('pages with a cursor beyond the first page ("load more")', async () => {
    for (let i = 1; i <= 7; i++) await rig.ok('knowledge:create', { ...NOTE, name: `Note ${i}` });
    const first = await rig.ok('knowledge:list', { first: 3 });
    expect(first.items.map((n) => n.name)).toEqual(['Note 1', 'Note 2', 'Note 3']);
    expect(first.nextCursor).not.toBeNull();
    const second = await rig.ok('knowledge:list', { first: 3, after: first.nextCursor });
    const third = await rig.ok('knowledge:list', { first: 3, after: second.nextCursor });
    expect([...second.items, ...third.items].map((n) => n.name)).toEqual(['Note 4', 'Note 5', 'Note 6', 'Note 7']);
    expect(third.nextCursor).toBeNull();
    expect(third.total).toBe(7);
  });

  it('pages past the API default page size (105 notes, 100 per page)', async () => {
    for (let i = 1; i <= 105; i++) await rig.ok('knowledge:create', { ...NOTE, name: `N${i}` });
    const first = await rig.ok('knowledge:list', { first: 100 });
    expect(first.items).toHaveLength(100);
    const rest = await rig.ok('knowledge:list', { first: 100, after: first.nextCursor });
    expect(rest.items.map((n) => n.name)).toEqual(['N101', 'N102', 'N103', 'N104', 'N105']);
    expect(rest.nextCursor).toBeNull();
  });

  it('puts a 422 from the server on the field (unknown folder)', async () => {
    const err = errorOf(await rig.call('knowledge:create', { ...NOTE, folder_id: 'folder-missing' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.fieldErrors).toEqual([{ field: 'folder_id', message: 'Folder folder-missing not found' }]);
    expect(rig.apiRequests().map((r) => r.status)).toEqual([422]);
  });

  it('refuses missing required fields before sending anything', async () => {
    const err = errorOf(await rig.call('knowledge:create', { ...NOTE, name: ' ', trigger: '' }));
    expect(err.code).toBe('VALIDATION');
    expect(err.details?.clientSide).toBe(true);
    expect(err.details?.fieldErrors?.map((f) => f.field)).toEqual(['name', 'trigger']);
    expect(rig.apiRequests()).toEqual([]);
  });

  it('says which permission is missing (read-only key → 403)', async () => {
    const ro = await startLibraryRig({ key: SIM_KEYS.readonly });
    try {
      const err = errorOf(await ro.call('knowledge:list', {}));
      expect(err.code).toBe('FORBIDDEN');
      expect(err.message).toContain('ManageAccountKnowledge');
      const write = errorOf(await ro.call('knowledge:create', NOTE));
      expect(write.message).toContain('ManageAccountKnowledge');
    } finally {
      await ro.close();
    }
  });

  it('reports NOT_FOUND for a note that is gone', async () => {
    const err = errorOf(await rig.call('knowledge:delete', { noteId: 'note-gone' }));
    expect(err.code).toBe('NOT_FOUND');
  });
});
