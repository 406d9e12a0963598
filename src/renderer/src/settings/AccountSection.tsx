import { useState } from 'react';
import { getBridge } from '../bridge';
import { useT } from '../i18n/context';
import { principalTypeLabel } from '../shell/principal-label';
import { useAccount, useAppStore } from '../store/hooks';
import { Button } from '../ui/Button';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { DemoBadge } from '../ui/DemoBadge';
import { toUiError } from '../ui/ui-error';
import type { AccountView } from '../../../shared/account';
import type { TFunction } from '../i18n/context';
import { SettingsSection } from '../ui/SettingsSection';

function keyStoreLabel(account: AccountView, t: TFunction): string {
  if (account.demo || !account.keyStore) return t('ui.settings.keyStore.demo');
  return t(`ui.settings.keyStore.${account.keyStore}`);
}

/** Who is signed in, where the key lives, and signing out (after a confirmation). */
export function AccountSection() {
  const t = useT();
  const store = useAppStore();
  const account = useAccount();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function signOut() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      store.setAccount(await getBridge().account.signOut());
    } catch (err) {
      setError(toUiError(err, t).message);
      setBusy(false);
    }
  }

  const close = () => {
    setConfirming(false);
    setError(null);
  };

  return (
    <SettingsSection title={<>{t('ui.settings.account')}{account.demo && <DemoBadge />}</>}>
      <div className="settings-card">
        <dl className="facts">
          <div>
            <dt>{t('ui.settings.signedInAs')}</dt>
            <dd>
              {account.principal ? (
                <>
                  <span className="fact-main">{account.principal.name}</span>
                  <span className="fact-sub">{principalTypeLabel(account.principal.type, t)}</span>
                </>
              ) : (
                '—'
              )}
            </dd>
          </div>
          <div>
            <dt>{t('ui.settings.organization')}</dt>
            <dd>
              <span className="fact-main">{account.orgName ?? account.orgId ?? t('ui.topbar.noOrg')}</span>
              {account.orgName && account.orgId && <span className="fact-sub mono">{account.orgId}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('ui.settings.keyStore')}</dt>
            <dd>
              <span className="fact-main">{keyStoreLabel(account, t)}</span>
            </dd>
          </div>
        </dl>
        <div className="card-actions">
          <Button variant="secondary" className="btn-danger-text" onClick={() => setConfirming(true)}>
            {account.demo ? t('ui.settings.leaveDemo') : t('ui.settings.signOut')}
          </Button>
        </div>
      </div>
      {confirming && (
        <ConfirmDialog
          title={account.demo ? t('ui.settings.leaveDemoTitle') : t('ui.settings.signOutTitle')}
          body={account.demo ? t('ui.settings.leaveDemoBody') : t('ui.settings.signOutBody')}
          confirmLabel={account.demo ? t('ui.settings.leaveDemo') : t('ui.settings.signOut')}
          cancelLabel={t('ui.settings.cancel')}
          busy={busy}
          busyLabel={t('ui.settings.signingOut')}
          tone="danger"
          error={error}
          onConfirm={() => void signOut()}
          onCancel={close}
        />
      )}
    </SettingsSection>
  );
}
