import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FakeFailure, SIGNED_IN, deferred } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';
import type { AccountView, OrgChoice, SignInResult } from '../../../shared/account';
import { SIGNED_OUT } from '../../../shared/account';
import { DEFAULT_SETTINGS } from '../../../shared/settings';

registerRendererCleanup();

const REJECTED_401 =
  'The API key was rejected (401). Check that it is a current Devin key starting with cog_, then sign in again.';

async function typeKey(value: string) {
  const input = await screen.findByLabelText('Devin API key');
  fireEvent.change(input, { target: { value } });
  return input as HTMLInputElement;
}

const signInButton = () => screen.getByRole('button', { name: /^Sign in$|^Signing in/ });

describe('Onboarding', () => {
  it('signs in with a pasted key, shows a busy button, then the app', async () => {
    const pending = deferred<SignInResult>();
    const { fake } = renderApp({ 'account:signIn': () => pending.promise });

    const input = await typeKey('  cog_valid_key  ');
    expect(input.type).toBe('password');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.getAttribute('spellcheck')).toBe('false');
    fireEvent.click(signInButton());

    await waitFor(() => expect(signInButton().getAttribute('aria-busy')).toBe('true'));
    expect(signInButton().textContent).toContain('Signing in…');
    expect(fake.callsTo('account:signIn')).toEqual([{ key: 'cog_valid_key' }]);

    pending.resolve({ status: 'signedIn', account: SIGNED_IN });
    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeTruthy();
    expect(screen.getByText('Acme Robotics')).toBeTruthy();
    expect(screen.getByText('CI Bot')).toBeTruthy();
  });

  it('says which origin the key will be bound to, and changes it before any key is sent', async () => {
    const { fake } = renderApp({
      'settings:update': (patch) => {
        fake.emit('account:changed', { ...SIGNED_OUT, apiBaseUrl: patch.apiBaseUrl ?? SIGNED_OUT.apiBaseUrl });
        return { ...DEFAULT_SETTINGS, ...patch };
      },
    });
    const line = await screen.findByText('Checked at, and bound to:');
    const box = line.closest('.key-origin') as HTMLElement;
    expect(within(box).getByText('https://api.devin.ai')).toBeTruthy();
    expect((await screen.findByLabelText('Devin API key')).getAttribute('aria-describedby')).toContain(box.id);

    fireEvent.click(within(box).getByRole('button', { name: 'Change' }));
    const url = within(box).getByLabelText('API base URL');
    fireEvent.change(url, { target: { value: 'http://devin.acme.example' } });
    fireEvent.keyDown(url, { key: 'Enter' });
    expect((await within(box).findByRole('alert')).textContent).toContain('Use https');
    expect(fake.callsTo('settings:update')).toEqual([]);
    expect(fake.callsTo('account:signIn')).toEqual([]);

    fireEvent.change(url, { target: { value: 'https://api.acme.devinenterprise.com/' } });
    fireEvent.click(within(box).getByRole('button', { name: 'Save' }));
    expect(await within(box).findByText('https://api.acme.devinenterprise.com')).toBeTruthy();
    expect(fake.callsTo('settings:update')).toEqual([{ apiBaseUrl: 'https://api.acme.devinenterprise.com' }]);
    expect(fake.callsTo('account:signIn')).toEqual([]);
  });

  it('offers no change when DEVIN_API_URL decides the origin', async () => {
    renderApp({}, { account: { ...SIGNED_OUT, apiBaseUrl: 'https://api.acme.devinenterprise.com', apiBaseUrlFromEnv: true } });
    const box = (await screen.findByText('Checked at, and bound to:')).closest('.key-origin') as HTMLElement;
    expect(within(box).getByText('https://api.acme.devinenterprise.com')).toBeTruthy();
    expect(within(box).getByText(/Set by DEVIN_API_URL/)).toBeTruthy();
    expect(within(box).queryByRole('button')).toBeNull();
  });

  it('shows the 401 message main sent, inline, and keeps the key in the field', async () => {
    renderApp({
      'account:signIn': () => {
        throw new FakeFailure({ code: 'AUTH_INVALID', message: REJECTED_401, details: { status: 401 } });
      },
    });
    const input = await typeKey('cog_wrong');
    fireEvent.submit(input.form!);

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(REJECTED_401);
    expect(input.value).toBe('cog_wrong');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(within(alert).queryByRole('button')).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('toggles the key between hidden and shown', async () => {
    renderApp();
    const input = await typeKey('cog_x');
    fireEvent.click(screen.getByRole('button', { name: 'Show key' }));
    expect(input.type).toBe('text');
    fireEvent.click(screen.getByRole('button', { name: 'Hide key' }));
    expect(input.type).toBe('password');
  });

  it('offers memory-only when the keychain is unavailable, and signs in with memoryOnly', async () => {
    const { fake } = renderApp({
      'account:signIn': (req) => {
        if (!req.memoryOnly) {
          throw new FakeFailure({ code: 'KEYCHAIN_UNAVAILABLE', message: 'The OS keychain is not available (no D-Bus).' });
        }
        return { status: 'signedIn', account: { ...SIGNED_IN, keyStore: 'memory' } };
      },
    });
    await typeKey('cog_abc');
    fireEvent.click(signInButton());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The OS keychain is not available (no D-Bus).');
    fireEvent.click(within(alert).getByRole('button', { name: 'Keep in memory for this run' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeTruthy();
    expect(fake.callsTo('account:signIn')).toEqual([{ key: 'cog_abc' }, { key: 'cog_abc', memoryOnly: true }]);
  });

  it('lets an enterprise key pick its organization from a filterable list', async () => {
    const orgs: OrgChoice[] = ['Alpha', 'Beta Labs', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta', 'Theta'].map((name, i) => ({
      orgId: `org-${i}`,
      name,
    }));
    const pendingOrg: AccountView = { ...SIGNED_IN, orgId: null, orgName: null, needsOrg: true };
    const { fake } = renderApp({
      'account:signIn': () => {
        // Main announces the half-signed-in account before answering, as the real one may.
        fake.emit('account:changed', pendingOrg);
        return { status: 'chooseOrg', orgs, account: pendingOrg };
      },
      'account:chooseOrg': (req) => ({ ...SIGNED_IN, orgId: req.orgId, orgName: req.orgName ?? null }),
    });
    await typeKey('cog_enterprise');
    fireEvent.click(signInButton());

    expect(await screen.findByRole('heading', { name: 'Choose an organization' })).toBeTruthy();
    const list = screen.getByRole('radiogroup');
    expect(within(list).getAllByRole('radio')).toHaveLength(8);
    expect(screen.getByText(/8 organizations/)).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Filter organizations'), { target: { value: 'beta' } });
    const radios = within(list).getAllByRole('radio');
    expect(radios).toHaveLength(1);
    const continueButton = screen.getByRole('button', { name: 'Continue' }) as HTMLButtonElement;
    expect(continueButton.disabled).toBe(true);

    fireEvent.click(radios[0]!);
    expect(continueButton.disabled).toBe(false);
    fireEvent.click(continueButton);

    expect(await screen.findByRole('heading', { level: 1, name: 'Sessions' })).toBeTruthy();
    expect(fake.callsTo('account:chooseOrg')).toEqual([{ orgId: 'org-1', orgName: 'Beta Labs' }]);
    expect(screen.getByText('Beta Labs')).toBeTruthy();
  });

  it('accepts a typed organization id instead of a pick', async () => {
    const orgs: OrgChoice[] = [
      { orgId: 'org-a', name: 'A' },
      { orgId: 'org-b', name: 'B' },
    ];
    const { fake } = renderApp({
      'account:signIn': () => ({ status: 'chooseOrg', orgs, account: { ...SIGNED_OUT, needsOrg: true } }),
      'account:chooseOrg': () => SIGNED_IN,
    });
    await typeKey('cog_enterprise');
    fireEvent.click(signInButton());
    await screen.findByRole('heading', { name: 'Choose an organization' });
    expect(screen.queryByLabelText('Filter organizations')).toBeNull();

    fireEvent.click(screen.getAllByRole('radio')[0]!);
    fireEvent.change(screen.getByLabelText('Or type an organization ID'), { target: { value: ' org-typed ' } });
    expect((screen.getAllByRole('radio')[0] as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('navigation');
    expect(fake.callsTo('account:chooseOrg')).toEqual([{ orgId: 'org-typed' }]);
  });

  it('starts the demo and labels the app DEMO', async () => {
    const demo: AccountView = { ...SIGNED_IN, demo: true, keyStore: null, orgName: 'Demo Org' };
    const { fake } = renderApp({ 'account:startDemo': () => demo });
    fireEvent.click(await screen.findByRole('button', { name: 'Try the demo' }));

    const bar = await screen.findByRole('banner');
    expect(within(bar).getByText('DEMO')).toBeTruthy();
    expect(within(bar).getByText('Demo Org')).toBeTruthy();
    expect(fake.callsTo('account:startDemo')).toHaveLength(1);
  });

  it('opens where to find a key through the bridge, in the configured app', async () => {
    const { fake } = renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /Where do I find a key/ }));
    await waitFor(() => expect(fake.callsTo('shell:openExternal')).toEqual(['https://app.devin.ai/settings']));
  });

  it('greets in Chinese when the system language is Chinese', async () => {
    const original = navigator.language;
    Object.defineProperty(navigator, 'language', { value: 'zh-CN', configurable: true });
    try {
      renderApp();
      expect(await screen.findByRole('heading', { name: '欢迎使用 Devin Tray' })).toBeTruthy();
      expect(screen.getByLabelText('Devin API 密钥')).toBeTruthy();
      expect(document.documentElement.lang).toBe('zh-CN');
    } finally {
      Object.defineProperty(navigator, 'language', { value: original, configurable: true });
    }
  });
});
