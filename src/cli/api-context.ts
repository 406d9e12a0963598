import { homedir } from 'node:os';
import { AppError } from '../shared/errors';
import type { SignedInApi } from '../main/account/account-service';
import { Keychain } from '../main/account/keychain';
import type { KeyStore } from '../main/account/key-store';
import { MemoryKeyStore } from '../main/account/key-store';
import { LEGACY_KEY_ENTRY } from '../main/accounts/key-entry';
import type { AccountRecord } from '../shared/settings';
import { cliAccount } from './cli-account';
import { apiTarget, keyForTarget } from '../main/account/key-for-origin';
import { createDevinClient } from '../main/api/client';
import type { DevinClient } from '../main/api/client';
import { defaultUserDataDir } from '../main/paths';
import { openSettingsStore } from '../main/settings/settings-store';
import type { SettingsStore } from '../main/settings/settings-store';
import type { NetworkPort } from '../main/network/network-port';
import { translate } from '../shared/i18n';
import type { CliIO } from './types';

/** What the CLI's commands share with the app; injectable for tests. */
export interface CliDeps {
  /** Where the first account's key lives; defaults to the OS keychain (the app's entry). */
  keyStore?: KeyStore;
  /** One keychain entry per account (#16); defaults to the OS keychain (tests: fakes). */
  keyStoreFor?: (entry: string) => KeyStore;
  /** `--account LABEL`: the stored account to act for (#16); without it the app's current account. */
  account?: string;
  /** The app's userData folder (settings.json); defaults to Electron's location for "Devin Tray". */
  userDataDir?: string;
  fetch?: typeof fetch;
  /** How requests leave this machine; runCli builds it from the environment (HTTPS_PROXY, HTTP_PROXY, NO_PROXY). */
  network?: NetworkPort;
}

/** A client plus where its key came from; the org may still be unknown (enterprise key). */
export interface CliClient {
  client: DevinClient;
  orgId: string | null;
  keySource: 'env' | 'keychain' | 'memory';
}

export function cliUserDataDir(io: CliIO, deps: CliDeps): string {
  return deps.userDataDir ?? defaultUserDataDir(process.platform, io.env, io.env['HOME'] || homedir());
}

/** The keychain entry of an account (the first account's by default). */
export function cliKeyStore(deps: CliDeps, entry: string = LEGACY_KEY_ENTRY): KeyStore {
  if (deps.keyStoreFor) return deps.keyStoreFor(entry);
  if (deps.keyStore) return entry === LEGACY_KEY_ENTRY ? deps.keyStore : new MemoryKeyStore();
  return new Keychain({ account: entry });
}

/**
 * The account a command acts for (`--account`, else the current one) and where its key is; with
 * no account stored, the first account's entry and the API URL in settings (as before #16).
 * DEVIN_API_KEY is one account of its own: naming a stored one with it is refused.
 */
export function cliTarget(io: CliIO, deps: CliDeps, settings: SettingsStore): { record: AccountRecord | null; keyStore: KeyStore; apiBaseUrl: string } {
  if (deps.account !== undefined && io.env['DEVIN_API_KEY']?.trim()) {
    throw new AppError('ACCOUNTS_FROM_ENV', 'DEVIN_API_KEY is set: unset it to use --account');
  }
  const record = cliAccount(settings.get(), deps.account);
  return {
    record,
    keyStore: cliKeyStore(deps, record?.keyEntry ?? LEGACY_KEY_ENTRY),
    apiBaseUrl: record?.apiBaseUrl ?? settings.get().apiBaseUrl,
  };
}

/** Opens the app's settings file; a reset of a corrupt file is reported on stderr. */
export async function openCliSettings(io: CliIO, deps: CliDeps): Promise<SettingsStore> {
  const settings = await openSettingsStore({ dir: cliUserDataDir(io, deps) });
  if (settings.reset) {
    io.stderr(
      `${translate(io.locale, 'settings.notice.resetCorrupt', {
        reason: translate(io.locale, `settings.reason.${settings.reset.reason}`),
        backup: settings.reset.backupPath,
      })}\n`,
    );
  }
  return settings;
}

/**
 * Key from DEVIN_API_KEY, else the keychain; org from DEVIN_ORG_ID, else the settings file;
 * API URL from DEVIN_API_URL, else the settings file. Throws NOT_SIGNED_IN without a key, and
 * refuses (naming the variable to set) to send a stored key to any origin but the one it is bound
 * to, as the app does (main/account/key-for-origin.ts).
 */
export async function getClient(io: CliIO, deps: CliDeps = {}): Promise<CliClient> {
  const settings = await openCliSettings(io, deps);
  const { record, keyStore, apiBaseUrl } = cliTarget(io, deps, settings);
  const target = apiTarget(io.env, apiBaseUrl);
  const found = await keyForTarget(keyStore, io.env, target);
  if (!found) throw new AppError('NOT_SIGNED_IN', 'No API key: run `devin-tray login` or set DEVIN_API_KEY');
  const orgId = io.env['DEVIN_ORG_ID']?.trim() || (found.source === 'env' ? null : (record?.orgId ?? null));
  const fetchImpl = deps.fetch ?? deps.network?.fetch;
  const client = createDevinClient({ baseUrl: target.baseUrl, apiKey: found.key, orgId, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  return { client, orgId, keySource: found.source === 'env' ? 'env' : keyStore.kind };
}

/** Like {@link getClient}, for commands that act in an organization: throws ORG_REQUIRED without one. */
export async function getApi(io: CliIO, deps: CliDeps = {}): Promise<SignedInApi> {
  const { client, orgId } = await getClient(io, deps);
  if (orgId) return { client, orgId };
  // An org-scoped key names its organization in /v3/self (DEVIN_API_KEY alone is enough, as in Devin's docs).
  const self = await client.self();
  if (!self.org_id) throw new AppError('ORG_REQUIRED', 'No organization: pass it with DEVIN_ORG_ID or `devin-tray login --org ORG`');
  return { client: client.withOrg(self.org_id), orgId: self.org_id };
}
