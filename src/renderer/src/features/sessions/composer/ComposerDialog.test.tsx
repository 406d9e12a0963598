import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CreatedSessionInfo } from '../../../../../shared/ipc/channels/sessions';
import { FakeFailure, deferred } from '../../../test-support/fake-bridge';
import { registerRendererCleanup } from '../../../test-support/render-app';
import { makeView, renderSessions } from '../testing/fake-sessions';

registerRendererCleanup();

async function openComposer(overrides = {}) {
  const r = renderSessions({ views: [makeView({ id: 's-1', title: 'Existing' })] }, overrides);
  await screen.findByRole('tree');
  fireEvent.click(screen.getByRole('button', { name: /New session/ }));
  const dialog = await screen.findByRole('dialog', { name: 'New session' });
  const prompt = within(dialog).getByRole('textbox', { name: 'What should Devin do?' }) as HTMLTextAreaElement;
  return { ...r, dialog, prompt };
}

describe('New session composer', () => {
  it('requires a prompt and validates repositories as owner/repo', async () => {
    const { dialog, prompt, fake } = await openComposer();
    expect(document.activeElement).toBe(prompt);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start session' }));
    expect(within(dialog).getByText('Describe the task for Devin.')).toBeTruthy();
    expect(prompt.getAttribute('aria-invalid')).toBe('true');

    const repos = within(dialog).getByRole('textbox', { name: /Repositories/ });
    fireEvent.change(repos, { target: { value: 'not a repo' } });
    fireEvent.keyDown(repos, { key: 'Enter' });
    expect(within(dialog).getByText('“not a repo” is not a repository. Write it as owner/repo.')).toBeTruthy();
    fireEvent.change(repos, { target: { value: 'https://github.com/acme/api.git' } });
    fireEvent.keyDown(repos, { key: 'Enter' });
    expect(within(dialog).getByText('acme/api')).toBeTruthy();
    expect((repos as HTMLInputElement).value).toBe('');

    // A typed-but-invalid repo blocks sending too.
    fireEvent.change(prompt, { target: { value: 'Fix the flaky test' } });
    fireEvent.change(repos, { target: { value: 'acme' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start session' }));
    expect(within(dialog).getByText('“acme” is not a repository. Write it as owner/repo.')).toBeTruthy();
    expect(fake.callsTo('sessions:create')).toEqual([]);
  });

  it('sends everything filled in, and opens the new session', async () => {
    const { dialog, prompt, fake } = await openComposer();
    fireEvent.change(prompt, { target: { value: 'Upgrade the build to Node 22' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Title/ }), { target: { value: 'Node 22' } });
    const tags = within(dialog).getByRole('textbox', { name: /Tags/ });
    fireEvent.change(tags, { target: { value: 'build' } });
    fireEvent.keyDown(tags, { key: 'Enter' });
    fireEvent.change(tags, { target: { value: '基础设施' } }); // typed, not yet added: sending adds it
    const playbook = within(dialog).getByRole('combobox', { name: /^Playbook(?! for)/ }) as HTMLSelectElement;
    await waitFor(() => expect(within(playbook).getByRole('option', { name: 'Release checklist' })).toBeTruthy());
    fireEvent.change(playbook, { target: { value: 'pb-release' } });
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Only these notes' }));
    fireEvent.click(await within(dialog).findByRole('checkbox', { name: /Code style/ }));
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Mode' }), { target: { value: 'fast' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Playbook for child sessions' }), { target: { value: 'pb-triage' } });
    const repos = within(dialog).getByRole('textbox', { name: /Repositories/ });
    fireEvent.change(repos, { target: { value: 'acme/web' } });

    fireEvent.keyDown(prompt, { key: 'Enter', ctrlKey: true });
    await waitFor(() =>
      expect(fake.callsTo('sessions:create')).toEqual([
        {
          prompt: 'Upgrade the build to Node 22',
          title: 'Node 22',
          tags: ['build', '基础设施'],
          playbook_id: 'pb-release',
          knowledge_ids: ['note-style'],
          secret_ids: null,
          repos: ['acme/web'],
          devin_mode: 'fast',
          child_playbook_id: 'pb-triage',
        },
      ]),
    );
    // The hand-set options are remembered for the next session (in main).
    expect(fake.callsTo('composer:remember')).toEqual([{ devinMode: 'fast', childPlaybookId: 'pb-triage' }]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.hash).toBe('#/sessions/devin-new');
  });

  it('never double-submits, cannot be dismissed while sending, and keeps the input on failure', async () => {
    const gate = deferred<CreatedSessionInfo>();
    let attempt = 0;
    const { dialog, prompt, fake } = await openComposer({
      'sessions:create': () => {
        attempt += 1;
        if (attempt === 1) throw new FakeFailure({ code: 'NETWORK', message: 'Devin could not be reached' });
        return gate.promise;
      },
    });
    fireEvent.change(prompt, { target: { value: 'Write the release notes' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start session' }));
    expect(await within(dialog).findByText('The session was not started: Devin could not be reached')).toBeTruthy();
    expect(prompt.value).toBe('Write the release notes');

    const send = within(dialog).getByRole('button', { name: 'Start session' });
    fireEvent.click(send);
    fireEvent.click(send);
    fireEvent.keyDown(prompt, { key: 'Enter', metaKey: true });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Starting…' }).getAttribute('aria-busy')).toBe('true'));
    expect(fake.callsTo('sessions:create')).toHaveLength(2);
    expect(screen.getByRole('dialog')).toBeTruthy();

    await act(async () => gate.resolve({ sessionId: 'devin-made', url: 'https://app.devin.ai/sessions/devin-made' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.hash).toBe('#/sessions/devin-made');
    expect(fake.callsTo('sessions:create')).toHaveLength(2);
  });

  it('Enter in a one-line field does not submit (a session costs money); in the prompt it is a new line', async () => {
    const { dialog, prompt, fake } = await openComposer();
    fireEvent.change(prompt, { target: { value: 'Something' } });
    const title = within(dialog).getByRole('textbox', { name: /Title/ });
    // fireEvent returns false when a handler prevented the default (here: implicit form submission).
    expect(fireEvent.keyDown(title, { key: 'Enter' })).toBe(false);
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Only these notes' }));
    expect(fireEvent.keyDown(within(dialog).getByRole('searchbox', { name: 'Filter knowledge notes' }), { key: 'Enter' })).toBe(false);
    expect(fireEvent.keyDown(prompt, { key: 'Enter' })).toBe(true);
    expect(fake.callsTo('sessions:create')).toEqual([]);
  });

  it('closes with Escape when idle', async () => {
    const { dialog } = await openComposer();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('New session composer: max ACU limit', () => {
  it('starts at the default from Settings, refuses a non-whole number, and sends max_acu_limit', async () => {
    const r = renderSessions({ views: [makeView({ id: 's-1', title: 'Existing' })] }, {}, { usage: { dailyBudgetAcus: null, monthlyBudgetAcus: null, defaultMaxAcuLimit: 40 } });
    await screen.findByRole('tree');
    fireEvent.click(screen.getByRole('button', { name: /New session/ }));
    const dialog = await screen.findByRole('dialog', { name: 'New session' });
    const limit = within(dialog).getByRole('textbox', { name: /Max ACUs/ }) as HTMLInputElement;
    expect(limit.value).toBe('40');
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'What should Devin do?' }), { target: { value: 'Bounded task' } });
    fireEvent.change(limit, { target: { value: '2.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start session' }));
    expect(within(dialog).getByText(/A whole number above 0/)).toBeTruthy();
    expect(limit.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(limit);
    expect(r.fake.callsTo('sessions:create')).toEqual([]);
    fireEvent.change(limit, { target: { value: '12' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Start session' }));
    await waitFor(() => expect(r.fake.callsTo('sessions:create')).toEqual([{ prompt: 'Bounded task', knowledge_ids: null, secret_ids: null, max_acu_limit: 12 }]));
  });
});
