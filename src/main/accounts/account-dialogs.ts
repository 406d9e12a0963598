import type { AccountSummary } from '../../shared/accounts';
import { translate } from '../../shared/i18n';
import type { Locale } from '../../shared/i18n';
import type { ConfirmRequest } from '../security/confirm-port';

/** Removing an account: its key leaves the keychain and its sessions leave the list. */
export function accountRemoveDialog(account: Pick<AccountSummary, 'label' | 'orgName' | 'orgId'>, locale: Locale): ConfirmRequest {
  const org = account.orgName ?? account.orgId ?? '—';
  const t = (key: string) => translate(locale, key, { account: account.label, org });
  return {
    kind: 'accountRemove',
    title: t('accounts.confirm.remove.title'),
    message: t('accounts.confirm.remove.message'),
    detail: t('accounts.confirm.remove.detail'),
    confirmLabel: t('accounts.confirm.remove.confirm'),
    cancelLabel: t('security.confirm.cancel'),
  };
}
