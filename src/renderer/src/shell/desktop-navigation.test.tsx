import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DesktopNavigation } from '../../../shared/ipc/channels/desktop';
import { resetHandoffForTests } from '../features/handoff/handoff-controller';
import { handoffHandlers } from '../features/handoff/testing/fake-handoff';
import { sessionsHandlers } from '../features/sessions/testing/fake-sessions';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { SIGNED_IN } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';
import { routeDesktopNavigation } from './desktop-navigation';

registerRendererCleanup();
afterEach(() => resetHandoffForTests());

const title = () => screen.getByRole('heading', { level: 1 }).textContent;

/** Main's navigation inbox: the latest request waits until taken; taking clears it. */
function inbox(first: DesktopNavigation | null = null) {
  let pending = first;
  return {
    put: (nav: DesktopNavigation) => (pending = nav),
    take: () => {
      const nav = pending;
      pending = null;
      return nav;
    },
  };
}

function renderShell(box: ReturnType<typeof inbox>) {
  return renderApp(
    { ...sessionsHandlers({ views: [] }), ...handoffHandlers(), 'desktop:takeNavigation': () => box.take() },
    { account: SIGNED_IN },
  );
}

describe('routeDesktopNavigation', () => {
  const actions = () => ({ showSection: vi.fn(), handoff: vi.fn(), compose: vi.fn() });
  it.each<[DesktopNavigation, string, unknown[]]>([
    [{ section: 'settings' }, 'showSection', ['settings']],
    [{ section: 'sessions' }, 'showSection', ['sessions']],
    [{ section: 'sessions', newSession: true }, 'compose', []],
    [{ section: 'handoff' }, 'handoff', [{}]],
    [{ section: 'handoff', path: '/repo', task: 'Fix it' }, 'handoff', [{ path: '/repo', task: 'Fix it' }]],
    [{ section: 'handoff', path: '', task: '' }, 'handoff', [{}]],
  ])('%o → %s', (nav, action, args) => {
    const a = actions();
    routeDesktopNavigation(nav, a);
    expect(a[action as keyof typeof a]).toHaveBeenCalledWith(...args);
    const others = Object.entries(a).filter(([name]) => name !== action);
    for (const [, fn] of others) expect(fn).not.toHaveBeenCalled();
  });
});

describe('Shell: where main asks to go', () => {
  it('takes a request made while the window was loading', async () => {
    const { fake } = renderShell(inbox({ section: 'settings' }));
    await waitFor(() => expect(title()).toBe('Settings'));
    expect(window.location.hash).toBe('#/settings');
    expect(fake.callsTo('desktop:takeNavigation')).toHaveLength(1);
  });

  it('takes the request again on each desktop:navigate nudge', async () => {
    const box = inbox();
    const { fake } = renderShell(box);
    await screen.findByRole('navigation');
    expect(title()).toBe('Sessions');

    box.put({ section: 'settings' });
    fake.emit('desktop:navigate', { section: 'settings' });
    await waitFor(() => expect(title()).toBe('Settings'));
    box.put({ section: 'sessions' });
    fake.emit('desktop:navigate', { section: 'sessions' });
    await waitFor(() => expect(title()).toBe('Sessions'));
    // A nudge whose request someone else already took changes nothing.
    fake.emit('desktop:navigate', { section: 'settings' });
    await waitFor(() => expect(fake.callsTo('desktop:takeNavigation')).toHaveLength(4));
    expect(title()).toBe('Sessions');
  });

  it('opens Handoff on the folder with the task typed in', async () => {
    const box = inbox();
    const { fake } = renderShell(box);
    await screen.findByRole('navigation');
    box.put({ section: 'handoff', path: '/repos/web/src', task: 'From the tray' });
    fake.emit('desktop:navigate', { section: 'handoff' });

    await waitFor(() => expect(title()).toBe('Handoff'));
    expect(await screen.findByRole('heading', { level: 2, name: 'acme/web' })).toBeTruthy();
    expect(fake.callsTo('handoff:inspect')[0]).toMatchObject({ path: '/repos/web/src' });
    expect((screen.getByLabelText('Task for Devin') as HTMLTextAreaElement).value).toBe('From the tray');
  });

  it('opens the new-session composer from any section', async () => {
    window.location.hash = '#/knowledge';
    const box = inbox();
    const { fake } = renderShell(box);
    await screen.findByRole('navigation');
    box.put({ section: 'sessions', newSession: true });
    fake.emit('desktop:navigate', { section: 'sessions', newSession: true });

    const dialog = await screen.findByRole('dialog', { name: 'New session' });
    expect(title()).toBe('Sessions');
    expect(within(dialog).getByLabelText('What should Devin do?')).toBeTruthy();
  });
});

describe('Shell: keyboard shortcut help', () => {
  it('? opens the sheet, with the global shortcut from settings', async () => {
    renderApp({}, { account: SIGNED_IN, settings: { ...DEFAULT_SETTINGS, globalShortcut: 'CommandOrControl+Shift+Space' } });
    await screen.findByRole('navigation');
    fireEvent.keyDown(window, { key: '?' });
    const sheet = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(sheet).getByText('Ctrl+Shift+Space')).toBeTruthy();
    expect(within(sheet).getByText('Go to Settings')).toBeTruthy();
    fireEvent.keyDown(sheet, { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
