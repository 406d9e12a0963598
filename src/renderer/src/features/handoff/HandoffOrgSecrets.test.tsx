import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffComposeRequest } from '../../../../shared/ipc/channels/handoff';
import { FakeFailure, SIGNED_IN, type FakeHandlers } from '../../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../../test-support/render-app';
import { ORG_SECRETS } from '../sessions/testing/fake-sessions';
import { resetHandoffForTests } from './handoff-controller';
import { handoffHandlers, makeInspection } from './testing/fake-handoff';

registerRendererCleanup();
afterEach(() => resetHandoffForTests());

function renderHandoff(overrides: FakeHandlers = {}) {
  window.location.hash = '#/handoff';
  return renderApp({ ...handoffHandlers(makeInspection({ findings: [] })), 'secrets:list': () => ({ items: ORG_SECRETS, complete: true }), ...overrides }, { account: SIGNED_IN });
}

const lastCompose = (fake: { callsTo: (c: 'handoff:compose') => unknown[] }) => fake.callsTo('handoff:compose').at(-1) as HandoffComposeRequest;
const sendButton = () => screen.getByRole('button', { name: 'Send to Devin' }) as HTMLButtonElement;
const previewLine = () => screen.getByTestId('handoff-org-secrets');

async function openRepo() {
  fireEvent.change(await screen.findByLabelText('Or type the folder’s path'), { target: { value: '/repos/web' } });
  fireEvent.click(screen.getByRole('button', { name: 'Open' }));
  await screen.findByRole('heading', { level: 2, name: 'acme/web' });
  fireEvent.change(screen.getByLabelText('Task for Devin'), { target: { value: 'Fix it' } });
  await waitFor(() => expect(sendButton().disabled).toBe(false));
}

describe('Handoff org secrets choice', () => {
  it('composes with all (default), none, or only the picked secrets, and the preview says which; an empty "only" holds Send', async () => {
    const { fake } = renderHandoff();
    await openRepo();
    expect(lastCompose(fake).secrets).toEqual({ kind: 'all' });
    expect(previewLine().textContent).toBe('Organization secrets: all (secret_ids: null)');
    expect(fake.callsTo('secrets:list')).toEqual([]);

    fireEvent.click(screen.getByRole('radio', { name: 'No secrets' }));
    await waitFor(() => expect(lastCompose(fake).secrets).toEqual({ kind: 'none' }));
    await waitFor(() => expect(previewLine().textContent).toBe('Organization secrets: none (secret_ids: [])'));

    fireEvent.click(screen.getByRole('radio', { name: 'Only these secrets' }));
    await waitFor(() => expect(screen.getAllByText('Pick at least one organization secret, or choose all or none.').length).toBeGreaterThan(0));
    expect(sendButton().disabled).toBe(true);
    await waitFor(() => expect(lastCompose(fake).secrets).toBeUndefined());

    const picker = screen.getByRole('group', { name: 'Organization secrets' });
    fireEvent.click(await within(picker).findByRole('checkbox', { name: /STAGING_DATABASE_URL/ }));
    await waitFor(() => expect(lastCompose(fake).secrets).toEqual({ kind: 'only', ids: ['secret-db'] }));
    await waitFor(() => expect(previewLine().textContent).toBe('Organization secrets: only STAGING_DATABASE_URL'));
    await waitFor(() => expect(sendButton().disabled).toBe(false));
  });

  it('without permission to list secrets, names the permission instead of an error', async () => {
    renderHandoff({
      'secrets:list': () => {
        throw new FakeFailure({ code: 'FORBIDDEN', message: 'Forbidden' });
      },
    });
    await openRepo();
    fireEvent.click(screen.getByRole('radio', { name: 'Only these secrets' }));
    expect(await screen.findByText(/needs the ManageOrgSecrets permission/)).toBeTruthy();
    expect(screen.queryByText(/Could not load the secrets/)).toBeNull();
  });
});
