import { join } from 'node:path';
import type { TrackedAccount } from '../sessions/sessions-service';
import type { SignedInAccount } from './accounts-service';
import { LEGACY_KEY_ENTRY } from './key-entry';

/**
 * Where an account's tracker keeps its state: the first account (the single account of before #16,
 * whose key is in the legacy keychain entry) where it always was, so its history survives the
 * migration; every other account in a folder of its own, so two keys on one org never share a file.
 */
export function accountStateDir(userDataDir: string, account: Pick<SignedInAccount, 'id' | 'keyEntry'>): string {
  return account.keyEntry === LEGACY_KEY_ENTRY ? userDataDir : join(userDataDir, 'accounts', account.id);
}

/** Pure: what the sessions service tracks for each signed-in account (a new key or org means a new tracker). */
export function trackedAccounts(accounts: readonly SignedInAccount[], userDataDir: string): TrackedAccount[] {
  return accounts.map((a) => ({
    // The tracker schedules its own retries (and shows "retrying in N s"), so its client does not retry.
    api: a.api.client.withRetry({ maxRetries: 0 }).sessions,
    orgId: a.api.orgId,
    demo: a.view.demo,
    accountId: a.id,
    label: a.label,
    stateDir: accountStateDir(userDataDir, a),
    key: `${a.id}|${a.view.demo}|${a.view.apiBaseUrl}|${a.api.orgId}|${a.view.principal?.name ?? ''}`,
  }));
}
