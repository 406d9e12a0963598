import { useState, type ReactNode } from 'react';
import { formatCount, formatUsageAcus, formatUsageDay } from '../../../../shared/usage/format-usage';
import { isoDay } from '../../../../shared/usage/day-boundary';
import { formatDateTime } from '../../../../shared/intl/date-time';
import type { UsagePart } from '../../../../shared/usage/usage-view';
import { useLocale, useT } from '../../i18n/context';
import { Button } from '../../ui/Button';
import { InlineError } from '../../ui/InlineError';
import { Segmented } from '../../ui/Segmented';
import { BillingForbidden } from './ForbiddenState';
import { TopSessionsList } from './TopSessionsList';
import { UsageChartFigure } from './UsageChartFigure';
import { useUsageReport, type UsagePeriodDays } from './useUsageReport';
import './usage.css';

const PERIODS: readonly UsagePeriodDays[] = [7, 30, 90];

/**
 * Usage: ACUs per day for the last 7 / 30 / 90 days split by product, the period's total, PRs
 * created and merged, and the top sessions. A part the key may not read says which permission
 * it needs instead of showing an error.
 */
export function UsageScreen() {
  const t = useT();
  const locale = useLocale();
  const [days, setDays] = useState<UsagePeriodDays>(7);
  const { report, error, loading, refresh } = useUsageReport(days);

  const from = report ? formatUsageDay(isoDay(report.fromSec), locale, { year: true }) : '';
  const to = report ? formatUsageDay(isoDay(report.toSec - 1), locale, { year: true }) : '';
  const time = report ? formatDateTime(report.fetchedAtMs, locale, 'time') : '';

  return (
    <div className="usage-screen" aria-busy={loading || undefined}>
      <div className="usage-toolbar">
        <Segmented
          label={t('ui.usage.period')}
          name="usage-period"
          value={String(days)}
          options={PERIODS.map((d) => ({ value: String(d), label: t('ui.usage.period.days', { days: d }) }))}
          onChange={(v) => setDays(Number(v) as UsagePeriodDays)}
        />
        <Button size="sm" busy={loading && report !== null} onClick={refresh}>
          {t('ui.usage.refresh')}
        </Button>
      </div>
      {error && (
        <InlineError message={t('ui.usage.error', { message: error.message })}>
          <Button size="sm" onClick={refresh}>
            {t('ui.usage.retry')}
          </Button>
        </InlineError>
      )}
      {!report && !error && <p className="field-help" role="status">{t('ui.usage.loading')}</p>}
      {report && (
        <>
          <p className="usage-range">
            {t('ui.usage.range', { from, to })} <span className="usage-updated">{t('ui.usage.updated', { time })}</span>
          </p>
          <section className="usage-cards" aria-label={t('ui.usage.summary')}>
            <Card label={t('ui.usage.total')} part={report.consumption} show={(s) => formatUsageAcus(s.totalAcus, locale)} />
            <Card label={t('ui.usage.prsCreated')} part={report.prs} show={(p) => formatCount(p.created, locale)} />
            <Card label={t('ui.usage.prsMerged')} part={report.prs} show={(p) => formatCount(p.merged, locale)} />
          </section>
          {report.consumption.state === 'forbidden' && <BillingForbidden />}
          {report.consumption.state === 'error' && <InlineError message={t('ui.usage.error', { message: report.consumption.message })} />}
          {report.consumption.state === 'ok' && <UsageChartFigure series={report.consumption.value} from={from} to={to} />}
          {report.topSessions.state === 'ok' && <TopSessionsList top={report.topSessions.value} />}
          {report.topSessions.state === 'error' && <InlineError message={t('ui.usage.error', { message: report.topSessions.message })} />}
        </>
      )}
    </div>
  );
}

/** One headline figure; without its permission it names the permission instead. */
function Card<T>({ label, part, show }: { label: string; part: UsagePart<T>; show: (value: T) => string }) {
  const t = useT();
  let value: ReactNode;
  if (part.state === 'ok') value = <span className="usage-card-value">{show(part.value)}</span>;
  else if (part.state === 'forbidden')
    value = <span className="usage-card-note">{part.permission === 'ViewAccountMetrics' ? t('ui.usage.forbidden.metrics') : t('ui.usage.forbidden.billing')}</span>;
  else value = <span className="usage-card-note">{t('ui.usage.error', { message: part.message })}</span>;
  return (
    <div className="usage-card">
      <span className="usage-card-label">{label}</span>
      {value}
    </div>
  );
}
