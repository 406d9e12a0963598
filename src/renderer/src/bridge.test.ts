import { afterEach, describe, expect, it } from 'vitest';
import { getBridge, hasBridge, setBridgeForTests } from './bridge';
import { BridgeError, createBridge } from '../../shared/ipc/bridge';
import type { Bridge } from '../../shared/ipc/bridge';
import { channels, type ChannelName, type Envelope } from '../../shared/ipc/contract';
import { SIGNED_OUT } from '../../shared/account';

afterEach(() => {
  delete window.devinTray;
  delete window.devinTrayTransport;
  delete window.__devinTrayInvoke;
  delete window.__devinTrayEmit;
  setBridgeForTests(null);
});

describe('getBridge', () => {
  it('uses the preload object when Electron provides one', () => {
    const preload = createBridge({ invoke: async () => ({ ok: true, value: null }), on: () => () => undefined }, Object.keys(channels) as ChannelName[]);
    window.devinTray = preload;
    expect(getBridge()).toBe(preload);
  });

  it('builds a bridge on the harness binding: calls go through, errors become BridgeError', async () => {
    const seen: [string, unknown][] = [];
    window.__devinTrayInvoke = async (channel, request): Promise<Envelope<unknown>> => {
      seen.push([channel, request]);
      if (channel === 'account:signIn') {
        return { ok: false, error: { code: 'AUTH_INVALID', message: 'rejected (401)', details: { status: 401 } } };
      }
      return { ok: true, value: SIGNED_OUT };
    };
    const bridge = getBridge();
    expect(await bridge.account.status()).toEqual(SIGNED_OUT);
    const err = await bridge.account.signIn({ key: 'cog_x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BridgeError);
    expect(err).toMatchObject({ code: 'AUTH_INVALID', message: 'rejected (401)', details: { status: 401 } });
    expect(seen).toEqual([
      ['account:status', undefined],
      ['account:signIn', { key: 'cog_x' }],
    ]);
  });

  it('delivers harness events pushed through __devinTrayEmit, and unsubscribes', () => {
    window.__devinTrayInvoke = async () => ({ ok: true, value: null });
    const bridge = getBridge();
    const got: unknown[] = [];
    const off = bridge.on('account:changed', (a) => got.push(a.signedIn));
    const off2 = bridge.on('account:changed', (a) => got.push(`again ${a.signedIn}`));
    window.__devinTrayEmit?.('account:changed', SIGNED_OUT);
    window.__devinTrayEmit?.('settings:changed', {});
    off();
    window.__devinTrayEmit?.('account:changed', { ...SIGNED_OUT, signedIn: true });
    off2();
    window.__devinTrayEmit?.('account:changed', SIGNED_OUT);
    expect(got).toEqual([false, 'again false', 'again true']);
  });

  it('prefers a preload transport, so error codes survive the contextBridge', async () => {
    window.devinTray = {} as Bridge;
    window.devinTrayTransport = {
      invoke: async () => ({ ok: false, error: { code: 'KEYCHAIN_UNAVAILABLE', message: 'no keychain' } }),
      on: () => () => undefined,
    };
    await expect(getBridge().account.signIn({ key: 'cog_x' })).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
  });

  it('lets tests inject a bridge, and says clearly when there is none', () => {
    expect(hasBridge()).toBe(false);
    expect(() => getBridge()).toThrow(/bridge is missing/);
    const fake = {} as Bridge;
    setBridgeForTests(fake);
    expect(hasBridge()).toBe(true);
    expect(getBridge()).toBe(fake);
  });
});
