import type { SessionView } from '../../../../../shared/sessions/session-view';
import { useT } from '../../../i18n/context';
import { isLive, stateKeyOf, toneOf } from '../model/status-words';

/**
 * The session's state in words ("Waiting for you" / "等待你的回复"), coloured by its group; a
 * pulsing dot while Devin is working.
 */
export function StatusBadge({ view, size = 'md' }: { view: Pick<SessionView, 'status' | 'statusDetail' | 'group'>; size?: 'sm' | 'md' }) {
  const t = useT();
  return (
    <span className={`status-badge status-${toneOf(view.group)} status-badge-${size}`}>
      <span className={isLive(view) ? 'status-dot status-dot-live' : 'status-dot'} aria-hidden="true" />
      {t(stateKeyOf(view))}
    </span>
  );
}
