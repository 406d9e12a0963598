import type { LocalTimeDrift } from '../../../../../shared/cron/local-time-drift';
import { formatDay } from '../../../../../shared/cron/format-run';
import { useLocale, useT } from '../../../i18n/context';
import { WarningIcon } from '../../../ui/icons';
import { periodTime } from './cron-text';

/**
 * Says when daylight saving time will move a UTC schedule's local start time, with each
 * stretch of the coming year and the local time it runs at.
 */
export function DstWarning({ drift, timeZone }: { drift: LocalTimeDrift; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  if (!drift.drifts) return null;
  return (
    <div className="cron-dst" role="note" aria-label={t('cron.dst.title')}>
      <WarningIcon size={14} />
      <div>
        <p className="cron-dst-title">{t('cron.dst.title')}</p>
        <p>{t('cron.dst.body', { zone: timeZone })}</p>
        <ul>
          {drift.periods.map((p) => (
            <li key={p.from.getTime()}>{t('cron.dst.period', { date: formatDay(p.from, timeZone, locale), time: periodTime(p, t, locale) })}</li>
          ))}
        </ul>
        <p className="field-help">{t('cron.dst.advice')}</p>
      </div>
    </div>
  );
}
