import { useT } from '../i18n/context';
import { EmptyState } from '../ui/EmptyState';
import { KnowledgeIcon } from '../ui/icons';

/** Knowledge: the notes list arrives later; until then, what knowledge is. */
export function KnowledgePage() {
  const t = useT();
  return (
    <EmptyState icon={<KnowledgeIcon size={26} />} title={t('ui.knowledge.emptyTitle')}>
      <p>{t('ui.knowledge.emptyBody')}</p>
    </EmptyState>
  );
}
