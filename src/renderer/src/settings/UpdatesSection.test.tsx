import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import type { UpdateView } from '../../../shared/update/update-view';
import { FakeFailure, SIGNED_IN } from '../test-support/fake-bridge';
import type { FakeHandlers } from '../test-support/fake-bridge';
import { registerRendererCleanup, renderApp } from '../test-support/render-app';

registerRendererCleanup();
beforeEach(() => {
  window.location.hash = '#/settings';
});

const view = (over: Partial<UpdateView> = {}): UpdateView => ({ status: { kind: 'idle' }, currentVersion: '0.1.0', lastCheckedAt: null, nextCheckAt: null, canCheck: true, ...over });
const open = (handlers: FakeHandlers) => renderApp(handlers, { account: SIGNED_IN, settings: DEFAULT_SETTINGS });
const section = async () => (await screen.findByRole('heading', { name: 'Updates' })).closest('section') as HTMLElement;

describe('Settings › Updates', () => {
  it('checks now, follows the pushes to "ready", and restarts to update', async () => {
    const { fake } = open({ 'update:status': () => view(), 'update:check': () => view({ status: { kind: 'checking' }, canCheck: false }), 'update:restart': () => undefined });
    const s = await section();
    // The status arrives over IPC after the section renders.
    await waitFor(() => expect(within(s).getByRole('status').textContent).toContain('Not checked yet.'));
    expect(within(s).getByRole('status').textContent).toContain('Installed version: 0.1.0');
    fireEvent.click(within(s).getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(fake.callsTo('update:check')).toHaveLength(1));
    act(() => fake.emit('update:changed', view({ status: { kind: 'downloading', version: '0.2.0', percent: 30 }, canCheck: false })));
    expect(within(s).getByRole('status').textContent).toContain('Downloading version 0.2.0… 30%');
    expect(within(s).queryByRole('button', { name: 'Check now' })).toBeNull();
    act(() => fake.emit('update:changed', view({ status: { kind: 'ready', version: '0.2.0' }, canCheck: false })));
    fireEvent.click(within(s).getByRole('button', { name: 'Restart to update' }));
    await waitFor(() => expect(fake.callsTo('update:restart')).toHaveLength(1));
  });

  it('turns automatic updates off through settings:update', async () => {
    const { fake } = open({ 'update:status': () => view() });
    const s = await section();
    await waitFor(() => expect(within(s).getByRole('status').textContent).toContain('Not checked yet.'));
    const toggle = within(s).getByRole('switch', { name: 'Update automatically' }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    fireEvent.click(toggle);
    await waitFor(() => expect(fake.callsTo('settings:update')).toEqual([{ autoUpdate: false }]));
  });

  it('in demo mode or a development build the switch is disabled and says why', async () => {
    open({ 'update:status': () => view({ status: { kind: 'off', reason: 'unpackaged' }, canCheck: false }) });
    const s = await section();
    await waitFor(() => expect(within(s).getByRole('status').textContent).toContain('Updates are off in a development build'));
    expect((within(s).getByRole('switch', { name: 'Update automatically' }) as HTMLInputElement).disabled).toBe(true);
    expect(within(s).queryByRole('button')).toBeNull();
  });

  it('a refused restart is explained', async () => {
    open({
      'update:status': () => view({ status: { kind: 'ready', version: '0.2.0' }, canCheck: false }),
      'update:restart': () => {
        throw new FakeFailure({ code: 'UPDATE_NOT_READY', message: 'No update is ready to install yet.' });
      },
    });
    const s = await section();
    fireEvent.click(await within(s).findByRole('button', { name: 'Restart to update' }));
    expect((await within(s).findByRole('alert')).textContent).toContain('No update is ready to install yet.');
  });
});
