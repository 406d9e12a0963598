import { formatRun } from '../../../../../shared/cron/format-run';
import { useLocale, useT } from '../../../i18n/context';

/** The next runs, each in the user's zone and in UTC (the API's clock). */
export function NextRuns({ runs, timeZone }: { runs: readonly Date[]; timeZone: string }) {
  const t = useT();
  const locale = useLocale();
  if (runs.length === 0) return <p className="field-help">{t('cron.nextRuns.none')}</p>;
  return (
    <table className="cron-runs">
      <caption className="cron-runs-caption">{t('cron.nextRuns.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('cron.nextRuns.local', { zone: timeZone })}</th>
          <th scope="col">{t('cron.nextRuns.utc')}</th>
        </tr>
      </thead>
      <tbody>
        {runs.map((run) => (
          <tr key={run.getTime()} data-instant={run.toISOString()}>
            <td>{formatRun(run, timeZone, locale)}</td>
            <td className="cron-runs-utc">{formatRun(run, 'UTC', locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
