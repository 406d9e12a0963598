import { homedir } from 'node:os';
import { AppError } from '../shared/errors';
import type { SignedInApi } from '../main/account/account-service';
import { Keychain } from '../main/account/keychain';
import type { KeyStore } from '../main/account/key-store';
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
  /** Where the key lives; defaults to the OS keychain (the app's entry). */
  keyStore?: KeyStore;
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

export function cliKeyStore(deps: CliDeps): KeyStore {
  return deps.keyStore ?? new Keychain();
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
  const keyStore = cliKeyStore(deps);
  const target = apiTarget(io.env, settings.get().apiBaseUrl);
  const found = await keyForTarget(keyStore, io.env, target);
  if (!found) throw new AppError('NOT_SIGNED_IN', 'No API key: run `devin-tray login` or set DEVIN_API_KEY');
  const orgId = io.env['DEVIN_ORG_ID']?.trim() || settings.get().orgId;
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
