import { useT } from '../../i18n/context';
import { EmptyState } from '../../ui/EmptyState';
import { UsageIcon } from '../../ui/icons';

/** What a key without ManageBilling sees instead of ACU figures: the permission, by name, and what to do. */
export function BillingForbidden() {
  const t = useT();
  return (
    <div className="usage-forbidden" data-testid="usage-forbidden">
      <EmptyState icon={<UsageIcon size={24} />} title={t('ui.usage.forbidden.billing.title')}>
        <p>{t('ui.usage.forbidden.billing.body')}</p>
      </EmptyState>
    </div>
  );
}
