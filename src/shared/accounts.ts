import type { AccountView } from './account';

/** One account as the renderer and the CLI see it (#16). Never holds the key. */
export interface AccountSummary {
  /** Stable; never derived from the label. */
  id: string;
  label: string;
  apiBaseUrl: string;
  orgId: string | null;
  orgName: string | null;
  signedIn: boolean;
  demo: boolean;
  keyStore: AccountView['keyStore'];
  /** The account handoff, the library and the composer act in. */
  current: boolean;
}

/** Every account, in the order they were added (the sessions list names a shared session after the first). */
export interface AccountsView {
  accounts: AccountSummary[];
  currentAccountId: string | null;
}

export const NO_ACCOUNTS: AccountsView = { accounts: [], currentAccountId: null };

/** What "Add account" sends; a label already used signs that account in again with the new key. */
export interface AddAccountRequest {
  label: string;
  key: string;
  /** An enterprise key's organization (required when the key sees more than one). */
  orgId?: string | undefined;
  /** Defaults to the API URL in settings. */
  apiBaseUrl?: string | undefined;
}
