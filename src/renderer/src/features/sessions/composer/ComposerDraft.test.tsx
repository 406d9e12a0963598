import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DraftView } from '../../../../../shared/ipc/channels/drafts';
import { registerRendererCleanup } from '../../../test-support/render-app';
import { makeView, renderSessions } from '../testing/fake-sessions';

registerRendererCleanup();

const STORED: DraftView = {
  key: 'composer:new',
  fields: { prompt: 'Bump the Node version', title: 'Node 22', tags: ['build'], tagText: 'ci', repos: ['acme/web'], repoText: '', playbookId: null, knowledgeMode: 'none', knowledge: [], devinMode: 'fast', childPlaybookId: null },
  files: [{ handle: 'file-abc', name: 'plan.md', path: '/home/me/plan.md', uploaded: null }],
  missingFiles: ['gone.txt'],
  updatedAt: Date.now() - 5 * 60_000,
};

async function openComposer(stored: DraftView | null = null) {
  const r = renderSessions({ views: [makeView({ id: 's-1', title: 'Existing' })] }, stored ? { 'drafts:get': ({ key }) => (key === 'composer:new' ? stored : null) } : {});
  await screen.findByRole('tree');
  fireEvent.click(screen.getByRole('button', { name: /New session/ }));
  const dialog = await screen.findByRole('dialog', { name: 'New session' });
  const prompt = within(dialog).getByRole('textbox', { name: 'What should Devin do?' }) as HTMLTextAreaElement;
  return { ...r, dialog, prompt };
}

describe('composer drafts', () => {
  it('keeps what is typed in main, and Esc on a changed draft asks before anything is thrown away', async () => {
    const { dialog, prompt, fake } = await openComposer();
    fireEvent.change(prompt, { target: { value: 'Half a thought' } });
    await waitFor(() => expect(fake.callsTo('drafts:put')).toContainEqual(expect.objectContaining({ key: 'composer:new', fields: expect.objectContaining({ prompt: 'Half a thought' }) })));

    fireEvent.keyDown(dialog, { key: 'Escape' });
    const ask = await screen.findByRole('alertdialog', { name: 'Discard what you typed?' });
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep editing' }));
    fireEvent.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    expect(screen.getByRole('dialog', { name: 'New session' })).toBeTruthy();
    expect(prompt.value).toBe('Half a thought');
    expect(fake.callsTo('drafts:clear')).toEqual([]);

    // ✕ asks the same, and Discard forgets the draft.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Discard' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('drafts:clear')).toContainEqual({ key: 'composer:new' });
  });

  it('offers the stored draft back when the composer opens, files included', async () => {
    const { dialog, prompt } = await openComposer(STORED);
    await waitFor(() => expect(prompt.value).toBe('Bump the Node version'));
    expect((within(dialog).getByRole('textbox', { name: /Title/ }) as HTMLInputElement).value).toBe('Node 22');
    expect((within(dialog).getByRole('textbox', { name: /Tags/ }) as HTMLInputElement).value).toBe('ci');
    expect(within(dialog).getByText('build')).toBeTruthy();
    expect(within(dialog).getByText('acme/web')).toBeTruthy();
    expect((within(dialog).getByRole('radio', { name: 'No knowledge' }) as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByRole('combobox', { name: 'Mode' }) as HTMLSelectElement).value).toBe('fast');
    expect(within(dialog).getByText('plan.md')).toBeTruthy();
    expect(within(dialog).getByText('No longer on disk, so left out: gone.txt')).toBeTruthy();
    expect(within(dialog).getByText(/^Your unsent draft is back \(saved 5 min\.? ago\)\.$/)).toBeTruthy();

    // Unchanged, a restored draft closes without a question and stays for next time.
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('"Start over" empties the form and forgets the draft', async () => {
    const { dialog, prompt, fake } = await openComposer(STORED);
    await waitFor(() => expect(prompt.value).toBe('Bump the Node version'));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start over' }));
    expect(prompt.value).toBe('');
    expect(within(dialog).queryByText('plan.md')).toBeNull();
    await waitFor(() => expect(fake.callsTo('drafts:clear')).toContainEqual({ key: 'composer:new' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('a created session clears its draft', async () => {
    const { dialog, prompt, fake } = await openComposer();
    fireEvent.change(prompt, { target: { value: 'Ship it' } });
    await waitFor(() => expect(fake.callsTo('drafts:put')).toHaveLength(1));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start session' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(fake.callsTo('sessions:create')).toHaveLength(1);
    const calls = fake.calls.filter((c) => c.channel.startsWith('drafts:')).map((c) => c.channel);
    expect(calls[calls.length - 1]).toBe('drafts:clear');
  });
});
