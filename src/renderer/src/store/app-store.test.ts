import { describe, expect, it } from 'vitest';
import { createAppStore } from './app-store';
import { FakeFailure, SIGNED_IN, createFakeBridge, deferred } from '../test-support/fake-bridge';
import type { AccountView } from '../../../shared/account';
import type { Settings } from '../../../shared/settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings';

const flush = () => new Promise((r) => setTimeout(r, 0));

describe('createAppStore', () => {
  it('loads account, settings, notices and info, then becomes ready', async () => {
    const fake = createFakeBridge(
      { 'app:notices': () => [{ id: 'a', level: 'info', key: 'k' }] },
      { account: SIGNED_IN, settings: { ...DEFAULT_SETTINGS, theme: 'dark' } },
    );
    const store = createAppStore(fake.bridge);
    const stop = store.start();
    expect(store.getState().status).toBe('loading');
    await flush();
    const s = store.getState();
    expect(s.status).toBe('ready');
    expect(s.account).toEqual(SIGNED_IN);
    expect(s.settings.theme).toBe('dark');
    expect(s.notices.map((n) => n.id)).toEqual(['a']);
    expect(s.info?.version).toBe('0.1.0');
    stop();
    expect(fake.listenerCount('account:changed')).toBe(0);
    expect(fake.listenerCount('app:notice')).toBe(0);
  });

  it('keeps an event that arrived during loading over the older load answer', async () => {
    const status = deferred<AccountView>();
    const fake = createFakeBridge({ 'account:status': () => status.promise });
    const store = createAppStore(fake.bridge);
    store.start();
    fake.emit('account:changed', SIGNED_IN);
    status.resolve({ ...SIGNED_IN, signedIn: false });
    await flush();
    expect(store.getState().account.signedIn).toBe(true);
  });

  it('reports a failed load, and a reload recovers', async () => {
    let fail = true;
    const fake = createFakeBridge({
      'settings:get': () => {
        if (fail) throw new FakeFailure({ code: 'INTERNAL', message: 'settings unreadable' });
        return DEFAULT_SETTINGS;
      },
    });
    const store = createAppStore(fake.bridge);
    store.start();
    await flush();
    expect(store.getState()).toMatchObject({ status: 'failed', bootError: 'settings unreadable' });
    fail = false;
    store.reload();
    await flush();
    expect(store.getState().status).toBe('ready');
  });

  it('applies a settings change at once and reverts it if main refuses', async () => {
    const saved = deferred<Settings>();
    const fake = createFakeBridge({ 'settings:update': () => saved.promise });
    const store = createAppStore(fake.bridge);
    store.start();
    await flush();
    const result = store.updateSettings({ locale: 'zh-CN' });
    expect(store.getState().settings.locale).toBe('zh-CN');
    saved.reject(new FakeFailure({ code: 'INVALID_INPUT', message: 'no' }));
    await expect(result).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    expect(store.getState().settings.locale).toBe('system');
  });

  it('dedupes pushed notices and restores a notice main failed to dismiss', async () => {
    const fake = createFakeBridge({
      'app:dismissNotice': () => {
        throw new FakeFailure({ code: 'INTERNAL', message: 'nope' });
      },
    });
    const store = createAppStore(fake.bridge);
    store.start();
    await flush();
    fake.emit('app:notice', { id: 'x', level: 'warning', key: 'k' });
    fake.emit('app:notice', { id: 'x', level: 'warning', key: 'k' });
    expect(store.getState().notices).toHaveLength(1);
    await expect(store.dismissNotice('x')).rejects.toMatchObject({ message: 'nope' });
    expect(store.getState().notices.map((n) => n.id)).toEqual(['x']);
  });
});

describe('notification changes in quick succession', () => {
  it('an earlier answer does not undo a later change on screen; both end up shown', async () => {
    // Main answers each change in order; the test holds the answers to see the state in between.
    const answers: { resolve: () => void }[] = [];
    let saved = { ...DEFAULT_SETTINGS.notifications };
    const fake = createFakeBridge({
      'sessions:setNotificationSettings': (patch) => {
        saved = { ...saved, ...patch, kinds: { ...saved.kinds, ...(patch.kinds ?? {}) } };
        const snapshot = saved;
        const d = deferred<typeof saved>();
        answers.push({ resolve: () => d.resolve(snapshot) });
        return d.promise;
      },
    });
    const store = createAppStore(fake.bridge);
    store.start();
    await flush();
    const first = store.updateNotificationSettings({ kinds: { pr_opened: false } });
    const second = store.updateNotificationSettings({ scope: 'all' });
    expect(store.getState().settings.notifications).toMatchObject({ scope: 'all', kinds: { pr_opened: false } });

    // The first answer (without the scope change) and main's push of that state arrive.
    answers[0]!.resolve();
    await first;
    fake.emit('settings:changed', { ...DEFAULT_SETTINGS, notifications: { ...DEFAULT_SETTINGS.notifications, kinds: { ...DEFAULT_SETTINGS.notifications.kinds, pr_opened: false } } });
    expect(store.getState().settings.notifications).toMatchObject({ scope: 'all', kinds: { pr_opened: false } });

    answers[1]!.resolve();
    await second;
    expect(store.getState().settings.notifications).toMatchObject({ scope: 'all', kinds: { pr_opened: false } });
  });
});
