import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeFailure, deferred } from '../../../test-support/fake-bridge';
import { registerRendererCleanup } from '../../../test-support/render-app';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { makeMessage, makeView, renderSessions, T0 } from '../testing/fake-sessions';

registerRendererCleanup();

const waiting = makeView({
  id: 's-wait',
  title: 'Answer the migration question',
  group: 'attention',
  attention: true,
  statusDetail: 'waiting_for_user',
  tags: ['db'],
  playbookId: 'pb-release',
  acus: 3,
  prs: [{ url: 'https://github.com/acme/api/pull/7', state: 'merged' }],
});
const messages = {
  's-wait': [
    makeMessage('e1', 'Should I **drop** the old table? See [the plan](https://docs.example.com/plan).', 'devin', T0 / 1000 - 120),
    makeMessage('e2', 'Let me check first.', 'user', T0 / 1000 - 60),
  ],
};

async function openDetail(views: SessionView[] = [waiting], overrides = {}) {
  window.location.hash = `#/sessions/${views[0]!.id}`;
  const r = renderSessions({ views, messages }, overrides);
  const detail = await screen.findByRole('article');
  return { ...r, detail };
}

describe('Session detail', () => {
  it('shows the header, facts and the conversation, and watches messages while open', async () => {
    const { fake, detail } = await openDetail();
    expect(within(detail).getByRole('heading', { level: 2, name: 'Answer the migration question' })).toBeTruthy();
    expect(within(detail).getAllByText('Waiting for you').length).toBeGreaterThan(0);
    await waitFor(() => expect(within(detail).getByText('Release checklist')).toBeTruthy()); // playbook name
    expect(within(detail).getByText('acme/api#7')).toBeTruthy();
    const timeline = within(detail).getByRole('region', { name: 'Conversation' });
    await waitFor(() => expect(within(timeline).getByText('drop').tagName).toBe('STRONG'));
    expect(within(timeline).getByText('Let me check first.').closest('.message')?.classList.contains('from-user')).toBe(true);
    expect(fake.callsTo('sessions:watchMessages')).toEqual([{ sessionId: 's-wait' }]);
    expect(fake.callsTo('sessions:get')).toEqual([{ sessionId: 's-wait' }]);

    // New messages arrive live, once each.
    act(() => fake.emit('sessions:messages', { sessionId: 's-wait', added: [makeMessage('e2', 'dup', 'user'), makeMessage('e3', 'Dropped it.')] }));
    expect(await within(timeline).findByText('Dropped it.')).toBeTruthy();
    expect(within(timeline).queryByText('dup')).toBeNull();
    act(() => fake.emit('sessions:messages', { sessionId: 'other', added: [makeMessage('x1', 'not mine')] }));
    expect(within(timeline).queryByText('not mine')).toBeNull();

    // Closing unwatches.
    fireEvent.click(within(detail).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(fake.callsTo('sessions:unwatchMessages')).toEqual([{ sessionId: 's-wait' }]));
    expect(window.location.hash).toBe('#/sessions');
    expect(fake.listenerCount('sessions:messages')).toBe(0);
  });

  it('sends a reply with Ctrl+Enter, once, and keeps the text when sending fails', async () => {
    const gate = deferred<SessionView>();
    let fail = false;
    const { fake, detail } = await openDetail([waiting], {
      'sessions:send': () => {
        if (fail) throw new FakeFailure({ code: 'RATE_LIMITED', message: 'Too many requests; try again shortly' });
        return gate.promise;
      },
    });
    const box = within(detail).getByRole('textbox', { name: 'Reply to Devin' });
    fireEvent.change(box, { target: { value: '  Yes, drop it.  ' } });
    fireEvent.keyDown(box, { key: 'Enter', ctrlKey: true });
    fireEvent.keyDown(box, { key: 'Enter', metaKey: true });
    fireEvent.click(within(detail).getByRole('button', { name: /Sending/ }));
    await waitFor(() => expect(fake.callsTo('sessions:send')).toEqual([{ sessionId: 's-wait', message: 'Yes, drop it.' }]));
    await act(async () => gate.resolve(waiting));
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toBe(''));
    // Shown at once, then replaced by the real message when main reports it.
    const timeline = within(detail).getByRole('region', { name: 'Conversation' });
    expect(within(timeline).getByText('Yes, drop it.').closest('.message')?.classList.contains('is-echo')).toBe(true);
    act(() => fake.emit('sessions:messages', { sessionId: 's-wait', added: [makeMessage('e9', 'Yes, drop it.', 'user', Date.now() / 1000)] }));
    await waitFor(() => expect(within(timeline).getByText('Yes, drop it.').closest('.message')?.classList.contains('is-echo')).toBe(false));
    expect(within(timeline).getAllByText('Yes, drop it.')).toHaveLength(1);

    fail = true;
    fireEvent.change(box, { target: { value: 'Second try' } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Send' }));
    expect(await within(detail).findByText('Not sent: Too many requests; try again shortly')).toBeTruthy();
    expect((box as HTMLTextAreaElement).value).toBe('Second try');
    // Plain Enter is a new line, not a send.
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(fake.callsTo('sessions:send')).toHaveLength(2);
  });

  it('says a message resumes a suspended session, and refuses ended ones', async () => {
    const suspended = makeView({ id: 's-susp', title: 'Paused work', group: 'suspended', status: 'suspended', statusDetail: 'out_of_credits' });
    const { detail, fake } = await openDetail([suspended]);
    expect(within(detail).getByText('This session is suspended. Sending a message resumes it.')).toBeTruthy();
    expect(within(detail).getByText('Reason: out of credits.')).toBeTruthy();
    act(() => fake.emit('sessions:changed', [{ ...suspended, status: 'exit', statusDetail: null, group: 'finished' }]));
    expect(await within(detail).findByText('This session has ended and cannot take more messages.')).toBeTruthy();
    expect(within(detail).queryByRole('textbox', { name: 'Reply to Devin' })).toBeNull();
  });

  it('terminates after a confirmation, archives, and toggles watching', async () => {
    const { detail, fake } = await openDetail();
    fireEvent.click(within(detail).getByRole('button', { name: 'Terminate' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Terminate this session?' });
    expect(dialog.textContent).toContain('Answer the migration question');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.callsTo('sessions:terminate')).toEqual([]);
    fireEvent.click(within(detail).getByRole('button', { name: 'Terminate' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Terminate' }));
    await waitFor(() => expect(fake.callsTo('sessions:terminate')).toEqual([{ sessionId: 's-wait' }]));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());

    fireEvent.click(within(detail).getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(fake.callsTo('sessions:archive')).toEqual([{ sessionId: 's-wait' }]));

    const watch = within(detail).getByRole('button', { name: 'Watch' });
    expect(watch.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(watch);
    await waitFor(() => expect(within(detail).getByRole('button', { name: 'Watching' }).getAttribute('aria-pressed')).toBe('true'));
    expect(fake.callsTo('sessions:watch')).toEqual([{ sessionId: 's-wait' }]);
    fireEvent.click(within(detail).getByRole('button', { name: 'Watching' }));
    await waitFor(() => expect(fake.callsTo('sessions:unwatch')).toEqual([{ sessionId: 's-wait' }]));
  });

  it('opens links through main and shows its refusal', async () => {
    const { detail, fake } = await openDetail([waiting], {
      'shell:openExternal': (url: string) => {
        if (url.startsWith('https://docs.example.com')) throw new FakeFailure({ code: 'URL_NOT_ALLOWED', message: 'This link is not on the allowed list' });
      },
    });
    fireEvent.click(within(detail).getByRole('button', { name: 'Open in Devin' }));
    await waitFor(() => expect(fake.callsTo('shell:openExternal')).toEqual(['https://app.devin.ai/sessions/s-wait']));
    fireEvent.click(await within(detail).findByRole('link', { name: 'the plan' }));
    expect(await screen.findByText('Could not open the link: This link is not on the allowed list')).toBeTruthy();
    fireEvent.click(within(detail).getByText('acme/api#7'));
    await waitFor(() => expect(fake.callsTo('shell:openExternal')).toContain('https://github.com/acme/api/pull/7'));
  });

  it('copies the link, and shows it to select by hand when copying is refused', async () => {
    const { detail } = await openDetail();
    const writes: string[] = [];
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (s: string) => void writes.push(s) } });
    fireEvent.click(within(detail).getByRole('button', { name: 'Copy link' }));
    expect(await within(detail).findByRole('button', { name: 'Link copied' })).toBeTruthy();
    expect(writes).toEqual(['https://app.devin.ai/sessions/s-wait']);

    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
    document.execCommand = () => false;
    fireEvent.click(within(detail).getByRole('button', { name: 'Link copied' }));
    expect(await within(detail).findByText('Could not copy the link. Select it here instead: https://app.devin.ai/sessions/s-wait')).toBeTruthy();
  });

  it('loads a session the list does not know yet (just created or deep-linked)', async () => {
    const fresh = makeView({ id: 's-fresh', title: 'Brand new' });
    window.location.hash = '#/sessions/s-fresh';
    renderSessions({ views: [waiting] }, { 'sessions:get': () => fresh });
    expect(await screen.findByRole('heading', { level: 2, name: 'Brand new' })).toBeTruthy();
  });

  it('says why a deep-linked session cannot be shown, and lets you close it', async () => {
    window.location.hash = '#/sessions/s-gone';
    renderSessions({ views: [waiting] }, { 'sessions:get': () => { throw new FakeFailure({ code: 'NOT_FOUND', message: 'Session s-gone was not found' }); } });
    expect(await screen.findByText('Could not load this session: Session s-gone was not found')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(window.location.hash).toBe('#/sessions'));
    expect(screen.getByRole('heading', { name: 'No session selected' })).toBeTruthy();
  });
});
