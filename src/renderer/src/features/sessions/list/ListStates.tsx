import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { InlineError } from '../../../ui/InlineError';
import { SearchIcon, SessionsIcon } from '../../../ui/icons';
import { PlusIcon } from '../kit/icons';

/** No session at all yet: what the section is for, and a way to start one. */
export function ListEmpty({ onNew }: { onNew: () => void }) {
  const t = useT();
  return (
    <EmptyState icon={<SessionsIcon size={26} />} title={t('ui.sessions.emptyTitle')}>
      <p>{t('ui.sessions.emptyBody')}</p>
      <div className="empty-actions">
        <Button variant="primary" onClick={onNew} title={t('ui.sessions.newSessionHint')}>
          <PlusIcon size={14} />
          {t('ui.sessions.newSession')}
        </Button>
      </div>
    </EmptyState>
  );
}

/** The first list call failed: the section's empty state with the error and a retry. */
export function ListFailed({ message, onRetry }: { message: string; onRetry: () => void }) {
  const t = useT();
  return (
    <EmptyState icon={<SessionsIcon size={26} />} title={t('ui.sessions.emptyTitle')}>
      <InlineError message={t('ui.sessions.loadFailed', { message })}>
        <Button size="sm" onClick={onRetry}>
          {t('ui.sessions.retry')}
        </Button>
      </InlineError>
    </EmptyState>
  );
}

/** Filters hide every session. */
export function NoMatch({ filtering, onClear }: { filtering: boolean; onClear: () => void }) {
  const t = useT();
  return (
    <div className="list-no-match">
      <SearchIcon size={20} />
      <p className="list-no-match-title">{t('ui.sessions.noMatchTitle')}</p>
      {filtering && (
        <>
          <p className="list-no-match-body">{t('ui.sessions.noMatchBody')}</p>
          <Button size="sm" onClick={onClear}>
            {t('ui.sessions.clearFilters')}
          </Button>
        </>
      )}
    </div>
  );
}

/** The detail pane before a session is picked. */
export function DetailPlaceholder() {
  const t = useT();
  return (
    <div className="detail-placeholder">
      <EmptyState icon={<SessionsIcon size={24} />} title={t('ui.sessions.detail.emptyTitle')}>
        <p>{t('ui.sessions.detail.emptyBody')}</p>
      </EmptyState>
    </div>
  );
}
