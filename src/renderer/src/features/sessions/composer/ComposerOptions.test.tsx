import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeFailure } from '../../../test-support/fake-bridge';
import { registerRendererCleanup } from '../../../test-support/render-app';
import { fakeHandle, pickedFiles } from '../../attachments/testing/fake-attachments';
import { makeView, renderSessions } from '../testing/fake-sessions';
import type { SessionsWorld } from '../testing/fake-sessions';

registerRendererCleanup();

async function openComposer(overrides = {}, world: Partial<SessionsWorld> = {}) {
  const r = renderSessions({ views: [makeView({ id: 's-1', title: 'Existing' })], ...world }, overrides);
  await screen.findByRole('tree');
  fireEvent.click(screen.getByRole('button', { name: /New session/ }));
  const dialog = await screen.findByRole('dialog', { name: 'New session' });
  const prompt = within(dialog).getByRole('textbox', { name: 'What should Devin do?' }) as HTMLTextAreaElement;
  fireEvent.change(prompt, { target: { value: 'Do the thing' } });
  const send = () => fireEvent.click(within(dialog).getByRole('button', { name: 'Start session' }));
  return { ...r, dialog, prompt, send };
}

describe('composer: knowledge choice', () => {
  it('"All knowledge" is the default and sends null; no note list is loaded for it', async () => {
    const { dialog, fake, send } = await openComposer();
    expect((within(dialog).getByRole('radio', { name: 'All knowledge (default)' }) as HTMLInputElement).checked).toBe(true);
    expect(within(dialog).getByText('Devin may use every knowledge note of the organization.')).toBeTruthy();
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toHaveLength(1));
    expect(fake.callsTo('sessions:create')[0]).toEqual({ prompt: 'Do the thing', knowledge_ids: null, secret_ids: null });
    expect(fake.callsTo('knowledge:list')).toEqual([]);
  });

  it('"No knowledge" sends [] (not the same as leaving it out)', async () => {
    const { dialog, fake, send } = await openComposer();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'No knowledge' }));
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toEqual([{ prompt: 'Do the thing', knowledge_ids: [], secret_ids: null }]));
  });

  it('"Only these notes" needs a pick, then sends exactly the picked ids; switching modes keeps the picks', async () => {
    const { dialog, fake, send } = await openComposer();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Only these notes' }));
    send();
    expect(await within(dialog).findByText('Pick at least one note, or choose All knowledge or No knowledge.')).toBeTruthy();
    expect(fake.callsTo('sessions:create')).toEqual([]);
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: /Build commands/ }));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'No knowledge' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Only these notes' }));
    expect((await within(dialog).findByRole('checkbox', { name: /Build commands/ }) as HTMLInputElement).checked).toBe(true);
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toEqual([{ prompt: 'Do the thing', knowledge_ids: ['note-build'], secret_ids: null }]));
  });
});

describe('composer: org secrets choice', () => {
  it('"All secrets" is the default and sends secret_ids: null; the list is not loaded for it', async () => {
    const { dialog, fake, send } = await openComposer();
    expect((within(dialog).getByRole('radio', { name: 'All secrets (default)' }) as HTMLInputElement).checked).toBe(true);
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toHaveLength(1));
    expect(fake.callsTo('sessions:create')[0]).toMatchObject({ secret_ids: null });
    expect(Object.hasOwn(fake.callsTo('sessions:create')[0] as object, 'secret_ids')).toBe(true);
    expect(fake.callsTo('secrets:list')).toEqual([]);
  });

  it('"No secrets" sends []', async () => {
    const { dialog, fake, send } = await openComposer();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'No secrets' }));
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toEqual([{ prompt: 'Do the thing', knowledge_ids: null, secret_ids: [] }]));
  });

  it('"Only these secrets" needs a pick, filters by name or note, then sends exactly the picked ids', async () => {
    const { dialog, fake, send } = await openComposer();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Only these secrets' }));
    send();
    expect(await within(dialog).findByText('Pick at least one secret, or choose another option.')).toBeTruthy();
    expect(fake.callsTo('sessions:create')).toEqual([]);
    fireEvent.change(within(dialog).getByRole('searchbox', { name: 'Filter secrets' }), { target: { value: 'acme' } });
    expect(within(dialog).queryByRole('checkbox', { name: /STAGING_DATABASE_URL/ })).toBeNull();
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: /NPM_TOKEN/ }));
    expect(within(dialog).getByRole('button', { name: 'Remove NPM_TOKEN' })).toBeTruthy();
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toEqual([{ prompt: 'Do the thing', knowledge_ids: null, secret_ids: ['secret-npm'] }]));
  });

  it('a key that may not list secrets sees which permission it lacks, not an error; "No secrets" still sends', async () => {
    const { dialog, fake, send } = await openComposer({
      'secrets:list': () => {
        throw new FakeFailure({ code: 'FORBIDDEN', message: 'Forbidden: ManageOrgSecrets' });
      },
    });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Only these secrets' }));
    expect(await within(dialog).findByText(/needs the ManageOrgSecrets permission/)).toBeTruthy();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'No secrets' }));
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toEqual([{ prompt: 'Do the thing', knowledge_ids: null, secret_ids: [] }]));
  });
});

describe('composer: mode, child playbook, files', () => {
  it('starts with the values last used in this org, and a hand-made choice wins over them', async () => {
    const { dialog, fake, send } = await openComposer({}, { composerMemory: { devinMode: 'fast', childPlaybookId: 'pb-release' } });
    const mode = within(dialog).getByRole('combobox', { name: 'Mode' }) as HTMLSelectElement;
    const child = within(dialog).getByRole('combobox', { name: 'Playbook for child sessions' }) as HTMLSelectElement;
    await waitFor(() => expect(mode.value).toBe('fast'));
    await waitFor(() => expect(child.value).toBe('pb-release'));
    fireEvent.change(mode, { target: { value: '' } });
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toEqual([{ prompt: 'Do the thing', knowledge_ids: null, secret_ids: null, child_playbook_id: 'pb-release' }]));
    expect(fake.callsTo('composer:remember')).toEqual([{ devinMode: null, childPlaybookId: 'pb-release' }]);
  });

  it('drops a remembered child playbook that no longer exists', async () => {
    const { dialog, fake, send } = await openComposer({}, { composerMemory: { devinMode: null, childPlaybookId: 'pb-deleted' } });
    const child = within(dialog).getByRole('combobox', { name: 'Playbook for child sessions' }) as HTMLSelectElement;
    await waitFor(() => expect(within(child).getByRole('option', { name: 'Release checklist' })).toBeTruthy());
    await waitFor(() => expect(child.value).toBe(''));
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toEqual([{ prompt: 'Do the thing', knowledge_ids: null, secret_ids: null }]));
  });

  it('uploads attached files first, then creates the session with the URLs the upload returned', async () => {
    const { dialog, fake, send } = await openComposer({
      'attachments:chooseFiles': () => pickedFiles(['/home/me/spec.pdf', '/home/me/log.txt']),
      'attachments:upload': ({ files }: { files: string[] }) => files.map((f, i) => ({ attachment_id: `a${i}`, name: f, url: `https://api.devin.ai/attachments/a${i}/x`, bytes: 1 })),
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Attach files…' }));
    expect(await within(dialog).findByText('spec.pdf')).toBeTruthy();
    send();
    await waitFor(() => expect(fake.callsTo('sessions:create')).toHaveLength(1));
    const order = fake.calls.map((c) => c.channel).filter((c) => c === 'attachments:upload' || c === 'sessions:create');
    expect(order).toEqual(['attachments:upload', 'sessions:create']);
    expect(fake.callsTo('attachments:upload')).toEqual([{ files: [fakeHandle('file', '/home/me/spec.pdf'), fakeHandle('file', '/home/me/log.txt')] }]);
    expect(fake.callsTo('sessions:create')[0]).toMatchObject({ attachment_urls: ['https://api.devin.ai/attachments/a0/x', 'https://api.devin.ai/attachments/a1/x'] });
  });

  it('a failed upload starts no session and keeps everything', async () => {
    const { dialog, fake, send, prompt } = await openComposer({
      'attachments:chooseFiles': () => pickedFiles(['/home/me/big.bin']),
      'attachments:upload': () => {
        throw new FakeFailure({ code: 'ATTACHMENT_TOO_LARGE', message: 'The file is too large' });
      },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Attach files…' }));
    expect(await within(dialog).findByText('big.bin')).toBeTruthy();
    send();
    expect(await within(dialog).findByText(/The session was not started: The file is too large/)).toBeTruthy();
    expect(fake.callsTo('sessions:create')).toEqual([]);
    expect(prompt.value).toBe('Do the thing');
    expect(within(dialog).getByText('big.bin')).toBeTruthy();
  });
});
