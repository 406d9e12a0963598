import { useState } from 'react';
import { getBridge } from '../../bridge';
import { useT } from '../../i18n/context';
import { useAppStore } from '../../store/hooks';
import { signedInAccounts, useAccounts } from './useAccounts';

/**
 * The top bar's account switch (#16): which account handoff, the library and the composer act in.
 * Shown only when two or more accounts are signed in; the sessions list shows all of them anyway.
 */
export function AccountSwitch() {
  const t = useT();
  const store = useAppStore();
  const view = useAccounts();
  const [busy, setBusy] = useState(false);
  const choices = signedInAccounts(view);
  if (choices.length < 2) return null;
  const switchTo = async (id: string) => {
    setBusy(true);
    try {
      await getBridge().accounts.setCurrent({ id });
      store.setAccount(await getBridge().account.status());
    } finally {
      setBusy(false);
    }
  };
  return (
    <select
      className="sessions-select topbar-account-switch"
      aria-label={t('accounts.switch.label')}
      value={view.currentAccountId ?? ''}
      disabled={busy}
      onChange={(e) => void switchTo(e.target.value).catch(() => undefined)}
    >
      {choices.map((a) => (
        <option key={a.id} value={a.id}>
          {a.label}
        </option>
      ))}
    </select>
  );
}
