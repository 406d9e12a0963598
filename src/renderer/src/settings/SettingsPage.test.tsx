import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { FakeFailure, SIGNED_IN, deferred } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';
import type { Settings } from '../../../shared/settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings';

registerRendererCleanup();
beforeEach(() => {
  window.location.hash = '#/settings';
});

const openSettings = (handlers = {}, settings: Settings = DEFAULT_SETTINGS) =>
  renderApp(handlers, { account: SIGNED_IN, settings });

describe('Settings', () => {
  it('switches the whole UI to Chinese at once, before main has answered', async () => {
    const saved = deferred<Settings>();
    const { fake } = openSettings({ 'settings:update': () => saved.promise });
    fireEvent.click(await screen.findByRole('radio', { name: '简体中文' }));

    const nav = screen.getByRole('navigation');
    expect(within(nav).getByText('会话')).toBeTruthy();
    expect(within(nav).getByText('设置')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: '设置' })).toBeTruthy();
    expect(document.documentElement.lang).toBe('zh-CN');
    expect(fake.callsTo('settings:update')).toEqual([{ locale: 'zh-CN' }]);

    saved.resolve({ ...DEFAULT_SETTINGS, locale: 'zh-CN' });
    await waitFor(() => expect((screen.getByRole('radio', { name: '简体中文' }) as HTMLInputElement).checked).toBe(true));
  });

  it('goes back to the previous language and explains when saving fails', async () => {
    openSettings({
      'settings:update': () => {
        throw new Error('disk full');
      },
    });
    fireEvent.click(await screen.findByRole('radio', { name: '简体中文' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Could not save');
    expect(within(screen.getByRole('navigation')).getByText('Sessions')).toBeTruthy();
  });

  it('follows a language change pushed by main', async () => {
    const { fake } = openSettings();
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    fake.emit('settings:changed', { ...DEFAULT_SETTINGS, locale: 'zh-CN' });
    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeTruthy();
  });

  it('sets data-theme for light and dark, and removes it for system', async () => {
    const root = document.documentElement;
    const { fake } = openSettings({}, { ...DEFAULT_SETTINGS, theme: 'light' });
    await waitFor(() => expect(root.getAttribute('data-theme')).toBe('light'));
    const theme = screen.getByRole('radiogroup', { name: 'Theme' });

    fireEvent.click(within(theme).getByRole('radio', { name: 'Dark' }));
    expect(root.getAttribute('data-theme')).toBe('dark');
    fireEvent.click(within(theme).getByRole('radio', { name: 'System' }));
    expect(root.hasAttribute('data-theme')).toBe(false);
    expect(fake.callsTo('settings:update')).toEqual([{ theme: 'dark' }, { theme: 'system' }]);
  });

  it('asks before signing out; Cancel keeps the session, confirming signs out', async () => {
    const { fake } = openSettings();
    fireEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Sign out of Devin Tray?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));

    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(fake.callsTo('account:signOut')).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    dialog = screen.getByRole('alertdialog');
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { name: 'Welcome to Devin Tray' })).toBeTruthy();
    expect(fake.callsTo('account:signOut')).toHaveLength(1);
  });

  it('shows the account: principal, organization and where the key lives', async () => {
    openSettings();
    const section = (await screen.findByRole('heading', { name: 'Account' })).closest('section')!;
    expect(within(section).getByText('CI Bot')).toBeTruthy();
    expect(within(section).getByText('Service user')).toBeTruthy();
    expect(within(section).getByText('org-acme')).toBeTruthy();
    expect(within(section).getByText('OS keychain')).toBeTruthy();
  });

  it('says where the key is bound, refuses plain http to another host, and leaves the decision to main', async () => {
    let answer: 'no' | 'yes' = 'no';
    const { fake } = openSettings({
      // Main asks in its own dialog; "Cancel" comes back as CANCELLED and changes nothing.
      'settings:update': (patch: Partial<Settings>) => {
        if (answer === 'no') throw new FakeFailure({ code: 'CANCELLED', message: 'Cancelled.' });
        return { ...DEFAULT_SETTINGS, ...patch };
      },
    });
    const input = (await screen.findByLabelText('API base URL')) as HTMLInputElement;
    expect(input.value).toBe('https://api.devin.ai');
    expect(screen.getByText(/Your key was checked at https:\/\/api\.devin\.ai and is bound to it: it is never sent to another address\./)).toBeTruthy();
    expect(screen.queryByText(/You are signed in to/)).toBeNull();

    fireEvent.change(input, { target: { value: 'http://devin.example.com' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Use https');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(fake.callsTo('settings:update')).toHaveLength(0);

    fireEvent.change(input, { target: { value: 'http://127.0.0.1:8787/' } });
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ apiBaseUrl: 'http://127.0.0.1:8787' }]));
    // A no in main's dialog is not an error here: the draft stays for another try.
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByText('Saved')).toBeNull();
    expect(input.value).toBe('http://127.0.0.1:8787/');

    answer = 'yes';
    // The refusal settles after the call was seen: wait for the button to come back from "Saving…".
    fireEvent.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved')).toBeTruthy();
    expect(input.value).toBe('http://127.0.0.1:8787');
  });
});
