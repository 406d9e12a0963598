import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../test-support/fake-bridge';
import { createFakeLibrary, forbidden, note, validationError } from './kit/fake-library';
import { registerScreenCleanup, renderScreen } from './kit/render-screen';
import { KnowledgeScreen } from './KnowledgeScreen';

registerScreenCleanup();

const two = () => [note({ note_id: 'note-1', name: 'Billing rules' }), note({ note_id: 'note-2', name: 'Deploy steps', pinned_repo: 'acme/infra' })];

const setField = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('KnowledgeScreen', () => {
  it('explains what notes are for when there are none, and starts the first one', async () => {
    const lib = createFakeLibrary();
    renderScreen(<KnowledgeScreen />, lib.handlers);
    expect(await screen.findByRole('heading', { name: 'Teach Devin what your team knows' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Write the first note' }));
    expect(await screen.findByRole('form', { name: 'New knowledge note' })).toBeTruthy();
  });

  it('creates a note with Ctrl+Enter and shows it', async () => {
    const lib = createFakeLibrary();
    const { fake } = renderScreen(<KnowledgeScreen />, lib.handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New note' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Name', 'Billing rules');
    setField('When should Devin use this?', 'When touching billing');
    setField('Content', '# Cents\nUse **integer** cents.');
    fireEvent.keyDown(screen.getByLabelText('Content'), { key: 'Enter', ctrlKey: true });
    await screen.findByRole('heading', { level: 2, name: 'Billing rules' });
    expect(fake.callsTo('knowledge:create')).toEqual([
      { name: 'Billing rules', trigger: 'When touching billing', body: '# Cents\nUse **integer** cents.', folder_id: null, pinned_repo: null, is_enabled: true },
    ]);
    expect(within(screen.getByRole('listbox')).getByText('Billing rules')).toBeTruthy();
  });

  it('previews Markdown in the editor', async () => {
    renderScreen(<KnowledgeScreen />, createFakeLibrary().handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New note' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Content', 'Use **integer** cents.');
    fireEvent.click(screen.getByRole('tab', { name: 'Preview' }));
    // The Markdown code loads on first use (LazyMarkdownView).
    await waitFor(() => expect(screen.getByRole('tabpanel').textContent).toContain('Use integer cents.'));
  });

  it('marks missing fields without sending anything', async () => {
    const { fake } = renderScreen(<KnowledgeScreen />, createFakeLibrary().handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New note' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    const name = screen.getByLabelText('Name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!.split(' ')[0]!)?.textContent).toBe('Required.');
    expect(fake.callsTo('knowledge:create')).toEqual([]);
  });

  it('shows a 422 from Devin on the field it is about, and keeps what was typed', async () => {
    const lib = createFakeLibrary();
    lib.failures['knowledge:create'] = validationError([{ field: 'pinned_repo', message: 'Repository acme/nope is not connected' }]);
    renderScreen(<KnowledgeScreen />, lib.handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New note' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Name', 'N');
    setField('When should Devin use this?', 'T');
    setField('Content', 'B');
    setField('Pinned repository', 'acme/nope');
    fireEvent.click(screen.getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.getByLabelText('Pinned repository').getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Repository acme/nope is not connected')).toBeTruthy();
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('N');
  });

  it('edits with a full replace and Esc closes the editor without saving', async () => {
    const lib = createFakeLibrary({ notes: two() });
    const { fake } = renderScreen(<KnowledgeScreen />, lib.handlers);
    fireEvent.click(await screen.findByText('Deploy steps'));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form'); // the editor opens once its stored draft (if any) is read
    setField('Name', 'Deploy checklist');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 2, name: 'Deploy checklist' });
    expect(fake.callsTo('knowledge:update')).toEqual([
      { noteId: 'note-2', note: { name: 'Deploy checklist', trigger: 'When Deploy steps', body: 'Body of Deploy steps', folder_id: null, pinned_repo: 'acme/infra', is_enabled: true } },
    ]);
  });

  it('opens rows from the keyboard: ↓ moves, Enter opens', async () => {
    renderScreen(<KnowledgeScreen />, createFakeLibrary({ notes: two() }).handlers);
    const list = await screen.findByRole('listbox', { name: 'Knowledge notes' });
    await within(list).findByText('Deploy steps');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    expect(list.getAttribute('aria-activedescendant')).toBe(within(list).getAllByRole('option')[1]!.id);
    fireEvent.keyDown(list, { key: 'Enter' });
    expect(screen.getByRole('heading', { level: 2, name: 'Deploy steps' })).toBeTruthy();
    expect(within(list).getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
  });

  it('disables at once and rolls back with a message when Devin refuses', async () => {
    const lib = createFakeLibrary({ notes: two() });
    const gate = deferred<void>();
    lib.gates['knowledge:update'] = gate.promise;
    lib.failures['knowledge:update'] = forbidden('ManageAccountKnowledge');
    renderScreen(<KnowledgeScreen />, lib.handlers);
    fireEvent.click(await screen.findByText('Billing rules'));
    const toggle = screen.getByRole('switch', { name: 'Enabled: Billing rules' });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(within(screen.getByRole('listbox')).getByText('Disabled')).toBeTruthy();
    gate.resolve();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not change “Billing rules”');
    expect(alert.textContent).toContain('ManageAccountKnowledge');
    expect(screen.getByRole('switch', { name: 'Enabled: Billing rules' }).getAttribute('aria-checked')).toBe('true');
  });

  it('deletes after confirmation; a refused delete puts the note back', async () => {
    const lib = createFakeLibrary({ notes: two() });
    const gate = deferred<void>();
    lib.gates['knowledge:delete'] = gate.promise;
    lib.failures['knowledge:delete'] = { code: 'SERVER', message: 'Devin had a server error (503).' };
    renderScreen(<KnowledgeScreen />, lib.handlers);
    fireEvent.click(await screen.findByText('Billing rules'));
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this note?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(within(screen.getByRole('listbox')).queryByText('Billing rules')).toBeNull();
    gate.resolve();
    expect((await screen.findByRole('alert')).textContent).toContain('It is back in the list.');
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((o) => o.textContent)).toEqual([expect.stringContaining('Billing rules'), expect.stringContaining('Deploy steps')]);

    lib.failures['knowledge:delete'] = undefined;
    lib.gates['knowledge:delete'] = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Delete' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Billing rules”.')).toBeTruthy();
    expect(lib.notes.map((n) => n.note_id)).toEqual(['note-2']);
  });

  it('loads more with the cursor, and searches as you type', async () => {
    const notes = Array.from({ length: 5 }, (_, i) => note({ note_id: `note-${i}`, name: `Note ${i}` }));
    const lib = createFakeLibrary({ notes, notePage: 3 });
    const { fake } = renderScreen(<KnowledgeScreen />, lib.handlers);
    const list = await screen.findByRole('listbox');
    await within(list).findByText('Note 2');
    expect(within(list).getAllByRole('option')).toHaveLength(3);
    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await within(list).findByText('Note 4');
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    expect(fake.callsTo('knowledge:list').at(-1)).toMatchObject({ after: '3' });

    fireEvent.change(screen.getByRole('searchbox', { name: 'Search notes' }), { target: { value: 'Note 4' } });
    await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(1));
    expect(fake.callsTo('knowledge:list').at(-1)).toMatchObject({ search: 'Note 4' });
    fireEvent.change(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    expect(await screen.findByText('No notes match these filters.')).toBeTruthy();
  });

  it('speaks Chinese', async () => {
    renderScreen(<KnowledgeScreen />, createFakeLibrary().handlers, 'zh-CN');
    expect(await screen.findByRole('heading', { name: '把团队的经验教给 Devin' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '新建知识' })).toBeTruthy();
  });

  it('says why the list could not load and offers a retry', async () => {
    const lib = createFakeLibrary({ notes: two() });
    lib.failures['knowledge:list'] = forbidden('ManageAccountKnowledge');
    renderScreen(<KnowledgeScreen />, lib.handlers);
    expect((await screen.findByRole('alert')).textContent).toContain('Missing permission: ManageAccountKnowledge');
    lib.failures['knowledge:list'] = undefined;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Billing rules')).toBeTruthy();
  });
});
