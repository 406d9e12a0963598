import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

const app = new EventEmitter();
vi.mock('electron', () => ({ app }));

const { answerProxyLogins, countedProxyLogin, REFUSED_WITHIN_MS } = await import('./proxy-login');
const { createProxyAuthBroker } = await import('../network/proxy-auth-broker');

/** Emits Electron's app `login` event; resolves with the callback's arguments and whether the default was prevented. */
function emitLogin(authInfo: { isProxy: boolean; host: string }, firstAuthAttempt = true): Promise<{ args: unknown[]; prevented: boolean }> {
  return new Promise((resolve) => {
    let prevented = false;
    const event = { preventDefault: () => (prevented = true) };
    const details = { url: 'https://api.devin.ai/', pid: 1, isRequestForNavigation: false, firstAuthAttempt };
    const info = { scheme: 'basic', port: 3128, realm: 'Corp', ...authInfo };
    app.emit('login', event, null, details, info, (...args: unknown[]) => resolve({ args, prevented }));
    // A non-proxy login is left to Electron's default (which cancels): nothing calls back.
    if (!authInfo.isProxy) setTimeout(() => resolve({ args: ['untouched'], prevented }), 10);
  });
}

describe('app login event (mocked electron)', () => {
  it('answers proxy logins from the broker and leaves a website’s login alone', async () => {
    const broker = createProxyAuthBroker();
    const off = answerProxyLogins(broker);
    const proxied = emitLogin({ isProxy: true, host: 'proxy.corp' });
    await vi.waitFor(() => expect(broker.pending()).toHaveLength(1));
    broker.answer(broker.pending()[0]!.id, { username: 'alice', password: 'pw' });
    await expect(proxied).resolves.toEqual({ args: ['alice', 'pw'], prevented: true });

    await expect(emitLogin({ isProxy: false, host: 'example.com' })).resolves.toEqual({ args: ['untouched'], prevented: false });

    // A refused attempt asks again; a cancel answers with no credentials.
    const retry = emitLogin({ isProxy: true, host: 'proxy.corp' }, false);
    await vi.waitFor(() => expect(broker.pending()[0]).toMatchObject({ retry: true }));
    broker.answer(broker.pending()[0]!.id, null);
    await expect(retry).resolves.toEqual({ args: [], prevented: true });

    off();
    expect(app.listenerCount('login')).toBe(0);
  });
});

describe('electron-updater’s login event (no attempt count)', () => {
  const info = (isProxy = true) => ({ isProxy, scheme: 'basic', host: 'proxy.corp', port: 3128, realm: 'Corp' });
  const login = (handler: ReturnType<typeof countedProxyLogin>, isProxy = true) =>
    new Promise<unknown[]>((resolve) => handler(info(isProxy), (...args: unknown[]) => resolve(args)));

  it('asks once, reuses the answer later, asks again (saying so) when a login follows soon after, and cancels a server’s 401', async () => {
    let clock = 1_000_000;
    const broker = createProxyAuthBroker();
    const handler = countedProxyLogin(() => broker, () => clock);

    const first = login(handler);
    await vi.waitFor(() => expect(broker.pending()).toMatchObject([{ host: 'proxy.corp', retry: false }]));
    broker.answer(broker.pending()[0]!.id, { username: 'alice', password: 'pw' });
    await expect(first).resolves.toEqual(['alice', 'pw']);

    // Another update check much later: the remembered credentials, no question.
    clock += REFUSED_WITHIN_MS + 1;
    await expect(login(handler)).resolves.toEqual(['alice', 'pw']);
    expect(broker.pending()).toEqual([]);

    // Right after, the proxy asks again: they were refused. Not looped on: the user is asked, told so.
    clock += 100;
    const again = login(handler);
    await vi.waitFor(() => expect(broker.pending()).toMatchObject([{ retry: true }]));
    broker.answer(broker.pending()[0]!.id, null);
    await expect(again).resolves.toEqual([]);

    await expect(login(handler, false)).resolves.toEqual([]);
  });

  it('cancels while the core is not there yet', async () => {
    await expect(login(countedProxyLogin(() => null))).resolves.toEqual([]);
  });
});
