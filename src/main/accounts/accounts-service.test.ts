import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSim, SIM_KEYS } from '../../sim/server';
import type { SimHandle } from '../../sim/server';
import type { AccountsView } from '../../shared/accounts';
import { openSettingsStore } from '../settings/settings-store';
import type { SettingsStore } from '../settings/settings-store';
import { FakeKeychain } from '../account/testing/fake-keychain';
import { encodeBoundKey } from '../account/bound-key';
import { createAccountsService } from './accounts-service';
import type { AccountsService, AccountsServiceOptions } from './accounts-service';

let simA: SimHandle;
let simB: SimHandle;
let dir: string;
let settings: SettingsStore;
/** One fake keychain entry per account entry name, as the OS keychain keeps them. */
let entries: Map<string, FakeKeychain>;
let services: AccountsService[];

const keychainFor = (entry: string) => {
  let k = entries.get(entry);
  if (!k) entries.set(entry, (k = new FakeKeychain()));
  return k;
};

beforeEach(async () => {
  [simA, simB] = await Promise.all([startSim({ seed: 'empty' }), startSim({ seed: 'empty' })]);
  dir = await mkdtemp(join(tmpdir(), 'devin-tray-accounts-'));
  entries = new Map();
  services = [];
});

afterEach(async () => {
  for (const s of services) await s.dispose();
  await Promise.all([simA.close(), simB.close()]);
  await rm(dir, { recursive: true, force: true });
});

async function make(extra: Partial<AccountsServiceOptions> = {}): Promise<AccountsService> {
  settings = await openSettingsStore({ dir });
  let n = 0;
  const service = createAccountsService({ settings, keychainFor, env: {}, newId: () => `acct-${++n}-${services.length}`, ...extra });
  services.push(service);
  return service;
}

const labels = (v: AccountsView) => v.accounts.map((a) => a.label);
const readSettings = async () => JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;

describe('accounts (#16)', () => {
  it('migrates a single-account settings file and its keychain entry without asking for the key', async () => {
    // Written by the previous version: one org at the top level, the key bound in the 'api-key' entry.
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: simA.baseUrl, orgId: 'org-sim', orgName: 'Sim Org', keyInKeychain: true, theme: 'dark' }));
    keychainFor('api-key').key = encodeBoundKey(SIM_KEYS.org, simA.baseUrl);
    const accounts = await make();
    expect(await accounts.restoreAll()).toEqual([]);
    expect(accounts.view()).toMatchObject({ signedIn: true, orgId: 'org-sim', keyStore: 'keychain', apiBaseUrl: simA.baseUrl });
    expect(accounts.accounts()).toMatchObject({ accounts: [{ label: 'Sim Org', orgId: 'org-sim', signedIn: true, current: true }] });
    expect(await readSettings()).toMatchObject({
      version: 3,
      theme: 'dark',
      accounts: [{ id: 'account-1', label: 'Sim Org', apiBaseUrl: simA.baseUrl, orgId: 'org-sim', keyEntry: 'api-key' }],
      currentAccountId: 'account-1',
    });
    expect(await readSettings()).not.toHaveProperty('orgId');
    // The entry was only read, never rewritten.
    expect(keychainFor('api-key').writes).toEqual([]);
  });

  it('a bare key from before keys were bound (settings v1) migrates too, bound at first use', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 1, apiBaseUrl: simA.baseUrl, orgId: 'org-sim' }));
    keychainFor('api-key').key = SIM_KEYS.org;
    const accounts = await make();
    await accounts.restoreAll();
    expect(accounts.view()).toMatchObject({ signedIn: true, orgId: 'org-sim' });
    expect(keychainFor('api-key').stored).toEqual({ key: SIM_KEYS.org, origin: simA.baseUrl });
    expect(labels(accounts.accounts())).toEqual(['default']);
  });

  it('adds a second account in its own keychain entry; labels are unique and editable, ids stay', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: simA.baseUrl }));
    const accounts = await make();
    await accounts.restoreAll();
    // The onboarding's sign-in: the first account.
    await accounts.signIn({ key: SIM_KEYS.org });
    const first = accounts.accounts().accounts[0]!;
    expect(first).toMatchObject({ label: 'default', apiBaseUrl: simA.baseUrl, current: true });

    const added = await accounts.add({ label: '  Personal ', key: SIM_KEYS.pat, apiBaseUrl: simB.baseUrl });
    expect(labels(added)).toEqual(['default', 'Personal']);
    const second = added.accounts[1]!;
    expect(second).toMatchObject({ apiBaseUrl: simB.baseUrl, orgId: 'org-sim', signedIn: true, current: false });
    // Each key in its own entry, bound to its own origin.
    expect(keychainFor('api-key').stored).toEqual({ key: SIM_KEYS.org, origin: simA.baseUrl });
    expect(keychainFor(`api-key.${second.id}`).stored).toEqual({ key: SIM_KEYS.pat, origin: simB.baseUrl });
    expect(accounts.signedIn().map((a) => [a.label, a.api.client.baseUrl])).toEqual([
      ['default', simA.baseUrl],
      ['Personal', simB.baseUrl],
    ]);

    await expect(accounts.rename(first.id, 'personal')).rejects.toMatchObject({ code: 'ACCOUNT_LABEL_TAKEN' });
    await expect(accounts.rename(first.id, ' ')).rejects.toMatchObject({ code: 'ACCOUNT_LABEL_INVALID' });
    const renamed = await accounts.rename(first.id, 'Work');
    expect(renamed.accounts.map((a) => [a.id, a.label])).toEqual([
      [first.id, 'Work'],
      [second.id, 'Personal'],
    ]);

    // Switching the current account moves getApi() (handoff, library, composer) there.
    expect(accounts.getApi().client.baseUrl).toBe(simA.baseUrl);
    await accounts.setCurrent(second.id);
    expect(accounts.getApi().client.baseUrl).toBe(simB.baseUrl);
    expect(accounts.view()).toMatchObject({ principal: { type: 'pat_user' } });
    expect(await readSettings()).toMatchObject({ currentAccountId: second.id });

    // A restart finds both, with no key asked for.
    await accounts.dispose();
    const again = await make();
    expect(await again.restoreAll()).toEqual([]);
    expect(again.accounts().accounts.map((a) => [a.label, a.signedIn, a.current])).toEqual([
      ['Work', true, false],
      ['Personal', true, true],
    ]);
  });

  it('a refused key adds nothing; a label in use replaces that account and removes its old key', async () => {
    const accounts = await make();
    await settings.update({ apiBaseUrl: simA.baseUrl });
    await accounts.restoreAll();
    await accounts.add({ label: 'Work', key: SIM_KEYS.org });
    await expect(accounts.add({ label: 'Other', key: 'cog_not_a_real_key' })).rejects.toMatchObject({ code: 'AUTH_INVALID' });
    expect(labels(accounts.accounts())).toEqual(['Work']);

    // An enterprise key with several orgs needs one named; nothing is stored meanwhile.
    await expect(accounts.add({ label: 'Ent', key: SIM_KEYS.enterprise })).rejects.toMatchObject({ code: 'ACCOUNT_ORG_REQUIRED' });
    const ent = await accounts.add({ label: 'Ent', key: SIM_KEYS.enterprise, orgId: 'org-sim-2' });
    expect(ent.accounts.find((a) => a.label === 'Ent')).toMatchObject({ orgId: 'org-sim-2', signedIn: true });

    const before = accounts.accounts().accounts.find((a) => a.label === 'Work')!;
    const replaced = await accounts.add({ label: 'work', key: SIM_KEYS.pat });
    expect(labels(replaced)).toEqual(['Work', 'Ent']);
    const now = replaced.accounts[0]!;
    expect(now.id).not.toBe(before.id);
    expect(accounts.signedIn().find((a) => a.id === now.id)?.view.principal).toMatchObject({ type: 'pat_user' });
    expect([...entries.values()].map((k) => k.stored?.key).filter(Boolean).sort()).toEqual([SIM_KEYS.enterprise, SIM_KEYS.pat].sort());
  });

  it('removes an account only after main asks; its key leaves the keychain, the other stays signed in', async () => {
    const asked: string[] = [];
    let answer = false;
    const accounts = await make({
      confirmRemove: async (a) => {
        asked.push(a.label);
        return answer;
      },
    });
    await settings.update({ apiBaseUrl: simA.baseUrl });
    await accounts.restoreAll();
    await accounts.signIn({ key: SIM_KEYS.org });
    await accounts.add({ label: 'B', key: SIM_KEYS.pat, apiBaseUrl: simB.baseUrl });
    const [a] = accounts.accounts().accounts;
    await expect(accounts.remove(a!.id)).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(labels(accounts.accounts())).toEqual(['default', 'B']);
    answer = true;
    const left = await accounts.remove(a!.id);
    expect(asked).toEqual(['default', 'default']);
    expect(left.accounts).toMatchObject([{ label: 'B', signedIn: true, current: true }]);
    expect(keychainFor('api-key').key).toBeNull();
    expect(accounts.getApi().client.baseUrl).toBe(simB.baseUrl);
    await expect(accounts.remove('acct-nope')).rejects.toMatchObject({ code: 'ACCOUNT_UNKNOWN' });
  });

  it('a 401 on one account signs out only that one; the current moves to one still signed in', async () => {
    const accounts = await make();
    await settings.update({ apiBaseUrl: simA.baseUrl });
    await accounts.restoreAll();
    await accounts.signIn({ key: SIM_KEYS.org });
    await accounts.add({ label: 'B', key: SIM_KEYS.pat, apiBaseUrl: simB.baseUrl });
    const [a, b] = accounts.accounts().accounts;
    const currentViews: boolean[] = [];
    accounts.onChange((v) => currentViews.push(v.signedIn));
    await accounts.keyRejectedFor(a!.id);
    expect(accounts.accounts().accounts.map((x) => [x.label, x.signedIn, x.current])).toEqual([
      ['default', false, false],
      ['B', true, true],
    ]);
    expect(accounts.signedIn().map((x) => x.id)).toEqual([b!.id]);
    // The window never saw a signed-out current account in between.
    expect(currentViews).not.toContain(false);
    await expect(accounts.setCurrent(a!.id)).rejects.toMatchObject({ code: 'ACCOUNT_SIGNED_OUT' });
    // Its key is kept (a restart retries it); signing in again under its label replaces it.
    expect(keychainFor('api-key').stored?.key).toBe(SIM_KEYS.org);
  });

  it('DEVIN_API_KEY is one account of its own, never stored, and accounts cannot be added beside it', async () => {
    await writeFile(join(dir, 'settings.json'), JSON.stringify({ version: 2, apiBaseUrl: simA.baseUrl, orgId: 'org-sim', keyInKeychain: true }));
    const accounts = await make({ env: { DEVIN_API_KEY: SIM_KEYS.pat, DEVIN_API_URL: simB.baseUrl } });
    await accounts.restoreAll();
    expect(accounts.accounts().accounts).toMatchObject([{ label: 'DEVIN_API_KEY', keyStore: 'env', signedIn: true, apiBaseUrl: simB.baseUrl }]);
    await expect(accounts.add({ label: 'X', key: SIM_KEYS.org })).rejects.toMatchObject({ code: 'ACCOUNTS_FROM_ENV' });
    expect((await readSettings())['accounts']).toMatchObject([{ id: 'account-1' }]);
  });
});
