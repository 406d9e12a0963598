import { useT } from '../i18n/context';
import { EmptyState } from '../ui/EmptyState';
import { SessionsIcon } from '../ui/icons';

/** Sessions: the live list arrives with the sessions tracker; until then, what the section is for. */
export function SessionsPage() {
  const t = useT();
  return (
    <EmptyState icon={<SessionsIcon size={26} />} title={t('ui.sessions.emptyTitle')}>
      <p>{t('ui.sessions.emptyBody')}</p>
    </EmptyState>
  );
}
