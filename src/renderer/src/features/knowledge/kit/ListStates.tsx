import type { ReactNode } from 'react';
import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { InlineError } from '../../../ui/InlineError';
import { toUiError } from '../../../ui/ui-error';

/** A list that failed to load: main's message and a Retry (shared by notes, playbooks, schedules). */
export function ListLoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="lib-list-note">
      <InlineError message={t('library.error.load', { message: toUiError(error, t).message })}>
        <Button size="sm" onClick={onRetry}>
          {t('library.retry')}
        </Button>
      </InlineError>
    </div>
  );
}

/** The empty state of a library section: what it is for, and the button that creates the first one. */
export function ListEmpty({ icon, title, body, action, onAction }: { icon: ReactNode; title: string; body: string; action: string; onAction: () => void }) {
  return (
    <EmptyState icon={icon} title={title}>
      <p>{body}</p>
      <p className="empty-state-action">
        <Button variant="primary" onClick={onAction}>
          {action}
        </Button>
      </p>
    </EmptyState>
  );
}

/** "Load more" under a paged list. */
export function ListLoadMore({ busy, onLoad }: { busy: boolean; onLoad: () => void }) {
  const t = useT();
  return (
    <div className="lib-list-foot">
      <Button size="sm" busy={busy} onClick={onLoad}>
        {t('library.loadMore')}
      </Button>
    </div>
  );
}
