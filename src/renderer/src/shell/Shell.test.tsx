import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SIGNED_IN } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';
import type { Notice } from '../../../shared/ipc/contract';

registerRendererCleanup();

const title = () => screen.getByRole('heading', { level: 1 }).textContent;

describe('Shell', () => {
  it('switches sections with Ctrl+1…7 and ignores other modifiers', async () => {
    renderApp({}, { account: SIGNED_IN });
    await screen.findByRole('navigation');
    expect(title()).toBe('Sessions');

    fireEvent.keyDown(window, { key: '2', code: 'Digit2', ctrlKey: true });
    expect(title()).toBe('Handoff');
    expect(window.location.hash).toBe('#/handoff');
    fireEvent.keyDown(window, { key: '7', code: 'Digit7', ctrlKey: true });
    expect(title()).toBe('Settings');
    fireEvent.keyDown(window, { key: '3', code: 'Digit3', metaKey: true });
    fireEvent.keyDown(window, { key: '3', code: 'Digit3', ctrlKey: true, altKey: true });
    expect(title()).toBe('Settings');
    expect(document.title).toBe('Settings · Devin Tray');
  });

  it('every section link opens its page, labelled for assistive tech', async () => {
    renderApp({}, { account: SIGNED_IN });
    const nav = await screen.findByRole('navigation');
    for (const label of ['Sessions', 'Handoff', 'Knowledge', 'Playbooks', 'Schedules', 'Settings']) {
      const link = within(nav).getByRole('link', { name: new RegExp(`^${label}`) });
      fireEvent.click(link);
      expect(link.getAttribute('aria-current')).toBe('page');
      expect(screen.getByRole('main', { name: label })).toBeTruthy();
      expect(title()).toBe(label);
    }
  });

  it('opens a session when main asks (notification or tray click), from any section', async () => {
    window.location.hash = '#/settings';
    const { fake } = renderApp({}, { account: SIGNED_IN });
    await screen.findByRole('navigation');
    fake.emit('sessions:open', { sessionId: 'devin-abc 1' });
    await waitFor(() => expect(window.location.hash).toBe('#/sessions/devin-abc%201'));
    await waitFor(() => expect(title()).toBe('Sessions'));
  });

  it('follows the hash, so #/knowledge opens Knowledge', async () => {
    window.location.hash = '#/knowledge';
    renderApp({}, { account: SIGNED_IN });
    await screen.findByRole('navigation');
    expect(title()).toBe('Knowledge');
    window.location.hash = '#/schedules';
    await waitFor(() => expect(title()).toBe('Schedules'));
  });

  it('shows org and principal in the top bar, and DEMO only in demo mode', async () => {
    const { fake } = renderApp({}, { account: SIGNED_IN });
    const bar = await screen.findByRole('banner');
    expect(within(bar).getByText('Acme Robotics')).toBeTruthy();
    expect(within(bar).getByText('CI Bot')).toBeTruthy();
    expect(within(bar).queryByText('DEMO')).toBeNull();

    fake.emit('account:changed', { ...SIGNED_IN, demo: true });
    expect(await within(bar).findByText('DEMO')).toBeTruthy();
  });

  it('shows notices as banners, translated, and dismisses them through main', async () => {
    const notice: Notice = {
      id: 'n1',
      level: 'warning',
      key: 'settings.notice.resetCorrupt',
      params: { reason: 'it is not valid JSON', backup: 'settings.json.bak' },
    };
    const { fake } = renderApp({ 'app:notices': () => [notice] }, { account: SIGNED_IN });
    const region = await screen.findByRole('region', { name: 'Notices' });
    expect(region.textContent).toContain('settings were reset to their defaults');
    expect(region.textContent).toContain('settings.json.bak');

    fake.emit('app:notice', { id: 'n2', level: 'info', key: 'ui.boot.loading' });
    expect(await within(region).findByText('Loading…')).toBeTruthy();

    fireEvent.click(within(region).getAllByRole('button', { name: 'Dismiss' })[0]!);
    await waitFor(() => expect(fake.callsTo('app:dismissNotice')).toEqual(['n1']));
    expect(region.textContent).not.toContain('settings.json.bak');
  });

  it('lands on onboarding again when main reports the account signed out', async () => {
    const { fake } = renderApp({}, { account: SIGNED_IN });
    await screen.findByRole('navigation');
    fake.emit('account:changed', { ...SIGNED_IN, signedIn: false, principal: null });
    expect(await screen.findByRole('heading', { name: 'Welcome to Devin Tray' })).toBeTruthy();
  });
});
