import type { AccountRecord } from '../../shared/settings';
import type { SettingsStore } from '../settings/settings-store';
import type { AccountSlot, AccountSlotFields } from '../account/account-slot';
import { defaultLabel, uniqueLabel } from './account-label';

/** An account that may not be in the settings file yet (a sign-in in progress). */
export interface DraftAccount {
  id: string;
  /** The label asked for; without one the org's name (or "default") once it is known. */
  label?: string | undefined;
  keyEntry: string;
  /** Fixed API URL (an account added with its own URL); otherwise the settings' URL for new sign-ins. */
  apiBaseUrl?: string;
}

/**
 * The slot of one account in the settings file's `accounts`. A draft account is written there the
 * first time it learns its organization (a sign-in committed, or a restore that found a key), with its
 * label made unique then; before that it lives in memory only, so a failed sign-in leaves no trace.
 */
export function createSettingsSlot(settings: SettingsStore, draft: DraftAccount): AccountSlot {
  const record = (): AccountRecord | undefined => settings.get().accounts.find((a) => a.id === draft.id);
  const draftFields = (): AccountSlotFields => ({
    apiBaseUrl: draft.apiBaseUrl ?? settings.get().apiBaseUrl,
    orgId: null,
    orgName: null,
    keyInKeychain: null,
  });
  return {
    get() {
      const r = record();
      return r ? { apiBaseUrl: r.apiBaseUrl, orgId: r.orgId, orgName: r.orgName, keyInKeychain: r.keyInKeychain } : draftFields();
    },
    update: (patch) =>
      settings.updateWith((current) => {
        const existing = current.accounts.find((a) => a.id === draft.id);
        if (existing) return { accounts: current.accounts.map((a) => (a.id === draft.id ? { ...a, ...patch } : a)) };
        // Nothing to remember for an account that never signed in (a sign-out of a draft).
        if (typeof patch.orgId !== 'string') return {};
        const added: AccountRecord = {
          id: draft.id,
          label: uniqueLabel(draft.label ?? defaultLabel(patch.orgName ?? null), current.accounts.map((a) => a.label)),
          keyEntry: draft.keyEntry,
          ...draftFields(),
          ...patch,
        };
        return {
          accounts: [...current.accounts, added],
          currentAccountId: current.currentAccountId ?? draft.id,
        };
      }),
  };
}
