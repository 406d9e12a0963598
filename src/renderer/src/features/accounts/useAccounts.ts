import { useEffect, useState } from 'react';
import type { AccountsView } from '../../../../shared/accounts';
import { NO_ACCOUNTS } from '../../../../shared/accounts';
import { getBridge } from '../../bridge';

/** Main's accounts (#16): `accounts:list`, then `accounts:changed` pushes. Empty until known. */
export function useAccounts(): AccountsView {
  const [view, setView] = useState<AccountsView>(NO_ACCOUNTS);
  useEffect(() => {
    const bridge = getBridge();
    let live = true;
    let pushed = false;
    const off = bridge.on('accounts:changed', (v) => {
      pushed = true;
      setView(v);
    });
    bridge.accounts
      .list()
      .then((v) => {
        if (live && !pushed) setView(v);
      })
      .catch(() => undefined);
    return () => {
      live = false;
      off();
    };
  }, []);
  return view;
}

/** Pure: the accounts a person can switch between or filter by (signed in); the list names them only when there are two or more. */
export function signedInAccounts(view: AccountsView): AccountsView['accounts'] {
  return view.accounts.filter((a) => a.signedIn);
}
