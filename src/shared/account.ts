/**
 * What the renderer knows about the account. Deliberately has no key field: the key lives in the
 * OS keychain and main-process memory only (architecture §3).
 */
export interface AccountView {
  signedIn: boolean;
  /** Demo mode: an in-process devin-sim with sample data, labelled DEMO everywhere. */
  demo: boolean;
  /**
   * Who the key is. `id` is the principal's service_user_id or user_id from /v3/self (absent for
   * principal types that have none); the sessions list compares it with a session's owner ("Mine").
   */
  principal: { type: string; name: string; id?: string } | null;
  orgId: string | null;
  orgName: string | null;
  /** Where the key lives: the OS keychain, this run's memory only, or the environment (DEVIN_API_KEY). */
  keyStore: 'keychain' | 'memory' | 'env' | null;
  apiBaseUrl: string;
  /** The API URL comes from the DEVIN_API_URL environment variable, whatever the settings say. */
  apiBaseUrlFromEnv: boolean;
  /**
   * The Devin web app's origin for links ("where do I find my key"), derived by main from the API
   * origin (api.devin.ai → app.devin.ai, dedicated enterprise hosts, the sim); never a setting.
   */
  appBaseUrl: string;
  /** Enterprise keys must pick an organization after sign-in. */
  needsOrg: boolean;
  /**
   * The OS keychain failed in this run (no Secret Service, no D-Bus, locked): a key signed in now is
   * kept in memory only, and the onboarding says so. Absent or false when it works or was not tried.
   */
  keychainUnavailable?: boolean;
}

export interface OrgChoice {
  orgId: string;
  name: string;
}

export type SignInResult =
  | { status: 'signedIn'; account: AccountView }
  | { status: 'chooseOrg'; orgs: OrgChoice[]; account: AccountView };

export const SIGNED_OUT: AccountView = {
  signedIn: false,
  demo: false,
  principal: null,
  orgId: null,
  orgName: null,
  keyStore: null,
  apiBaseUrl: 'https://api.devin.ai',
  apiBaseUrlFromEnv: false,
  appBaseUrl: 'https://app.devin.ai',
  needsOrg: false,
};
