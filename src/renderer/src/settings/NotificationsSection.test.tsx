import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFICATION_SETTINGS } from '../../../shared/sessions/notification-settings';
import type { NotificationSettings } from '../../../shared/sessions/notification-settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import type { Settings } from '../../../shared/settings';
import { deferred, FakeFailure, SIGNED_IN } from '../test-support/fake-bridge';
import type { FakeHandlers } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';

registerRendererCleanup();
beforeEach(() => {
  window.location.hash = '#/settings';
});

const section = async () => (await screen.findByRole('heading', { name: 'Notifications' })).closest('section') as HTMLElement;
const openSettings = (handlers: FakeHandlers = {}, settings: Settings = DEFAULT_SETTINGS) => renderApp(handlers, { account: SIGNED_IN, settings });

describe('Settings › Notifications', () => {
  it('shows what main reports, even when it differs from the boot settings', async () => {
    const fromMain: NotificationSettings = { ...DEFAULT_NOTIFICATION_SETTINGS, scope: 'all', sound: false, kinds: { ...DEFAULT_NOTIFICATION_SETTINGS.kinds, suspended: false } };
    openSettings({ 'sessions:notificationSettings': () => fromMain });
    const s = await section();
    await waitFor(() => expect((within(s).getByRole('radio', { name: 'All sessions' }) as HTMLInputElement).checked).toBe(true));
    expect((within(s).getByRole('checkbox', { name: 'Is suspended' }) as HTMLInputElement).checked).toBe(false);
    expect((within(s).getByRole('checkbox', { name: 'Finishes' }) as HTMLInputElement).checked).toBe(true);
    expect((within(s).getByRole('switch', { name: 'Play a sound' }) as HTMLInputElement).checked).toBe(false);
  });

  it('sends each change as a patch through sessions:setNotificationSettings', async () => {
    const { fake } = openSettings();
    const s = await section();
    fireEvent.click(within(s).getByRole('checkbox', { name: 'Stops with an error' }));
    fireEvent.click(within(s).getByRole('radio', { name: 'All sessions' }));
    fireEvent.click(within(s).getByRole('switch', { name: 'Play a sound' }));
    fireEvent.click(within(s).getByRole('switch', { name: 'Combine several into one' }));
    await waitFor(() =>
      expect(fake.callsTo('sessions:setNotificationSettings')).toEqual([{ kinds: { error: false } }, { scope: 'all' }, { sound: false }, { group: false }]),
    );
    expect((within(s).getByRole('checkbox', { name: 'Stops with an error' }) as HTMLInputElement).checked).toBe(false);
    expect(fake.callsTo('settings:update')).toEqual([]);
  });

  it('the master switch turns the rest off (kept, but disabled)', async () => {
    const { fake } = openSettings();
    const s = await section();
    const master = within(s).getByRole('switch', { name: 'Show notifications' });
    fireEvent.click(master);
    await waitFor(() => expect(fake.callsTo('sessions:setNotificationSettings')).toEqual([{ enabled: false }]));
    expect(within(s).getByRole('checkbox', { name: 'Finishes' }).hasAttribute('disabled')).toBe(true);
    expect((within(s).getByRole('checkbox', { name: 'Finishes' }) as HTMLInputElement).checked).toBe(true);
    expect((within(s).getByRole('button', { name: 'For 1 hour' }) as HTMLButtonElement).disabled).toBe(true);
    expect(within(s).getByRole('switch', { name: 'Play a sound' }).hasAttribute('disabled')).toBe(true);
    expect(within(s).getByRole('radio', { name: 'All sessions' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(master);
    await waitFor(() => expect(within(s).getByRole('checkbox', { name: 'Finishes' }).hasAttribute('disabled')).toBe(false));
  });

  it('applies at once and goes back, with the reason, when main refuses', async () => {
    const answer = deferred<NotificationSettings>();
    openSettings({ 'sessions:setNotificationSettings': () => answer.promise });
    const s = await section();
    const box = within(s).getByRole('checkbox', { name: 'Opens a pull request' }) as HTMLInputElement;
    fireEvent.click(box);
    expect(box.checked).toBe(false);
    await act(async () => answer.reject(new FakeFailure({ code: 'INTERNAL', message: 'disk full' })));
    expect(box.checked).toBe(true);
    expect(within(s).getByRole('alert').textContent).toContain('disk full');
  });

  it('pauses for an hour, says until when, and resumes', async () => {
    const { fake } = openSettings();
    const s = await section();
    const before = Date.now();
    fireEvent.click(within(s).getByRole('button', { name: 'For 1 hour' }));
    await waitFor(() => expect(fake.callsTo('sessions:setNotificationSettings')).toHaveLength(1));
    const until = (fake.callsTo('sessions:setNotificationSettings')[0] as { dndUntil: number }).dndUntil;
    expect(until).toBeGreaterThanOrEqual(before + 3600_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 3600_000);
    expect(within(s).getByText(/^Paused until /)).toBeTruthy();

    fireEvent.click(within(s).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(fake.callsTo('sessions:setNotificationSettings').at(-1)).toEqual({ dndUntil: null }));
    expect(within(s).getByText('Off')).toBeTruthy();
    expect(within(s).getByRole('button', { name: 'For 1 hour' })).toBeTruthy();
  });

  it('pauses until tomorrow 9:00, or until a time typed in', async () => {
    const { fake } = openSettings();
    const s = await section();
    fireEvent.click(within(s).getByRole('button', { name: 'Until tomorrow 9:00 AM' }));
    await waitFor(() => expect(fake.callsTo('sessions:setNotificationSettings')).toHaveLength(1));
    const tomorrow = new Date((fake.callsTo('sessions:setNotificationSettings')[0] as { dndUntil: number }).dndUntil);
    expect([tomorrow.getHours(), tomorrow.getMinutes()]).toEqual([9, 0]);
    expect(tomorrow.getDate()).toBe(new Date(Date.now() + 24 * 3600_000).getDate());
    fireEvent.click(within(s).getByRole('button', { name: 'Resume' }));

    fireEvent.click(await within(s).findByRole('button', { name: 'Until…' }));
    const time = within(s).getByLabelText('Pause until') as HTMLInputElement;
    expect(document.activeElement).toBe(time);
    fireEvent.change(time, { target: { value: '23:59' } });
    fireEvent.click(within(s).getByRole('button', { name: 'Pause' }));
    await waitFor(() => expect(fake.callsTo('sessions:setNotificationSettings')).toHaveLength(3));
    const custom = new Date((fake.callsTo('sessions:setNotificationSettings')[2] as { dndUntil: number }).dndUntil);
    expect([custom.getHours(), custom.getMinutes()]).toEqual([23, 59]);
    expect(custom.getTime()).toBeGreaterThan(Date.now());
  });

  it('follows a pause chosen elsewhere (the tray menu), pushed through settings:changed', async () => {
    const { fake } = openSettings();
    const s = await section();
    expect(within(s).getByText('Off')).toBeTruthy();
    const until = Date.now() + 30 * 60_000;
    act(() => fake.emit('settings:changed', { ...DEFAULT_SETTINGS, notifications: { ...DEFAULT_NOTIFICATION_SETTINGS, dndUntil: until } }));
    expect(within(s).getByText(/^Paused until /)).toBeTruthy();
    expect(within(s).getByRole('button', { name: 'Resume' })).toBeTruthy();
  });

  it('says why when the settings cannot be read', async () => {
    openSettings({
      'sessions:notificationSettings': () => {
        throw new FakeFailure({ code: 'INTERNAL', message: 'tracker gone' });
      },
    });
    const s = await section();
    expect((await within(s).findByRole('alert')).textContent).toBe('Could not load the notification settings: tracker gone');
  });

  it('speaks Chinese', async () => {
    openSettings({}, { ...DEFAULT_SETTINGS, locale: 'zh-CN' });
    const s = (await screen.findByRole('heading', { name: '通知' })).closest('section') as HTMLElement;
    expect(within(s).getByRole('switch', { name: '显示通知' })).toBeTruthy();
    expect(within(s).getByRole('checkbox', { name: '创建了拉取请求' })).toBeTruthy();
    expect(within(s).getByRole('radio', { name: '仅已关注的' })).toBeTruthy();
    expect(within(s).getByRole('button', { name: '1 小时' })).toBeTruthy();
  });
});
