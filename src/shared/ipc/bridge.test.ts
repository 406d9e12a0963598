import { describe, expect, it, vi } from 'vitest';
import { BridgeError, createBridge } from './bridge';
import { channels, type ChannelName } from './contract';

const names = Object.keys(channels) as ChannelName[];

describe('createBridge', () => {
  it('exposes every contract channel as namespace.method and nothing else', () => {
    const bridge = createBridge({ invoke: vi.fn(), on: vi.fn() }, names) as unknown as Record<string, Record<string, unknown>>;
    for (const channel of Object.keys(channels)) {
      const [ns, method] = channel.split(':') as [string, string];
      expect(typeof bridge[ns]?.[method], channel).toBe('function');
    }
    const exposed = Object.entries(bridge).flatMap(([ns, v]) => (typeof v === 'function' ? [] : Object.keys(v).map((m) => `${ns}:${m}`)));
    expect(exposed.sort()).toEqual(Object.keys(channels).sort());
  });

  it('unwraps ok envelopes and throws BridgeError with the stable code otherwise', async () => {
    const invoke = vi
      .fn()
      .mockResolvedValueOnce({ ok: true, value: { signedIn: false } })
      .mockResolvedValueOnce({ ok: false, error: { code: 'AUTH_INVALID', message: 'bad key', details: { status: 401 } } });
    const bridge = createBridge({ invoke, on: vi.fn() }, names);
    await expect(bridge.account.status()).resolves.toEqual({ signedIn: false });
    const err = await bridge.account.signIn({ key: 'cog_x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeError);
    expect(err).toMatchObject({ code: 'AUTH_INVALID', message: 'bad key', details: { status: 401 } });
    expect(invoke).toHaveBeenLastCalledWith('account:signIn', { key: 'cog_x' });
  });

  it('returns the unsubscribe function from on()', () => {
    const off = vi.fn();
    const bridge = createBridge({ invoke: vi.fn(), on: vi.fn(() => off) }, names);
    const unsubscribe = bridge.on('account:changed', () => undefined);
    unsubscribe();
    expect(off).toHaveBeenCalledOnce();
  });
});
