import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import type { Settings } from '../../../shared/settings';
import { APP_INFO, deferred, FakeFailure, SIGNED_IN } from '../test-support/fake-bridge';
import type { FakeHandlers } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';

registerRendererCleanup();
beforeEach(() => {
  window.location.hash = '#/settings';
});

const openSettings = (handlers: FakeHandlers = {}, settings: Partial<Settings> = {}) =>
  renderApp(handlers, { account: SIGNED_IN, settings: { ...DEFAULT_SETTINGS, ...settings } });
const section = async () => (await screen.findByRole('heading', { name: 'Desktop' })).closest('section') as HTMLElement;
const shortcutField = (s: HTMLElement) => within(s).getByRole('textbox', { name: 'Global shortcut' }) as HTMLInputElement;

describe('Settings › Desktop', () => {
  it('switches launch at login and start hidden through settings:update', async () => {
    const { fake } = openSettings({}, { startHidden: true });
    const s = await section();
    const login = within(s).getByRole('switch', { name: 'Launch at login' }) as HTMLInputElement;
    const hidden = within(s).getByRole('switch', { name: 'Start hidden' }) as HTMLInputElement;
    expect([login.checked, hidden.checked]).toEqual([false, true]);
    fireEvent.click(login);
    fireEvent.click(hidden);
    expect([login.checked, hidden.checked]).toEqual([true, false]);
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ launchAtLogin: true }, { startHidden: false }]));
  });

  it('goes back and explains when main refuses a switch', async () => {
    openSettings({
      'settings:update': () => {
        throw new FakeFailure({ code: 'INTERNAL', message: 'no login items here' });
      },
    });
    const s = await section();
    const login = within(s).getByRole('switch', { name: 'Launch at login' }) as HTMLInputElement;
    fireEvent.click(login);
    expect((await within(s).findByRole('alert')).textContent).toContain('no login items here');
    expect(login.checked).toBe(false);
  });

  it('records a shortcut by pressing it, shown as this OS writes it', async () => {
    const { fake } = openSettings();
    const s = await section();
    const field = shortcutField(s);
    expect(field.value).toBe('');
    expect(field.placeholder).toBe('Not set');
    fireEvent.focus(field);
    expect(field.placeholder).toBe('Press a key combination…');
    fireEvent.keyDown(field, { key: 'Control', code: 'ControlLeft', ctrlKey: true });
    fireEvent.keyDown(field, { key: 'Shift', code: 'ShiftLeft', ctrlKey: true, shiftKey: true });
    expect(field.value).toBe('Ctrl+Shift+…');
    fireEvent.keyDown(field, { key: 'D', code: 'KeyD', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ globalShortcut: 'CommandOrControl+Shift+D' }]));
    expect(field.value).toBe('Ctrl+Shift+D');
    expect(await within(s).findByText('Saved')).toBeTruthy();

    // Backspace removes it; so does Clear.
    fireEvent.keyDown(field, { key: 'Backspace', code: 'Backspace' });
    await waitFor(() => expect(fake.callsTo('settings:update').at(-1)).toEqual({ globalShortcut: null }));
    expect(field.value).toBe('');
    expect((within(s).getByRole('button', { name: 'Clear' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('uses ⌘ on macOS', async () => {
    const { fake } = openSettings({ 'app:info': () => ({ ...APP_INFO, platform: 'darwin' }) }, { globalShortcut: 'Alt+F12' });
    const s = await section();
    const field = shortcutField(s);
    await waitFor(() => expect(field.value).toBe('⌥F12'));
    fireEvent.keyDown(field, { key: 'k', code: 'KeyK', metaKey: true });
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ globalShortcut: 'CommandOrControl+K' }]));
    expect(field.value).toBe('⌘K');
  });

  it('explains a combination that cannot be a global shortcut, and saves nothing', async () => {
    const { fake } = openSettings({}, { globalShortcut: 'CommandOrControl+Shift+Space' });
    const s = await section();
    const field = shortcutField(s);
    fireEvent.keyDown(field, { key: 'd', code: 'KeyD' });
    expect(within(s).getByRole('alert').textContent).toContain('Add Ctrl or Alt to the key');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    fireEvent.keyDown(field, { key: 'D', code: 'KeyD', shiftKey: true });
    expect(within(s).getByRole('alert').textContent).toContain('Add Ctrl or Alt');
    fireEvent.keyDown(field, { key: 'AudioVolumeUp', code: 'AudioVolumeUp', ctrlKey: true });
    expect(within(s).getByRole('alert').textContent).toContain('“AudioVolumeUp” cannot be part of a shortcut');
    expect(field.value).toBe('Ctrl+Shift+Space');
    // Esc leaves it as it was.
    fireEvent.keyDown(field, { key: 'Escape', code: 'Escape' });
    expect(within(s).queryByRole('alert')).toBeNull();
    expect(fake.callsTo('settings:update')).toEqual([]);
  });

  it('keeps the old shortcut and shows main’s message when main refuses the new one', async () => {
    const answer = deferred<Settings>();
    openSettings({ 'settings:update': () => answer.promise }, { globalShortcut: 'Alt+F12' });
    const s = await section();
    const field = shortcutField(s);
    fireEvent.keyDown(field, { key: 'j', code: 'KeyJ', ctrlKey: true, altKey: true });
    expect(field.value).toBe('Ctrl+Alt+J');
    await act(async () => answer.reject(new FakeFailure({ code: 'INVALID_INPUT', message: 'That shortcut is reserved by the system' })));
    expect(within(s).getByRole('alert').textContent).toBe('Could not save: That shortcut is reserved by the system');
    expect(field.value).toBe('Alt+F12');
  });

  it('shows here, not as a banner, main’s notice that another app holds the shortcut', async () => {
    const { fake } = openSettings({}, { globalShortcut: 'Alt+F12' });
    const s = await section();
    fireEvent.keyDown(shortcutField(s), { key: 'j', code: 'KeyJ', ctrlKey: true, altKey: true });
    await waitFor(() => expect(fake.callsTo('settings:update')).toHaveLength(1));
    // What the Electron glue does when registering fails: notice + write the old value back.
    act(() => {
      fake.emit('app:notice', { id: 'n-short', level: 'warning', key: 'desktop.notice.shortcutTaken', params: { accelerator: 'CommandOrControl+Alt+J', previous: 'Alt+F12' } });
      fake.emit('settings:changed', { ...DEFAULT_SETTINGS, globalShortcut: 'Alt+F12' });
    });
    expect(within(s).getByRole('alert').textContent).toBe('The shortcut Ctrl+Alt+J is in use by another app; keeping Alt+F12.');
    expect(shortcutField(s).value).toBe('Alt+F12');
    await waitFor(() => expect(fake.callsTo('app:dismissNotice')).toEqual(['n-short']));
    expect(screen.queryByRole('region', { name: 'Notices' })).toBeNull();
  });

  it('speaks Chinese', async () => {
    openSettings({}, { locale: 'zh-CN' });
    const s = (await screen.findByRole('heading', { name: '桌面' })).closest('section') as HTMLElement;
    expect(within(s).getByRole('switch', { name: '登录时启动' })).toBeTruthy();
    expect(within(s).getByRole('textbox', { name: '全局快捷键' })).toBeTruthy();
    fireEvent.keyDown(within(s).getByRole('textbox', { name: '全局快捷键' }), { key: 'x', code: 'KeyX' });
    expect(within(s).getByRole('alert').textContent).toContain('请加上 Ctrl 或 Alt');
  });
});
