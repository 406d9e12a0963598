import { useT } from '../i18n/context';
import { EmptyState } from '../ui/EmptyState';
import { HandoffIcon } from '../ui/icons';

/** Handoff: packing local work for Devin arrives with the handoff service; until then, what it does. */
export function HandoffPage() {
  const t = useT();
  return (
    <EmptyState icon={<HandoffIcon size={26} />} title={t('ui.handoff.emptyTitle')}>
      <p>{t('ui.handoff.emptyBody')}</p>
    </EmptyState>
  );
}
