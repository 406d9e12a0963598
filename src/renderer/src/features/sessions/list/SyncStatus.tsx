import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import type { TrackerStatus } from '../../../../../shared/sessions/tracker-status';
import { useNow } from '../hooks/useNow';
import { RefreshIcon } from '../kit/icons';
import { syncLine } from '../model/sync-line';

export interface SyncStatusProps {
  status: TrackerStatus | null;
  refreshing: boolean;
  onRefresh: () => void;
}

/**
 * The list header's "Synced 12 s ago" line with the Refresh button (`R`). Ticks every second
 * (only this line re-renders); while syncing fails it says why, and goes back once it recovers.
 * Not a live region: the banner above announces failures, a ticking clock would be noise.
 */
export function SyncStatus({ status, refreshing, onRefresh }: SyncStatusProps) {
  const t = useT();
  const now = useNow(1000);
  const line = syncLine(status, now, refreshing);
  return (
    <div className="sessions-sync">
      <span className={`sessions-sync-text is-${line?.tone ?? 'ok'}`} data-testid="sync-line">
        {line ? t(line.key, line.params) : ''}
      </span>
      <Button variant="ghost" size="sm" className="sessions-refresh" busy={refreshing} onClick={onRefresh} title={t('ui.sessions.refreshHint')} aria-keyshortcuts="r">
        {!refreshing && <RefreshIcon size={13} />}
        {t('ui.sessions.refresh')}
      </Button>
    </div>
  );
}
