import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registerRendererCleanup } from '../../../test-support/render-app';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { makeMessage, makeView, renderSessions, T0 } from '../testing/fake-sessions';

registerRendererCleanup();

const ID = 'devin-0123456789abcdef0123456789abcdef';
const LONG_PROMPT = `Upgrade the checkout service to React 19 and keep every test green\n\n${'Check each route, update the snapshots and note what changed. '.repeat(8)}`;

async function open(view: SessionView, messages: ReturnType<typeof makeMessage>[] = []) {
  window.location.hash = `#/sessions/${view.id}`;
  const r = renderSessions({ views: [view], messages: { [view.id]: messages } });
  const detail = await screen.findByRole('article');
  return { ...r, detail };
}

describe('Session detail: prompt, repository, PR state, approval, messages (#13)', () => {
  it('an untitled session is named by its prompt; the long prompt starts collapsed and opens whole', async () => {
    const view = makeView({ id: ID, title: null, prompt: LONG_PROMPT, repos: ['acme/checkout'] });
    const { detail } = await open(view);
    expect(within(detail).getByRole('heading', { level: 2, name: 'Upgrade the checkout service to React 19 and keep every test green' })).toBeTruthy();
    const prompt = within(detail).getByRole('region', { name: 'Prompt' });
    const toggle = within(prompt).getByRole('button', { name: 'Show the whole prompt' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(prompt.querySelector('.session-prompt-text')?.classList.contains('is-collapsed')).toBe(true);
    expect(prompt.querySelector('.session-prompt-text')?.getAttribute('dir')).toBe('auto');
    fireEvent.click(toggle);
    expect(within(prompt).getByRole('button', { name: 'Show less' }).getAttribute('aria-expanded')).toBe('true');
    expect(prompt.querySelector('.session-prompt-text')?.classList.contains('is-collapsed')).toBe(false);
    expect(within(detail).getByText('acme/checkout')).toBeTruthy();
  });

  it('a short prompt has no toggle; without prompt or title the id names it', async () => {
    const { detail } = await open(makeView({ id: ID, title: null, prompt: 'Fix the typo' }));
    expect(within(within(detail).getByRole('region', { name: 'Prompt' })).queryByRole('button')).toBeNull();
    await waitFor(() => expect(within(detail).getByRole('heading', { level: 2, name: 'Fix the typo' })).toBeTruthy());
  });

  it('PRs show their full label, state in words, full URL as title; an absent state is tolerated; repos come from PRs', async () => {
    const view = makeView({
      prs: [
        { url: 'https://github.com/acme/very-long-repository-name-for-the-web-dashboard/pull/12345', state: 'merged' },
        { url: 'https://gitlab.com/acme/platform/api/-/merge_requests/7', state: null },
      ],
      repos: ['acme/very-long-repository-name-for-the-web-dashboard', 'acme/platform/api'],
    });
    const { detail } = await open(view);
    const merged = within(detail).getByRole('link', { name: 'Pull request acme/very-long-repository-name-for-the-web-dashboard#12345, merged' });
    expect(merged.getAttribute('title')).toBe('https://github.com/acme/very-long-repository-name-for-the-web-dashboard/pull/12345');
    expect(merged.querySelector('.truncate')).toBeNull();
    expect(within(detail).getByText('merged')).toBeTruthy();
    expect(within(detail).getByRole('link', { name: 'Pull request acme/platform/api#7' })).toBeTruthy();
    expect(within(detail).getByText('state not reported')).toBeTruthy();
  });

  it('waiting for approval says what to do and links to the session in the web app', async () => {
    const view = makeView({ group: 'attention', attention: true, status: 'running', statusDetail: 'waiting_for_approval', url: 'https://app.devin.ai/sessions/abc' });
    const { detail, fake } = await open(view);
    const hint = within(detail).getByRole('note', { name: 'Devin is waiting for your approval' });
    fireEvent.click(within(hint).getByRole('link', { name: 'Review and approve in Devin' }));
    await waitFor(() => expect(fake.callsTo('shell:openExternal')).toEqual(['https://app.devin.ai/sessions/abc']));
  });

  it('waiting for the user shows no approval hint', async () => {
    const { detail } = await open(makeView({ id: 's-2', statusDetail: 'waiting_for_user', group: 'attention', attention: true }));
    expect(within(detail).queryByRole('note')).toBeNull();
  });

  it('your messages say "You"; message text takes its direction from its words', async () => {
    const { detail } = await open(makeView({ id: 's-3' }), [
      makeMessage('e1', 'مرحبا، هل يمكنك إصلاح الاختبار؟', 'user', T0 / 1000 - 60),
      makeMessage('e2', 'Sure.', 'devin', T0 / 1000 - 30),
    ]);
    const timeline = within(detail).getByRole('region', { name: 'Conversation' });
    await waitFor(() => expect(within(timeline).getByText('You')).toBeTruthy());
    expect(within(timeline).queryByText('User')).toBeNull();
    const arabic = await within(timeline).findByText('مرحبا، هل يمكنك إصلاح الاختبار؟');
    expect(arabic.closest('[dir]')?.getAttribute('dir')).toBe('auto');
  });
});
