import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffComposeRequest } from '../../../../shared/ipc/channels/handoff';
import { deferred, FakeFailure, SIGNED_IN, type FakeHandlers } from '../../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../../test-support/render-app';
import { resetHandoffForTests } from './handoff-controller';
import { ENV_FINDING, FINDING, handoffHandlers, makeInspection } from './testing/fake-handoff';
import { fakeHandle, installFakeDrops } from '../attachments/testing/fake-attachments';

registerRendererCleanup();
afterEach(() => {
  resetHandoffForTests();
  delete window.__devinTrayRegisterDrop;
});

function renderHandoff(overrides: FakeHandlers = {}, inspection = makeInspection()) {
  window.location.hash = '#/handoff';
  return renderApp({ ...handoffHandlers(inspection), ...overrides }, { account: SIGNED_IN });
}

async function openRepo() {
  fireEvent.change(await screen.findByLabelText('Or type the folder’s path'), { target: { value: '/repos/web/src' } });
  fireEvent.click(screen.getByRole('button', { name: 'Open' }));
  await screen.findByRole('heading', { level: 2, name: 'acme/web' });
}

const sendButton = () => screen.getByRole('button', { name: 'Send to Devin' });
const lastCompose = (fake: { callsTo: (c: 'handoff:compose') => unknown[] }) => fake.callsTo('handoff:compose').at(-1) as HandoffComposeRequest;

describe('Handoff screen', () => {
  it('gates Send on the task and on every finding, then sends the previewed token once and opens the session', async () => {
    const sent = deferred<{ sessionId: string; url: string }>();
    const { fake } = renderHandoff({ 'handoff:send': () => sent.promise });
    await openRepo();
    expect(fake.callsTo('handoff:openPath')).toEqual([{ path: '/repos/web/src' }]);
    expect(fake.callsTo('handoff:inspect')[0]).toMatchObject({ handle: 'repo-/repos/web/src', includeUnpushed: false });

    const findings = screen.getByRole('region', { name: /Possible secrets/ });
    expect(within(findings).getByText('GitHub token')).toBeTruthy();
    expect(within(findings).getByText('src/config.ts, line 3')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('Describe the task to send.')).toBeTruthy());
    expect((sendButton() as HTMLButtonElement).disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('Task for Devin'), { target: { value: 'Fix the login bug' } });
    await waitFor(() => expect(screen.getByText('1 possible secret still needs a decision.')).toBeTruthy());
    expect((sendButton() as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(findings).getByRole('button', { name: 'Redact' }));
    await waitFor(() => expect((sendButton() as HTMLButtonElement).disabled).toBe(false));
    expect(lastCompose(fake)).toMatchObject({ task: 'Fix the login bug', resolutions: { [FINDING.id]: 'redact' } });
    expect(within(findings).getByText('Will be redacted')).toBeTruthy();

    // The exact prompt, verbatim.
    fireEvent.click(screen.getByRole('tab', { name: 'Exact prompt' }));
    const prompt = screen.getByLabelText('Prompt to be sent, exactly');
    expect(prompt.textContent).toBe('Repo: acme/web (branch: main)\n\nFix the login bug\n\nUncommitted changes:\n```diff\ndiff --git a/src/app.ts b/src/app.ts\n--- a/src/app.ts\n+++ b/src/app.ts\n@@ -1 +1 @@\n-export const a = 1;\n+export const a = 2;\n```\n');

    const button = sendButton();
    fireEvent.click(button);
    expect(button.getAttribute('aria-busy')).toBe('true');
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByLabelText('Task for Devin'), { key: 'Enter', ctrlKey: true });
    await act(async () => sent.resolve({ sessionId: 'devin-handoff1', url: 'https://app.devin.ai/sessions/handoff1' }));
    const sends = fake.callsTo('handoff:send');
    expect(sends).toHaveLength(1);
    expect(sends[0]).toEqual({ inspectionId: 'insp-1', token: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await waitFor(() => expect(window.location.hash).toBe('#/sessions/devin-handoff1'));
  });

  it('"Send anyway" needs an explicit confirmation; decisions can be changed', async () => {
    const { fake } = renderHandoff();
    await openRepo();
    const findings = screen.getByRole('region', { name: /Possible secrets/ });
    fireEvent.click(within(findings).getByRole('button', { name: 'Send anyway…' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Send this as is?' });
    expect(dialog.textContent).toContain('GitHub token in src/config.ts, line 3 (ghp_…(40))');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(within(findings).queryByText('Will be sent as is')).toBeNull();

    fireEvent.click(within(findings).getByRole('button', { name: 'Send anyway…' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Send it anyway' }));
    expect(within(findings).getByText('Will be sent as is')).toBeTruthy();
    await waitFor(() => expect(lastCompose(fake).resolutions).toEqual({ [FINDING.id]: 'allow' }));

    fireEvent.click(within(findings).getByRole('button', { name: 'Change' }));
    await waitFor(() => expect(lastCompose(fake).resolutions).toEqual({}));
    expect(within(findings).getByRole('button', { name: 'Redact' })).toBeTruthy();
  });

  it('a file that is a secret by name offers Exclude and Send anyway, not Redact; Redact all covers the rest', async () => {
    const inspection = makeInspection({
      findings: [FINDING, { ...FINDING, id: 'f-gh2', line: 9 }, ENV_FINDING],
      files: [...makeInspection().files, { key: '.env', path: '.env', status: 'untracked', binary: false, utf8: true, bytes: 40, added: 2, removed: 0, generated: false }],
    });
    const { fake } = renderHandoff({}, inspection);
    await openRepo();
    const findings = screen.getByRole('region', { name: /Possible secrets/ });
    const envActions = within(findings).getByRole('group', { name: 'What to do with Environment file in .env' });
    expect(within(envActions).queryByRole('button', { name: 'Redact' })).toBeNull();
    fireEvent.click(within(envActions).getByRole('button', { name: 'Exclude file' }));
    fireEvent.click(within(findings).getByRole('button', { name: 'Redact all' }));
    await waitFor(() => expect(lastCompose(fake).resolutions).toEqual({ [ENV_FINDING.id]: 'exclude', [FINDING.id]: 'redact', 'f-gh2': 'redact' }));
    expect(within(findings).getByText('All decided')).toBeTruthy();
  });

  it('names where each new kind of finding sits: removed or unchanged line (already on the remote), file name, commit message', async () => {
    const inspection = makeInspection({
      findings: [
        { ...FINDING, id: 'f-rm', place: 'removed', line: 4, onRemote: true, file: '.env.old', unitKey: '.env.old' },
        { ...FINDING, id: 'f-ctx', place: 'context', line: 12, onRemote: false },
        { ...FINDING, id: 'f-name', place: 'header', line: 0, redactable: false, file: 'drop/ghp_x.txt', unitKey: 'drop/ghp_x.txt' },
        { ...FINDING, id: 'f-msg', place: 'message', line: 7, scope: `commit:${'ab12'.repeat(10)}`, file: 'commit ab12ab12ab12 (message)', unitKey: 'commit:ab12ab12ab12/:message' },
        { ...FINDING, id: 'f-br', place: 'repo', line: 1, column: 5, file: 'branch', unitKey: 'repo:branch' },
      ],
    });
    const { fake } = renderHandoff({}, inspection);
    await openRepo();
    const findings = screen.getByRole('region', { name: /Possible secrets/ });
    expect(within(findings).getByText(/Removed and unchanged lines travel in the diff too/)).toBeTruthy();
    expect(within(findings).getByText('.env.old, removed line 4')).toBeTruthy();
    expect(within(findings).getAllByText('Already on the remote')).toHaveLength(1);
    expect(within(findings).getByText('src/config.ts, unchanged line 12')).toBeTruthy();
    expect(within(findings).getByText('drop/ghp_x.txt (in the file name)')).toBeTruthy();
    expect(within(findings).getByText('Message of unpushed commit ab12ab12ab12, line 7')).toBeTruthy();
    // A name cannot be redacted; a message can, and leaving it out leaves out the commits.
    const nameActions = within(findings).getByRole('group', { name: 'What to do with GitHub token in drop/ghp_x.txt' });
    expect(within(nameActions).queryByRole('button', { name: 'Redact' })).toBeNull();
    // A branch name can be masked or sent, not left out.
    expect(within(findings).getByText('The branch name (first line of the prompt)')).toBeTruthy();
    const branchActions = within(findings).getByRole('group', { name: 'What to do with GitHub token in branch' });
    expect(within(branchActions).getByRole('button', { name: 'Redact' })).toBeTruthy();
    expect(within(branchActions).queryByRole('button', { name: 'Exclude file' })).toBeNull();
    const msgActions = within(findings).getByRole('group', { name: 'What to do with GitHub token in commit ab12ab12ab12 (message)' });
    fireEvent.click(within(msgActions).getByRole('button', { name: 'Leave out commits' }));
    expect(within(msgActions).getByText('Commits left out')).toBeTruthy();
    await waitFor(() => expect(lastCompose(fake).resolutions).toEqual({ 'f-msg': 'exclude' }));
  });

  it('file toggles leave files out; the list marks binary files and reasons', async () => {
    const { fake } = renderHandoff();
    await openRepo();
    const files = screen.getByRole('region', { name: 'Changes' });
    expect(within(files).getByText('binary, 2 KB')).toBeTruthy();
    fireEvent.click(within(files).getByRole('checkbox', { name: 'Include src/config.ts' }));
    await waitFor(() => expect(lastCompose(fake).excluded).toEqual(['src/config.ts']));
    await waitFor(() => expect(within(files).getByText('left out by you')).toBeTruthy());
    // Its finding no longer concerns what is sent.
    await waitFor(() => expect(screen.queryByRole('region', { name: /Possible secrets/ })).toBeNull());
  });

  it('shows the diff coloured by line type, loaded on demand', async () => {
    renderHandoff();
    await openRepo();
    const file = await screen.findByRole('region', { name: 'Diff of src/app.ts' });
    const kinds = [...file.querySelectorAll('.dl')].map((el) => el.className.replace('dl dl-', ''));
    expect(kinds).toEqual(['meta', 'meta', 'meta', 'hunk', 'del', 'add']);
  });

  it('a failed send keeps everything and can be retried', async () => {
    let fail = true;
    const { fake } = renderHandoff({
      'handoff:send': () => {
        if (fail) throw new FakeFailure({ code: 'NETWORK', message: 'Could not reach api.devin.ai.' });
        return { sessionId: 'devin-x', url: 'u' };
      },
    });
    await openRepo();
    fireEvent.change(screen.getByLabelText('Task for Devin'), { target: { value: 'Ship it' } });
    fireEvent.click(within(screen.getByRole('region', { name: /Possible secrets/ })).getByRole('button', { name: 'Exclude file' }));
    await waitFor(() => expect((sendButton() as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(sendButton());
    expect(await screen.findByText('Not sent: Could not reach api.devin.ai. Everything you entered is kept.')).toBeTruthy();
    expect((screen.getByLabelText('Task for Devin') as HTMLTextAreaElement).value).toBe('Ship it');
    fail = false;
    fireEvent.click(sendButton());
    await waitFor(() => expect(window.location.hash).toBe('#/sessions/devin-x'));
    expect(fake.callsTo('handoff:send')).toHaveLength(2);
  });

  it('shows inspection errors from main with a retry, and Cancel stops a slow inspection', async () => {
    let attempt = 0;
    const slow = deferred<never>();
    const { fake } = renderHandoff({
      'handoff:inspect': () => {
        attempt += 1;
        if (attempt === 1) throw new FakeFailure({ code: 'NOT_A_REPO', message: '/tmp/x is not inside a git repository.' });
        return slow.promise;
      },
      'handoff:cancel': () => slow.reject({ code: 'CANCELLED', message: 'Cancelled' }),
    });
    fireEvent.change(await screen.findByLabelText('Or type the folder’s path'), { target: { value: '/tmp/x' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    expect(await screen.findByText('Could not read /tmp/x: /tmp/x is not inside a git repository.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Reading /tmp/x')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { name: 'Hand off work to Devin' })).toBeTruthy();
    expect(fake.callsTo('handoff:cancel')).toHaveLength(1);
  });

  it('a folder dropped anywhere on the window is inspected; recent repositories open with a click', async () => {
    installFakeDrops((name) => ({ path: `/repos/${name}`, kind: 'folder' }));
    const { fake } = renderHandoff();
    expect(await screen.findByRole('button', { name: 'Open /repos/api' })).toBeTruthy();
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [new File([], 'web')] } });
    act(() => {
      document.body.dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    await screen.findByRole('heading', { level: 2, name: 'acme/web' });
    expect(fake.callsTo('handoff:inspect')[0]).toMatchObject({ handle: fakeHandle('folder', '/repos/web') });
    fireEvent.click(screen.getByRole('button', { name: 'Change folder' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Open /repos/api' }));
    await waitFor(() => expect(fake.callsTo('handoff:inspect')[1]).toMatchObject({ handle: 'repo-/repos/api' }));
  });
});
