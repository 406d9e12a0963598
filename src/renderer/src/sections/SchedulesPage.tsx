import { useT } from '../i18n/context';
import { EmptyState } from '../ui/EmptyState';
import { SchedulesIcon } from '../ui/icons';

/** Schedules: the list arrives later; until then, what schedules do. */
export function SchedulesPage() {
  const t = useT();
  return (
    <EmptyState icon={<SchedulesIcon size={26} />} title={t('ui.schedules.emptyTitle')}>
      <p>{t('ui.schedules.emptyBody')}</p>
    </EmptyState>
  );
}
