import type { ConsumptionProduct } from '../../../../shared/domain/consumption';
import { formatUsageAcus, formatUsageDay } from '../../../../shared/usage/format-usage';
import type { UsageSeries } from '../../../../shared/usage/usage-report';
import { useLocale, useT } from '../../i18n/context';

export interface UsageTableProps {
  id: string;
  series: UsageSeries;
  products: readonly ConsumptionProduct[];
  caption: string;
  /** Shown on screen; otherwise it is there for screen readers only. */
  visible: boolean;
}

/** The chart's figures as a table: one row per day, a column per product, the total. */
export function UsageTable({ id, series, products, caption, visible }: UsageTableProps) {
  const t = useT();
  const locale = useLocale();
  const acus = (n: number) => formatUsageAcus(n, locale);
  const sum = (p: ConsumptionProduct) => series.days.reduce((s, d) => s + d.byProduct[p], 0);
  return (
    <div id={id} className={visible ? 'usage-table-wrap' : 'visually-hidden'}>
      <table className="usage-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ui.usage.table.day')}</th>
            {products.map((p) => (
              <th key={p} scope="col">
                {t(`ui.usage.product.${p}`)}
              </th>
            ))}
            <th scope="col">{t('ui.usage.table.total')}</th>
          </tr>
        </thead>
        <tbody>
          {series.days.map((d) => (
            <tr key={d.date}>
              <th scope="row">
                <time dateTime={d.date}>{formatUsageDay(d.date, locale, { weekday: true })}</time>
              </th>
              {products.map((p) => (
                <td key={p}>{acus(d.byProduct[p])}</td>
              ))}
              <td>{acus(d.acus)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('ui.usage.table.sum')}</th>
            {products.map((p) => (
              <td key={p}>{acus(sum(p))}</td>
            ))}
            <td>{acus(series.totalAcus)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
