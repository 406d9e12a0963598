import type { AccountView } from '../../shared/account';
import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n';
import { apiUrlChangeDialog } from '../security/confirm-dialogs';
import type { ConfirmPort } from '../security/confirm-port';
import type { SettingsStore } from '../settings/settings-store';
import type { AccountService } from './account-service';
import { originOf } from './bound-key';

export interface ApiUrlChangeDeps {
  settings: Pick<SettingsStore, 'update'>;
  account: Pick<AccountService, 'view' | 'signOut'>;
  /** Main's own dialog: the page cannot answer it (security/confirm-port.ts). */
  confirm: ConfirmPort;
  locale: () => Locale;
}

/**
 * Pure: would saving an API URL at `nextOrigin` move the signed-in key away from the origin it
 * was checked at? Not in the demo (its key is the sim's), nor while DEVIN_API_URL decides the host.
 */
export function keyAtStake(view: Pick<AccountView, 'signedIn' | 'demo' | 'apiBaseUrl' | 'apiBaseUrlFromEnv'>, nextOrigin: string): boolean {
  return view.signedIn && !view.demo && !view.apiBaseUrlFromEnv && originOf(view.apiBaseUrl) !== nextOrigin;
}

/**
 * Saves a (validated) API URL. While signed in with a key checked at another origin, main asks
 * in its own dialog first; yes saves and signs out (the stored key is removed), so the user is asked
 * for a key at the new origin. No: CANCELLED, nothing changes.
 * Even without this, a stored key only ever goes to the origin it is bound to (key-for-origin.ts).
 */
export async function saveApiBaseUrl(deps: ApiUrlChangeDeps, next: string): Promise<void> {
  const view = deps.account.view();
  if (keyAtStake(view, originOf(next))) {
    const yes = await deps.confirm(apiUrlChangeDialog(originOf(view.apiBaseUrl), originOf(next), deps.locale()));
    if (!yes) throw new AppError('CANCELLED', 'The API URL was not changed');
    // Saved first, so the signed-out view names the new origin. Should removing the key fail, the
    // key is still bound to its old origin and goes nowhere else.
    await deps.settings.update({ apiBaseUrl: next });
    await deps.account.signOut();
    return;
  }
  await deps.settings.update({ apiBaseUrl: next });
}
