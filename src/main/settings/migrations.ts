import { SETTINGS_VERSION } from '../../shared/settings';
import { defaultLabel } from '../accounts/account-label';
import { LEGACY_KEY_ENTRY } from '../accounts/key-entry';

/** One step that upgrades the raw JSON of a settings file to `to`. Steps must not mutate their input. */
export interface SettingsMigration {
  to: number;
  migrate(raw: Record<string, unknown>): Record<string, unknown>;
}

/**
 * The app's migrations, oldest first. Version 1 is the first released shape; a schema change
 * bumps SETTINGS_VERSION in src/shared/settings.ts and adds a step here.
 */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  {
    // `appBaseUrl` was a free setting that widened what openExternal accepts; the app host is now
    // derived from the API origin (security/app-origins.ts). Dropped so nothing reads it again.
    to: 2,
    migrate: ({ appBaseUrl: _dropped, ...rest }) => rest,
  },
  {
    // Several accounts (#16): the single sign-in becomes the first account. Its key stays in the
    // keychain entry it was always in ('api-key'), so nobody is asked for it again.
    to: 3,
    migrate: ({ orgId, orgName, keyInKeychain, ...rest }) => {
      const signedIn = typeof orgId === 'string' || keyInKeychain === true;
      if (!signedIn) return rest;
      const apiBaseUrl = typeof rest['apiBaseUrl'] === 'string' ? rest['apiBaseUrl'] : DEFAULT_API_BASE_URL;
      const account = {
        id: MIGRATED_ACCOUNT_ID,
        label: defaultLabel(typeof orgName === 'string' ? orgName : null),
        apiBaseUrl,
        orgId: typeof orgId === 'string' ? orgId : null,
        orgName: typeof orgName === 'string' ? orgName : null,
        keyInKeychain: typeof keyInKeychain === 'boolean' ? keyInKeychain : null,
        keyEntry: LEGACY_KEY_ENTRY,
      };
      return { ...rest, accounts: [account], currentAccountId: MIGRATED_ACCOUNT_ID };
    },
  },
];

/** The id the single account of a v2 file gets (any stable value will do; it is never shown). */
export const MIGRATED_ACCOUNT_ID = 'account-1';
const DEFAULT_API_BASE_URL = 'https://api.devin.ai';

export interface MigrationResult {
  raw: Record<string, unknown>;
  /** The version the file had before (1 when it had none). */
  from: number;
  migrated: boolean;
}

/**
 * Runs every step whose `to` is above the file's version, in order, stamping each result with
 * its version. A file from a newer app version is left alone (its unknown fields are dropped
 * only when we next write).
 */
export function applyMigrations(
  raw: Record<string, unknown>,
  migrations: readonly SettingsMigration[] = SETTINGS_MIGRATIONS,
  target: number = SETTINGS_VERSION,
): MigrationResult {
  const from = typeof raw['version'] === 'number' ? raw['version'] : 1;
  let current = raw;
  let version = from;
  for (const step of [...migrations].sort((a, b) => a.to - b.to)) {
    if (step.to <= version || step.to > target) continue;
    current = { ...step.migrate(current), version: step.to };
    version = step.to;
  }
  return { raw: current, from, migrated: version !== from };
}
