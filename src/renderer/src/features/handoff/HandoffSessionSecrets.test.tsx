import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { HandoffComposeRequest } from '../../../../shared/ipc/channels/handoff';
import { SIGNED_IN } from '../../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../../test-support/render-app';
import { resetHandoffForTests } from './handoff-controller';
import { ENV_FINDING, FINDING, handoffHandlers, makeInspection } from './testing/fake-handoff';

registerRendererCleanup();
afterEach(() => resetHandoffForTests());

const lastCompose = (fake: { callsTo: (c: 'handoff:compose') => unknown[] }) => fake.callsTo('handoff:compose').at(-1) as HandoffComposeRequest;
const sendButton = () => screen.getByRole('button', { name: 'Send to Devin' }) as HTMLButtonElement;

async function openWithFindings() {
  window.location.hash = '#/handoff';
  const r = renderApp(handoffHandlers(makeInspection({ findings: [FINDING, ENV_FINDING] })), { account: SIGNED_IN });
  fireEvent.change(await screen.findByLabelText('Or type the folder’s path'), { target: { value: '/repos/web' } });
  fireEvent.click(screen.getByRole('button', { name: 'Open' }));
  await screen.findByRole('heading', { level: 2, name: 'acme/web' });
  fireEvent.change(screen.getByLabelText('Task for Devin'), { target: { value: 'Fix it' } });
  return r;
}

describe('Handoff: give a value to Devin as a secret', () => {
  it('offers the fourth choice for values only; the preview lists the secret masked; a bad name holds Send; the name is editable and resettable', async () => {
    const { fake } = await openWithFindings();
    const token = screen.getByRole('group', { name: /GitHub token/ });
    const env = screen.getByRole('group', { name: /Environment file/ });
    expect(within(env).queryByRole('button', { name: 'Give to Devin as a secret' })).toBeNull();
    fireEvent.click(within(env).getByRole('button', { name: 'Exclude file' }));
    fireEvent.click(within(token).getByRole('button', { name: 'Give to Devin as a secret' }));
    await waitFor(() => expect(lastCompose(fake).resolutions).toEqual({ [FINDING.id]: 'secret', [ENV_FINDING.id]: 'exclude' }));

    // The preview names the value and shows it masked; Send is allowed.
    const list = await screen.findByRole('list', { name: 'Values sent as session secrets' });
    expect(within(list).getByText('GITHUB_TOKEN')).toBeTruthy();
    expect(within(list).getByText(FINDING.preview)).toBeTruthy();
    await waitFor(() => expect(sendButton().disabled).toBe(false));

    // A name that is not an environment variable name holds Send, with the reason.
    const name = screen.getByLabelText('Secret name') as HTMLInputElement;
    expect(name.value).toBe('GITHUB_TOKEN');
    fireEvent.change(name, { target: { value: 'my token' } });
    await waitFor(() => expect(lastCompose(fake).secretKeys).toEqual({ [FINDING.id]: 'my token' }));
    expect(await screen.findByText('Use letters, digits and _ only, not starting with a digit (e.g. STRIPE_SECRET_KEY).')).toBeTruthy();
    await waitFor(() => expect(sendButton().disabled).toBe(true));
    expect(screen.getByText('A session secret needs a usable name before sending.')).toBeTruthy();

    fireEvent.change(name, { target: { value: 'GH_DEPLOY_TOKEN' } });
    await waitFor(() => expect(sendButton().disabled).toBe(false));
    fireEvent.click(await screen.findByRole('button', { name: 'Use GITHUB_TOKEN' }));
    await waitFor(() => expect(lastCompose(fake).secretKeys).toBeUndefined());
    fireEvent.click(sendButton());
    await waitFor(() => expect(fake.callsTo('handoff:send')).toHaveLength(1));
  });
});
