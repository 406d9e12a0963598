import type { RunCost } from '../../../../../shared/cron/run-cost';
import { useT } from '../../../i18n/context';
import { WarningIcon } from '../../../ui/icons';

/**
 * How many sessions a day the cron starts, since each one bills ACUs (#13): a plain note for a few
 * a day, a warning above hourly, where saving asks first (ScheduleEditor).
 */
export function CostNote({ cost }: { cost: RunCost }) {
  const t = useT();
  if (cost.level === 'none') return null;
  if (cost.level === 'note') return <p className="field-help cron-cost">{t('schedules.cost.note', { runs: cost.runsPerDay })}</p>;
  return (
    <div className="cron-dst cron-cost" role="note" data-testid="schedule-cost-warning">
      <WarningIcon size={14} />
      <p>{t('schedules.cost.warning', { runs: cost.runsPerDay })}</p>
    </div>
  );
}
