import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../../../../shared/ipc/channels/drafts';
import { PlaybooksScreen } from '../../playbooks/PlaybooksScreen';
import { KnowledgeScreen } from '../KnowledgeScreen';
import { createFakeLibrary, note, playbook } from './fake-library';
import { registerScreenCleanup, renderScreen } from './render-screen';
import { restoreEditorForm } from './editor-draft';

registerScreenCleanup();

const two = () => [note({ note_id: 'note-1', name: 'Billing rules' }), note({ note_id: 'note-2', name: 'Deploy steps' })];
const setField = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('library editor drafts', () => {
  it('Esc on a changed note asks; Keep editing keeps it, and a list click over it asks too; Discard forgets the draft', async () => {
    const lib = createFakeLibrary({ notes: two() });
    const { fake } = renderScreen(<KnowledgeScreen />, lib.handlers);
    fireEvent.click(await screen.findByRole('button', { name: 'New note' }));
    await screen.findByRole('form', { name: 'New knowledge note' });
    setField('Name', 'Half a note');
    await waitFor(() => expect(fake.callsTo('drafts:put')).toContainEqual(expect.objectContaining({ key: 'note:new', fields: expect.objectContaining({ name: 'Half a note' }) })));

    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    const ask = await screen.findByRole('alertdialog', { name: 'Discard what you typed?' });
    fireEvent.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect((screen.getByLabelText('Name') as HTMLInputElement).value).toBe('Half a note');

    fireEvent.click(within(screen.getByRole('listbox')).getByText('Deploy steps'));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await screen.findByRole('heading', { level: 2, name: 'Deploy steps' });
    expect(fake.callsTo('drafts:clear')).toContainEqual({ key: 'note:new' });
    expect(fake.callsTo('knowledge:create')).toEqual([]);
  });

  it('an unchanged editor closes without a question', async () => {
    const lib = createFakeLibrary({ notes: two() });
    renderScreen(<KnowledgeScreen />, lib.handlers);
    fireEvent.click(await screen.findByText('Deploy steps'));
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    await screen.findByRole('form');
    fireEvent.keyDown(screen.getByLabelText('Name'), { key: 'Escape' });
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('offers a left-behind draft where the detail is empty; Resume opens the editor on it, and saving forgets it', async () => {
    const stored: DraftView = { key: 'playbook:pb-1', fields: { title: 'Release v2', body: 'New steps', macro: null }, files: [], missingFiles: [], updatedAt: Date.now() - 2 * 60_000 };
    const lib = createFakeLibrary({ playbooks: [playbook({ playbook_id: 'pb-1', title: 'Release' })] });
    const { fake } = renderScreen(<PlaybooksScreen />, {
      ...lib.handlers,
      'drafts:list': ({ kind }) => (kind === 'playbook' ? [{ key: stored.key, updatedAt: stored.updatedAt, preview: 'Release v2' }] : []),
      'drafts:get': ({ key }) => (key === stored.key ? stored : null),
    });
    const offered = await screen.findByRole('region', { name: 'Unsaved drafts' });
    expect(within(offered).getByText(/Changes to Release/)).toBeTruthy();
    fireEvent.click(within(offered).getByRole('button', { name: /^Resume: Changes to Release/ }));
    await screen.findByRole('form', { name: 'Edit playbook' });
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Release v2');
    expect(screen.getByText(/^Your unsaved draft is back \(saved 2 min\.? ago\)\.$/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { level: 2, name: 'Release v2' });
    await waitFor(() => expect(fake.callsTo('drafts:clear')).toContainEqual({ key: 'playbook:pb-1' }));
  });

  it('shows the zh-CN question', async () => {
    const lib = createFakeLibrary();
    renderScreen(<KnowledgeScreen />, lib.handlers, 'zh-CN');
    fireEvent.click(await screen.findByRole('button', { name: '新建知识' }));
    const form = await screen.findByRole('form');
    fireEvent.change(within(form).getAllByRole('textbox')[0]!, { target: { value: '草稿' } });
    fireEvent.click(within(form).getByRole('button', { name: '取消' }));
    const ask = await screen.findByRole('alertdialog', { name: '放弃已输入的内容？' });
    expect(within(ask).getByRole('button', { name: '继续编辑' })).toBeTruthy();
  });
});

describe('restoreEditorForm', () => {
  const initial = { name: '', tags: ['a'], folder_id: null as string | null, is_enabled: true };
  it.each([
    ['takes values of the same kind', { name: 'n', tags: ['x', 'y'], folder_id: 'f', is_enabled: false }, { name: 'n', tags: ['x', 'y'], folder_id: 'f', is_enabled: false }],
    ['keeps the start for values of another kind', { name: 3, tags: 'x', folder_id: 4, is_enabled: 'yes' }, initial],
    ['ignores fields the editor does not have', { other: 'x', name: 'kept' }, { ...initial, name: 'kept' }],
    ['a list with a non-string keeps the start', { tags: ['x', 1] }, initial],
  ])('%s', (_name, stored, expected) => {
    expect(restoreEditorForm(initial, stored as never)).toEqual(expected);
  });
});
