import { useT } from '../../../i18n/context';
import { Button } from '../../../ui/Button';
import type { OverallProgress as Overall } from '../model/overall-progress';
import { transferText } from '../model/labels';
import { ProgressBar } from './ProgressBar';

/**
 * The session's downloads at a glance: "2 of 3 files downloaded · 1 failed", the bytes and the
 * combined rate, one bar, and Cancel all while anything runs. The counts are a polite live
 * region (they change a few times); the bytes are not (they change ten times a second).
 */
export function OverallProgress({ overall, cancelling, onCancelAll }: { overall: Overall; cancelling: boolean; onCancelAll: () => void }) {
  const t = useT();
  const counts = [
    t('ui.attachments.overall', { done: overall.done, count: overall.count }),
    overall.failed > 0 ? t('ui.attachments.overallFailed', { failed: overall.failed }) : null,
    overall.cancelled > 0 ? t('ui.attachments.overallCancelled', { cancelled: overall.cancelled }) : null,
    overall.missing > 0 ? t('ui.attachments.overallMissing', { missing: overall.missing }) : null,
  ].filter((s): s is string => s !== null);
  const bytes = transferText(overall.bytes, overall.total, overall.rateBps, t);
  const finished = overall.active === 0;
  const tone = !finished ? 'active' : overall.failed > 0 ? 'failed' : overall.done === overall.count ? 'done' : 'paused';
  return (
    <div className="att-overall">
      <div className="att-overall-line">
        <span className="att-overall-counts" role="status">
          {counts.join(' · ')}
        </span>
        <span className="att-transfer">{bytes}</span>
        {!finished && (
          <Button size="sm" variant="ghost" busy={cancelling} onClick={onCancelAll}>
            {t('ui.attachments.cancelAll')}
          </Button>
        )}
      </div>
      <ProgressBar
        label={t('ui.attachments.overallLabel')}
        value={overall.fraction === null ? null : Math.floor(overall.fraction * 100)}
        valueText={`${counts.join(', ')}; ${bytes}`}
        tone={tone}
        size="md"
      />
    </div>
  );
}
