import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ProxyAuthChallenge } from '../../../shared/network';
import { SIGNED_IN } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';

registerRendererCleanup();

const challenge: ProxyAuthChallenge = { id: 'q1', scheme: 'basic', host: 'proxy.corp', port: 3128, realm: 'Corp', retry: false };

describe('proxy sign-in dialog', () => {
  it('appears when main asks, sends the answer once, and goes away', async () => {
    const { fake } = renderApp({ 'network:answerProxyAuth': () => true }, { account: SIGNED_IN });
    await screen.findByRole('navigation');
    expect(screen.queryByRole('dialog')).toBeNull();
    fake.emit('network:proxyAuthChanged', [challenge]);
    const dialog = await screen.findByRole('dialog', { name: 'Sign in to the proxy' });
    expect(within(dialog).getByText('The proxy proxy.corp:3128 asks for a user name and password.')).toBeTruthy();
    const signIn = within(dialog).getByRole('button', { name: 'Sign in' }) as HTMLButtonElement;
    expect(signIn.disabled).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('User name'), { target: { value: ' alice ' } });
    fireEvent.change(within(dialog).getByLabelText('Password'), { target: { value: 'pw' } });
    fireEvent.click(signIn);
    await waitFor(() => expect(fake.callsTo('network:answerProxyAuth')).toEqual([{ id: 'q1', username: 'alice', password: 'pw' }]));
    fake.emit('network:proxyAuthChanged', []);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('shows a question that was already open when the window loaded; Escape cancels it', async () => {
    const { fake } = renderApp({ 'network:proxyAuthPending': () => [{ ...challenge, retry: true }], 'network:answerProxyAuth': () => true });
    const dialog = await screen.findByRole('dialog', { name: 'Sign in to the proxy' });
    expect(within(dialog).getByText(/did not accept those credentials/)).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(fake.callsTo('network:answerProxyAuth')).toEqual([{ id: 'q1', cancel: true }]));
  });
});
