import type { MouseEvent } from 'react';
import type { SessionView } from '../../../../../shared/sessions/session-view';
import { useT } from '../../../i18n/context';

/**
 * "Waiting for approval" (`status_detail: waiting_for_approval`) says what to do: the v3 API has
 * no approve call, so the hint links to the session in the Devin web app (opened through main).
 */
export function ApprovalHint({ view, onOpenExternal }: { view: SessionView; onOpenExternal: (url: string) => void }) {
  const t = useT();
  if (view.group !== 'attention' || view.statusDetail !== 'waiting_for_approval') return null;
  const onClick = (e: MouseEvent) => {
    e.preventDefault();
    onOpenExternal(view.url);
  };
  return (
    <div className="approval-hint" role="note" aria-label={t('ui.sessionDetail.approvalTitle')}>
      <p className="approval-hint-title">{t('ui.sessionDetail.approvalTitle')}</p>
      <p className="approval-hint-body">{t('ui.sessionDetail.approvalBody')}</p>
      <a className="approval-hint-link" href={view.url} title={view.url} onClick={onClick}>
        {t('ui.sessionDetail.approvalOpen')}
      </a>
    </div>
  );
}
