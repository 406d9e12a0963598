import { describe, expect, it } from 'vitest';
import { decodeBoundKey, encodeBoundKey, originOf } from './bound-key';
import { apiTarget, keyForTarget } from './key-for-origin';
import { FakeKeychain } from './testing/fake-keychain';

const A = 'https://api.devin.ai';
const B = 'https://api.acme.devinenterprise.com';

function keychainWith(raw: string | null): FakeKeychain {
  const k = new FakeKeychain();
  k.key = raw;
  return k;
}

describe('bound key encoding', () => {
  it('round-trips key and origin, and reads an old bare entry as unbound', () => {
    expect(decodeBoundKey(encodeBoundKey('cog_abc', A))).toEqual({ key: 'cog_abc', origin: A });
    expect(decodeBoundKey('  cog_old\n')).toEqual({ key: 'cog_old', origin: null });
    // Something that only looks like ours is a bare value (the key check refuses it later).
    expect(decodeBoundKey('{"key":"cog_x"}')).toEqual({ key: '{"key":"cog_x"}', origin: null });
    expect(originOf('https://api.devin.ai/')).toBe(A);
    expect(originOf('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
  });
});

describe('keyForTarget', () => {
  it('sends a stored key only to the origin it is bound to', async () => {
    const store = keychainWith(encodeBoundKey('cog_a', A));
    expect(await keyForTarget(store, {}, apiTarget({}, A))).toEqual({ key: 'cog_a', source: 'store' });
    await expect(keyForTarget(store, {}, apiTarget({}, B))).rejects.toMatchObject({ code: 'KEY_ORIGIN_MISMATCH', params: { boundTo: A, origin: B } });
    // DEVIN_API_URL pointing elsewhere names the variables to use.
    await expect(keyForTarget(store, { DEVIN_API_URL: B }, apiTarget({ DEVIN_API_URL: B }, A))).rejects.toMatchObject({ code: 'KEY_ORIGIN_MISMATCH_ENV' });
    expect(store.writes).toEqual([]);
  });

  it('binds an entry from before keys were bound to the origin it is used with, once, without asking', async () => {
    const store = keychainWith('cog_legacy');
    expect(await keyForTarget(store, {}, apiTarget({}, B))).toEqual({ key: 'cog_legacy', source: 'store' });
    expect(store.stored).toEqual({ key: 'cog_legacy', origin: B });
    expect(store.writes).toHaveLength(1);
    // From now on it is bound like any other.
    await expect(keyForTarget(store, {}, apiTarget({}, A))).rejects.toMatchObject({ code: 'KEY_ORIGIN_MISMATCH' });
  });

  it('sends DEVIN_API_KEY where DEVIN_API_URL says, or to a Devin host in settings, and nowhere else', async () => {
    const store = keychainWith(encodeBoundKey('cog_stored', A));
    const env = { DEVIN_API_KEY: 'cog_env' };
    expect(await keyForTarget(store, env, apiTarget(env, A))).toEqual({ key: 'cog_env', source: 'env' });
    expect(await keyForTarget(store, env, apiTarget(env, B))).toEqual({ key: 'cog_env', source: 'env' });
    expect(await keyForTarget(store, env, apiTarget(env, 'http://127.0.0.1:9999'))).toEqual({ key: 'cog_env', source: 'env' });
    await expect(keyForTarget(store, env, apiTarget(env, 'https://devin.evil.example'))).rejects.toMatchObject({
      code: 'ENV_KEY_HOST_UNCONFIRMED',
      params: { origin: 'https://devin.evil.example' },
    });
    const both = { DEVIN_API_KEY: 'cog_env', DEVIN_API_URL: 'https://devin.acme.example' };
    expect(await keyForTarget(store, both, apiTarget(both, A))).toEqual({ key: 'cog_env', source: 'env' });
  });

  it('finds nothing without a key', async () => {
    expect(await keyForTarget(keychainWith(null), {}, apiTarget({}, A))).toBeNull();
  });
});
