/** What one account remembers between runs (its settings record, #16); the key is not here. */
export interface AccountSlotFields {
  /** Where the account's key is checked and sent (DEVIN_API_URL overrides it). */
  apiBaseUrl: string;
  orgId: string | null;
  orgName: string | null;
  /** Whether the last sign-in put the key in the OS keychain; null when not recorded. */
  keyInKeychain: boolean | null;
}

/**
 * Where an account service reads and writes what it remembers: one record of the settings
 * file's `accounts` (accounts/settings-slot.ts), or memory for an account that is not kept
 * (DEVIN_API_KEY, tests).
 */
export interface AccountSlot {
  get(): AccountSlotFields;
  update(patch: Partial<AccountSlotFields>): Promise<unknown>;
}

/** A slot in this process only. */
export function createMemorySlot(initial: Partial<AccountSlotFields> = {}): AccountSlot {
  let fields: AccountSlotFields = { apiBaseUrl: 'https://api.devin.ai', orgId: null, orgName: null, keyInKeychain: null, ...initial };
  return {
    get: () => fields,
    async update(patch) {
      fields = { ...fields, ...patch };
    },
  };
}
