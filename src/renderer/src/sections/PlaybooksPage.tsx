import { useT } from '../i18n/context';
import { EmptyState } from '../ui/EmptyState';
import { PlaybooksIcon } from '../ui/icons';

/** Playbooks: the list arrives later; until then, what playbooks are for. */
export function PlaybooksPage() {
  const t = useT();
  return (
    <EmptyState icon={<PlaybooksIcon size={26} />} title={t('ui.playbooks.emptyTitle')}>
      <p>{t('ui.playbooks.emptyBody')}</p>
    </EmptyState>
  );
}
