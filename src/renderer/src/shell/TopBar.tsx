import { useT } from '../i18n/context';
import { useAccount } from '../store/hooks';
import { DemoBadge } from '../ui/DemoBadge';
import { OrgIcon } from '../ui/icons';
import { principalTypeLabel } from './principal-label';
import { AccountSwitch } from '../features/accounts/AccountSwitch';

/** The section title, and who / which organization the app is acting as (plus DEMO). */
export function TopBar({ title }: { title: string }) {
  const t = useT();
  const account = useAccount();
  const org = account.orgName ?? account.orgId ?? t('ui.topbar.noOrg');
  return (
    <header className="topbar">
      <h1 className="topbar-title">{title}</h1>
      <div className="topbar-account" role="group" aria-label={t('ui.topbar.account')}>
        {account.demo && <DemoBadge />}
        <AccountSwitch />
        <span className="topbar-org" title={account.orgId ?? undefined}>
          <OrgIcon size={14} />
          <span className="truncate">{org}</span>
        </span>
        {account.principal && (
          <>
            <span className="topbar-sep" aria-hidden="true" />
            <span
              className="topbar-principal truncate"
              title={principalTypeLabel(account.principal.type, t)}
            >
              {account.principal.name}
            </span>
          </>
        )}
      </div>
    </header>
  );
}
