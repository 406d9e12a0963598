import { describe, expect, it, vi } from 'vitest';
import { createRouter } from './router';
import type { Handlers } from './router';
import { AppError } from '../../shared/errors';
import type { SerializedError } from '../../shared/errors';

const TRUSTED = 'file:///app/out/renderer/index.html';

function makeRouter(overrides: Partial<Handlers> = {}) {
  const settingsUpdate = vi.fn(async (patch: unknown) => ({ patched: patch }));
  const handlers = new Proxy({ 'settings:update': settingsUpdate, ...overrides } as Record<string, unknown>, {
    get: (t, k) => t[k as string] ?? (async () => 'ok'),
  }) as unknown as Handlers;
  const serializeError = (err: unknown): SerializedError =>
    err instanceof AppError ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: 'x' };
  const router = createRouter(handlers, { isTrustedSender: (u) => u === TRUSTED, serializeError });
  return { router, settingsUpdate };
}

describe('createRouter', () => {
  it('calls the handler with the validated request', async () => {
    const { router, settingsUpdate } = makeRouter();
    const res = await router.handle('settings:update', { theme: 'dark' }, { senderUrl: TRUSTED });
    expect(res).toEqual({ ok: true, value: { patched: { theme: 'dark' } } });
    expect(settingsUpdate).toHaveBeenCalledOnce();
  });

  it('refuses a foreign sender before any handler runs', async () => {
    const { router, settingsUpdate } = makeRouter();
    const res = await router.handle('settings:update', { theme: 'dark' }, { senderUrl: 'https://evil.example/' });
    expect(res).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(settingsUpdate).not.toHaveBeenCalled();
  });

  it('rejects unknown channels and invalid payloads with INVALID_INPUT', async () => {
    const { router, settingsUpdate } = makeRouter();
    expect(await router.handle('fs:readFile', '/etc/passwd', { senderUrl: TRUSTED })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await router.handle('__proto__', {}, { senderUrl: TRUSTED })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await router.handle('settings:update', { theme: 'neon' }, { senderUrl: TRUSTED })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    // .strict(): no smuggling of fields the renderer may not set.
    expect(await router.handle('settings:update', { orgId: 'x' }, { senderUrl: TRUSTED })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(settingsUpdate).not.toHaveBeenCalled();
  });

  it('turns thrown errors into envelopes without stacks', async () => {
    const { router } = makeRouter({
      'app:info': async () => {
        throw new AppError('NOT_FOUND', 'nope');
      },
    });
    const res = await router.handle('app:info', undefined, { senderUrl: TRUSTED });
    expect(res).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'nope' } });
  });
});
