import { useId } from 'react';
import { useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { useCheckoutStatus } from './hooks/useCheckoutStatus';
import { PrCheckout } from './parts/PrCheckout';
import './checkout.css';

/**
 * "Local checkout" in a session's detail (#16): each pull request of the session with where it
 * can be checked out locally, or its worktree once it is. Shown only for sessions with a pull
 * request; main finds the local repositories (the one the session was handed off from, recent
 * ones with the same remote) and runs every git operation.
 */
export function CheckoutPanel({ sessionId }: { sessionId: string }) {
  const t = useT();
  const headingId = useId();
  const { status, error, reload, replace, refresh } = useCheckoutStatus(sessionId);
  if (!error && (status === null || status.prs.length === 0)) return null;
  return (
    <section className="co-panel" aria-labelledby={headingId}>
      <h3 className="detail-section-title" id={headingId}>
        {t('ui.checkout.title')}
      </h3>
      {error && (
        <InlineError message={t('ui.checkout.loadFailed', { message: error.message })}>
          <Button size="sm" onClick={reload}>
            {t('ui.checkout.tryAgain')}
          </Button>
        </InlineError>
      )}
      {status && status.prs.length > 0 && (
        <ul className="co-list">
          {status.prs.map((pr) => (
            <PrCheckout key={pr.prUrl} sessionId={sessionId} pr={pr} onView={replace} onReload={reload} onRefresh={refresh} />
          ))}
        </ul>
      )}
    </section>
  );
}
