import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, SIM_KEYS } from '../../sim/server';
import type { SimHandle } from '../../sim/server';
import type { AccountView } from '../../shared/account';
import { AppError } from '../../shared/errors';
import { createMemorySlot } from './account-slot';
import type { AccountSlot } from './account-slot';
import { createAccountService } from './account-service';
import type { AccountService, AccountServiceOptions } from './account-service';
import { startDemoSim } from './demo-sim';
import { FakeKeychain } from './testing/fake-keychain';

let sim: SimHandle;
let dir: string;
let settings: AccountSlot;
let keychain: FakeKeychain;
let services: AccountService[];
let views: AccountView[];

beforeEach(async () => {
  sim = await startSim({ seed: 'empty' });
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-account-'));
  settings = createMemorySlot({ apiBaseUrl: sim.baseUrl });
  keychain = new FakeKeychain();
  services = [];
  views = [];
});

afterEach(async () => {
  for (const s of services) await s.dispose();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

function makeService(extra: Partial<AccountServiceOptions> = {}): AccountService {
  const service = createAccountService({ settings, keychain, env: {}, startDemoServer: startDemoSim, ...extra });
  service.onChange((v) => views.push(v));
  services.push(service);
  return service;
}

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e);

describe('signIn', () => {
  it('signs in an org-scoped key: identity from /v3/self, org from the key, key in the keychain', async () => {
    const account = makeService();
    const result = await account.signIn({ key: `  ${SIM_KEYS.org}\n` });

    expect(result).toEqual({
      status: 'signedIn',
      account: {
        signedIn: true,
        demo: false,
        principal: { type: 'service_user', name: 'Sim Bot', id: 'service-user-sim' },
        orgId: 'org-sim',
        orgName: null,
        keyStore: 'keychain',
        apiBaseUrl: sim.baseUrl,
        apiBaseUrlFromEnv: false,
        appBaseUrl: 'https://app.devin.ai',
        needsOrg: false,
      },
    });
    // Bound to the origin it was checked at (issue #11 point 4).
    expect(keychain.stored).toEqual({ key: SIM_KEYS.org, origin: sim.baseUrl });
    expect(settings.get().orgId).toBe('org-sim');
    expect(views.at(-1)).toEqual(result.account);

    const { client, orgId } = account.getApi();
    expect(orgId).toBe('org-sim');
    await expect(client.sessions.list({ first: 1 })).resolves.toMatchObject({ items: [] });
  });

  it('shows a personal access token by the user name', async () => {
    const result = await makeService().signIn({ key: SIM_KEYS.pat });
    expect(result.account.principal).toEqual({ type: 'pat_user', name: 'Sim Person', id: 'user-sim-person' });
  });

  it('refuses a wrong key with AUTH_INVALID and stores nothing', async () => {
    await settings.update({ orgId: 'org-before' });
    const account = makeService();
    const err = await errorOf(account.signIn({ key: 'cog_wrong_key' }));

    expect(err).toMatchObject({ code: 'AUTH_INVALID' });
    expect(keychain.key).toBeNull();
    expect(settings.get().orgId).toBe('org-before');
    expect(account.view().signedIn).toBe(false);
    expect(views).toEqual([]);
    expect(() => account.getApi()).toThrow(expect.objectContaining({ code: 'NOT_SIGNED_IN' }));
  });

  it('refuses a legacy apk_ key before any request', async () => {
    sim.control.clearRequests();
    const err = await errorOf(makeService().signIn({ key: 'apk_user_legacy' }));
    expect(err).toMatchObject({ code: 'KEY_FORMAT' });
    expect(sim.control.getRequests()).toHaveLength(0);
  });

  it('holds an enterprise key in memory until an org is chosen from the list', async () => {
    const account = makeService();
    const result = await account.signIn({ key: SIM_KEYS.enterprise });

    expect(result.status).toBe('chooseOrg');
    expect(result.status === 'chooseOrg' && result.orgs).toEqual([
      { orgId: 'org-sim', name: 'Sim Org' },
      { orgId: 'org-sim-2', name: 'Sim Org Two' },
    ]);
    expect(result.account).toMatchObject({ signedIn: true, needsOrg: true, orgId: null, keyStore: null });
    expect(keychain.key).toBeNull();
    expect(() => account.getApi()).toThrow(expect.objectContaining({ code: 'ORG_REQUIRED' }));

    const view = await account.chooseOrg({ orgId: 'org-sim-2' });
    expect(view).toMatchObject({ orgId: 'org-sim-2', orgName: 'Sim Org Two', keyStore: 'keychain', needsOrg: false });
    expect(keychain.stored).toEqual({ key: SIM_KEYS.enterprise, origin: sim.baseUrl });
    expect(settings.get()).toMatchObject({ orgId: 'org-sim-2', orgName: 'Sim Org Two' });
    expect(account.getApi().orgId).toBe('org-sim-2');
  });

  it('lets the user type an org id when listing orgs is forbidden, and validates it', async () => {
    sim.control.addFault({ method: 'GET', path: '/v3/enterprise/organizations', kind: 'status', status: 403, times: -1 });
    const account = makeService();
    const result = await account.signIn({ key: SIM_KEYS.enterprise });
    expect(result).toMatchObject({ status: 'chooseOrg', orgs: [] });

    const wrong = await errorOf(account.chooseOrg({ orgId: 'org-does-not-exist' }));
    expect(wrong).toBeInstanceOf(AppError);
    expect(['NOT_FOUND', 'FORBIDDEN']).toContain((wrong as AppError).code);
    expect(keychain.key).toBeNull();

    const view = await account.chooseOrg({ orgId: 'org-sim', orgName: 'Typed name' });
    expect(view).toMatchObject({ orgId: 'org-sim', orgName: 'Typed name', keyStore: 'keychain' });
    expect(keychain.stored).toEqual({ key: SIM_KEYS.enterprise, origin: sim.baseUrl });
  });

  it('accepts an enterprise key with a typed org id in one step', async () => {
    const result = await makeService().signIn({ key: SIM_KEYS.enterprise, orgId: 'org-sim-2' });
    expect(result).toMatchObject({ status: 'signedIn', account: { orgId: 'org-sim-2' } });
    expect(keychain.stored).toEqual({ key: SIM_KEYS.enterprise, origin: sim.baseUrl });
  });

  it('throws KEYCHAIN_UNAVAILABLE and keeps nothing, unless memory-only was chosen', async () => {
    keychain.unavailable = true;
    const account = makeService();
    expect(await errorOf(account.signIn({ key: SIM_KEYS.org }))).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect(account.view().signedIn).toBe(false);

    const result = await account.signIn({ key: SIM_KEYS.org, memoryOnly: true });
    expect(result.account).toMatchObject({ signedIn: true, keyStore: 'memory', orgId: 'org-sim' });
    expect(keychain.key).toBeNull();
    await expect(account.getApi().client.sessions.list({ first: 1 })).resolves.toBeDefined();
    // Signing out of a memory-only session works although the keychain is still unreachable.
    await expect(account.signOut()).resolves.toMatchObject({ signedIn: false });
  });

  it('enterprise key without a keychain: pick an org, Continue fails once, then Continue in memory works', async () => {
    keychain.unavailable = true;
    const account = makeService();
    expect(await account.signIn({ key: SIM_KEYS.enterprise })).toMatchObject({ status: 'chooseOrg' });

    expect(await errorOf(account.chooseOrg({ orgId: 'org-sim-2' }))).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    // Still choosing, and the view now says the keychain is missing.
    expect(account.view()).toMatchObject({ signedIn: true, needsOrg: true, keychainUnavailable: true });

    const view = await account.chooseOrg({ orgId: 'org-sim-2', memoryOnly: true });
    expect(view).toMatchObject({ signedIn: true, needsOrg: false, orgId: 'org-sim-2', orgName: 'Sim Org Two', keyStore: 'memory' });
    expect(keychain.key).toBeNull();
    expect(account.getApi().orgId).toBe('org-sim-2');
    expect(settings.get().keyInKeychain).toBe(false);
  });
});

describe('restore', () => {
  it('restores the keychain key with the org from settings', async () => {
    keychain.key = SIM_KEYS.enterprise;
    await settings.update({ orgId: 'org-sim-2', orgName: 'Sim Org Two' });
    const account = makeService();
    expect(await account.restore()).toBeNull();
    expect(account.view()).toMatchObject({
      signedIn: true,
      keyStore: 'keychain',
      orgId: 'org-sim-2',
      orgName: 'Sim Org Two',
      principal: { name: 'Sim Enterprise Bot' },
    });
  });

  it('lets DEVIN_API_KEY / DEVIN_ORG_ID / DEVIN_API_URL override what is stored, without writing them', async () => {
    keychain.key = SIM_KEYS.org;
    await settings.update({ apiBaseUrl: 'https://api.devin.ai', orgId: 'org-stored' });
    const env = { DEVIN_API_KEY: SIM_KEYS.enterprise, DEVIN_ORG_ID: 'org-sim-2', DEVIN_API_URL: sim.baseUrl };
    const account = makeService({ env });
    expect(await account.restore()).toBeNull();
    expect(account.view()).toMatchObject({
      keyStore: 'env',
      orgId: 'org-sim-2',
      apiBaseUrl: sim.baseUrl,
      apiBaseUrlFromEnv: true,
      principal: { name: 'Sim Enterprise Bot' },
    });
    expect(settings.get().orgId).toBe('org-stored');
    expect(account.getApi().orgId).toBe('org-sim-2');
  });

  it('reports a rejected stored key and stays signed out, keeping the key for the user to replace', async () => {
    keychain.key = 'cog_revoked';
    const account = makeService();
    expect(await account.restore()).toMatchObject({ code: 'AUTH_INVALID' });
    expect(account.view().signedIn).toBe(false);
    expect(keychain.stored?.key).toBe('cog_revoked');
  });

  it('reports an unreachable keychain instead of throwing, when a key was saved there', async () => {
    keychain.unavailable = true;
    await settings.update({ keyInKeychain: true });
    const account = makeService();
    expect(await account.restore()).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect(account.view()).toMatchObject({ signedIn: false, keychainUnavailable: true });
  });

  it('an older settings file with an org counts as "a key may be saved"', async () => {
    keychain.unavailable = true;
    await settings.update({ orgId: 'org-sim' });
    expect(await makeService().restore()).toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
  });

  it('says nothing on a fresh start without a keychain (no key was ever saved), and the view says there is none', async () => {
    keychain.unavailable = true;
    const account = makeService();
    expect(await account.restore()).toBeNull();
    expect(account.view()).toMatchObject({ signedIn: false, keychainUnavailable: true });
  });

  it('says nothing either after a memory-only run', async () => {
    keychain.unavailable = true;
    const first = makeService();
    await first.signIn({ key: SIM_KEYS.org, memoryOnly: true });
    expect(settings.get()).toMatchObject({ orgId: 'org-sim', keyInKeychain: false });
    expect(await makeService().restore()).toBeNull();
  });

  it('does nothing without a stored key', async () => {
    const account = makeService();
    expect(await account.restore()).toBeNull();
    expect(account.view().signedIn).toBe(false);
    expect(views).toEqual([]);
  });
});

describe('signOut', () => {
  it('deletes the key from the keychain and memory and clears the org', async () => {
    const account = makeService();
    await account.signIn({ key: SIM_KEYS.org });
    const view = await account.signOut();

    expect(view).toMatchObject({ signedIn: false, principal: null, orgId: null, keyStore: null });
    expect(keychain.key).toBeNull();
    expect(settings.get()).toMatchObject({ orgId: null, orgName: null });
    expect(() => account.getApi()).toThrow(expect.objectContaining({ code: 'NOT_SIGNED_IN' }));
    // A restart finds nothing to restore.
    expect(await makeService().restore()).toBeNull();
  });
});

describe('demo', () => {
  it('runs an in-process devin-sim with sample data, and stops it on sign out without touching the stored key', async () => {
    keychain.key = 'cog_real_key_left_alone';
    await settings.update({ orgId: 'org-real' });
    const account = makeService();

    const view = await account.startDemo();
    expect(view).toMatchObject({ signedIn: true, demo: true, keyStore: 'memory', orgId: 'org-sim', principal: { name: 'Sim Bot' } });
    const demoUrl = view.apiBaseUrl;
    expect(demoUrl).not.toBe(sim.baseUrl);
    const page = await account.getApi().client.sessions.list({ first: 5 });
    expect(page.items.length).toBeGreaterThan(0);
    // Starting it again is a no-op.
    expect((await account.startDemo()).apiBaseUrl).toBe(demoUrl);

    await account.signOut();
    expect(account.view()).toMatchObject({ signedIn: false, demo: false });
    expect(keychain.key).toBe('cog_real_key_left_alone');
    expect(settings.get().orgId).toBe('org-real');
    // The demo server is gone.
    await expect(fetch(`${demoUrl}/v3/self`)).rejects.toThrow();
  });

  it('stops the demo when the user signs in for real', async () => {
    const account = makeService();
    const demoUrl = (await account.startDemo()).apiBaseUrl;
    await account.signIn({ key: SIM_KEYS.org });
    expect(account.view()).toMatchObject({ demo: false, keyStore: 'keychain', apiBaseUrl: sim.baseUrl });
    await expect(fetch(`${demoUrl}/v3/self`)).rejects.toThrow();
  });
});
