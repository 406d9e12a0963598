import type { AccountsView } from '../../../../shared/accounts';
import { NO_ACCOUNTS } from '../../../../shared/accounts';
import { useMainValue } from '../../useMainValue';

/** Main's accounts (#16): `accounts:list`, then `accounts:changed` pushes. Empty until known. */
export function useAccounts(): AccountsView {
  return useMainValue('accounts:changed', (bridge) => bridge.accounts.list(), NO_ACCOUNTS)[0];
}

/** Pure: the accounts a person can switch between or filter by (signed in); the list names them only when there are two or more. */
export function signedInAccounts(view: AccountsView): AccountsView['accounts'] {
  return view.accounts.filter((a) => a.signedIn);
}
