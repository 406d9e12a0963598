import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registerRendererCleanup } from '../../../test-support/render-app';
import { makeView, renderSessions } from '../testing/fake-sessions';

registerRendererCleanup();

const views = [
  makeView({ id: 's-1', title: 'First', group: 'attention', attention: true, statusDetail: 'waiting_for_user' }),
  makeView({ id: 's-2', title: 'Second' }),
];

const replyBox = (detail: HTMLElement) => within(detail).getByRole('textbox', { name: 'Reply to Devin' }) as HTMLTextAreaElement;

describe('reply drafts', () => {
  it('stay with their session when another one is opened, and come back', async () => {
    window.location.hash = '#/sessions/s-1';
    const { fake } = renderSessions({ views });
    let detail = await screen.findByRole('article', { name: 'First' });
    fireEvent.change(replyBox(detail), { target: { value: 'Use the staging database' } });
    await waitFor(() => expect(fake.callsTo('drafts:put')).toContainEqual({ key: 'reply:s-1', fields: { text: 'Use the staging database' }, files: [] }));

    // Another session: no question, an empty box.
    window.location.hash = '#/sessions/s-2';
    detail = await screen.findByRole('article', { name: 'Second' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(replyBox(detail).value).toBe('');

    // Back: the reply is there, marked as an unsent draft.
    window.location.hash = '#/sessions/s-1';
    detail = await screen.findByRole('article', { name: 'First' });
    await waitFor(() => expect(replyBox(detail).value).toBe('Use the staging database'));
    expect(within(detail).getByText(/^Unsent draft, saved/)).toBeTruthy();
    expect(replyBox(detail).getAttribute('dir')).toBe('auto');

    // Sent: the draft goes.
    fireEvent.click(within(detail).getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(fake.callsTo('sessions:send')).toHaveLength(1));
    await waitFor(() => expect(fake.callsTo('drafts:clear')).toContainEqual({ key: 'reply:s-1' }));
    expect(await fake.bridge.drafts.get({ key: 'reply:s-1' })).toBeNull();
  });

  it('"Discard draft" empties the box and forgets it', async () => {
    window.location.hash = '#/sessions/s-1';
    const { fake } = renderSessions({ views }, { 'drafts:get': ({ key }) => (key === 'reply:s-1' ? { key, fields: { text: 'old words' }, files: [], missingFiles: [], updatedAt: Date.now() } : null) });
    const detail = await screen.findByRole('article', { name: 'First' });
    await waitFor(() => expect(replyBox(detail).value).toBe('old words'));
    fireEvent.click(within(detail).getByRole('button', { name: 'Discard draft' }));
    expect(replyBox(detail).value).toBe('');
    await waitFor(() => expect(fake.callsTo('drafts:clear')).toContainEqual({ key: 'reply:s-1' }));
  });
});
