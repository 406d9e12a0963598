/**
 * Which keychain entry (account name under the "devin-tray" service) holds an account's key.
 * The first account keeps the entry the single-account app always used, so a migrated settings
 * file finds its key where it was; every other account gets an entry named after its id.
 */
export const LEGACY_KEY_ENTRY = 'api-key';

/** Pure: the entry for a new account, given the entries already taken. */
export function keyEntryFor(accountId: string, taken: readonly string[]): string {
  return taken.includes(LEGACY_KEY_ENTRY) ? `${LEGACY_KEY_ENTRY}.${accountId}` : LEGACY_KEY_ENTRY;
}
