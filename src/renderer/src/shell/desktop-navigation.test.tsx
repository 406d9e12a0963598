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
    [{ section: 'handoff', path: '/repo', handle: 'repo-h1', task: 'Fix it' }, 'handoff', [{ folder: { handle: 'repo-h1', path: '/repo' }, task: 'Fix it' }]],
    // A path without main's handle opens nothing (the page could not inspect it anyway).
    [{ section: 'handoff', path: '/repo', task: 'Fix it' }, 'handoff', [{ task: 'Fix it' }]],
    [{ section: 'handoff', path: '', task: '' }, 'handoff', [{}]],
    [{ section: 'handoff', path: '/dl/x', handle: 'repo-h2', confirm: true }, 'handoff', [{ folder: { handle: 'repo-h2', path: '/dl/x' }, confirm: true }]],
    [{ section: 'handoff', confirm: true }, 'handoff', [{}]],
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
    box.put({ section: 'handoff', path: '/repos/web/src', handle: 'repo-/repos/web/src', task: 'From the tray' });
    fake.emit('desktop:navigate', { section: 'handoff' });

    await waitFor(() => expect(title()).toBe('Handoff'));
    expect(await screen.findByRole('heading', { level: 2, name: 'acme/web' })).toBeTruthy();
    expect(fake.callsTo('handoff:inspect')[0]).toMatchObject({ handle: 'repo-/repos/web/src' });
    expect((screen.getByLabelText('Task for Devin') as HTMLTextAreaElement).value).toBe('From the tray');
  });

  it('a folder main wants confirmed is shown, and nothing is inspected until Inspect; Cancel forgets it', async () => {
    const box = inbox();
    const { fake } = renderShell(box);
    await screen.findByRole('navigation');
    box.put({ section: 'handoff', path: '/home/me/Downloads/thing', handle: 'repo-/home/me/Downloads/thing', task: 'Review this', confirm: true });
    fake.emit('desktop:navigate', { section: 'handoff' });

    const card = await screen.findByRole('region', { name: 'Inspect this folder?' });
    expect(title()).toBe('Handoff');
    expect(within(card).getByText('/home/me/Downloads/thing')).toBeTruthy();
    expect(within(card).getByText('Review this')).toBeTruthy();
    expect(within(card).getByText(/A link or another app asked/)).toBeTruthy();
    expect(document.activeElement?.closest('section')).not.toBe(card); // no button is pre-focused
    await new Promise((r) => setTimeout(r, 30));
    expect(fake.callsTo('handoff:inspect')).toHaveLength(0);

    fireEvent.click(within(card).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Inspect this folder?' })).toBeNull();
    expect(screen.getByRole('heading', { level: 2, name: 'Hand off work to Devin' })).toBeTruthy();
    expect(fake.callsTo('handoff:inspect')).toHaveLength(0);

    box.put({ section: 'handoff', path: '/repos/web', handle: 'repo-/repos/web', task: 'Review this', confirm: true });
    fake.emit('desktop:navigate', { section: 'handoff' });
    fireEvent.click(within(await screen.findByRole('region', { name: 'Inspect this folder?' })).getByRole('button', { name: 'Inspect' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'acme/web' })).toBeTruthy();
    expect(fake.callsTo('handoff:inspect')).toEqual([expect.objectContaining({ handle: 'repo-/repos/web' })]);
    expect((screen.getByLabelText('Task for Devin') as HTMLTextAreaElement).value).toBe('Review this');
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
