import { lazy, Suspense, useCallback, useId, useMemo, useRef, useState } from 'react';
import { formatUsageAcus, formatUsageDay } from '../../../../shared/usage/format-usage';
import type { UsageDay, UsageSeries } from '../../../../shared/usage/usage-report';
import { useLocale, useT } from '../../i18n/context';
import { productsShown } from './chart-model';
import { UsageTable } from './UsageTable';
import { useChartColors } from './useChartColors';

// The chart library (uPlot) loads with the first chart, never with the app's first screen.
const AcuChart = lazy(() => import('./AcuChart'));

/**
 * ACUs per day: the stacked bar chart, its legend, a readout of the day under the pointer, and
 * the same figures as a table (always there for screen readers; shown on screen on request).
 */
export function UsageChartFigure({ series, from, to }: { series: UsageSeries; from: string; to: string }) {
  const t = useT();
  const locale = useLocale();
  const titleId = useId();
  const tableId = useId();
  const swatches = useRef<HTMLDivElement>(null);
  const colors = useChartColors(swatches);
  const [showTable, setShowTable] = useState(false);
  const [hover, setHover] = useState<number | null>(null);
  const products = productsShown(series.days);

  const dayLabel = useCallback((d: UsageDay) => formatUsageDay(d.date, locale), [locale]);
  const acusLabel = useCallback((n: number) => formatUsageAcus(n, locale), [locale]);
  const days = useMemo(() => series.days, [series]);
  const hovered = hover === null ? null : (series.days[hover] ?? null);

  return (
    <figure className="usage-figure" aria-labelledby={titleId}>
      <div className="usage-figure-head">
        <h2 id={titleId} className="usage-heading">
          {t('ui.usage.chart.title')}
        </h2>
        <ul className="usage-legend" aria-label={t('ui.usage.chart.legend')}>
          {products.map((p) => (
            <li key={p}>
              <span className={`usage-key usage-key-${p}`} aria-hidden="true" />
              {t(`ui.usage.product.${p}`)}
            </li>
          ))}
        </ul>
        <button type="button" className="btn btn-ghost btn-sm" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)}>
          {showTable ? t('ui.usage.table.hide') : t('ui.usage.table.show')}
        </button>
      </div>
      <div ref={swatches} hidden>
        {(['devin', 'cascade', 'terminal', 'axis', 'grid'] as const).map((s) => (
          <span key={s} data-swatch={s} className={`usage-swatch-${s}`} />
        ))}
      </div>
      <Suspense fallback={<div className="usage-chart-placeholder">{t('ui.usage.chart.loading')}</div>}>
        {colors ? <AcuChart days={days} colors={colors} dayLabel={dayLabel} acusLabel={acusLabel} onHover={setHover} /> : <div className="usage-chart-placeholder" />}
      </Suspense>
      <p className="usage-readout" aria-hidden="true">
        {hovered
          ? `${t('ui.usage.chart.readout', { day: formatUsageDay(hovered.date, locale, { weekday: true }), acus: acusLabel(hovered.acus) })}${products
              .map((p) => ` · ${t(`ui.usage.product.${p}`)} ${acusLabel(hovered.byProduct[p])}`)
              .join('')}`
          : ' '}
      </p>
      <UsageTable id={tableId} series={series} products={products} caption={t('ui.usage.table.caption', { from, to })} visible={showTable} />
    </figure>
  );
}
