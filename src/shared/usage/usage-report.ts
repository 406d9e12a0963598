import { CONSUMPTION_PRODUCTS, type Consumption, type ConsumptionProduct } from '../domain/consumption';
import { DAY_SEC, isoDay, usageDayStart, type UsagePeriod } from './day-boundary';

/** One usage day, every product present (0 when the API said nothing). */
export interface UsageDay {
  /** ISO day, e.g. `2026-01-15`. */
  date: string;
  /** Unix seconds of the day's start (08:00 UTC). */
  startSec: number;
  acus: number;
  byProduct: Record<ConsumptionProduct, number>;
}

export interface UsageSeries {
  totalAcus: number;
  days: UsageDay[];
}

/** Rounds away float noise (the API's figures carry up to 4 decimals). */
export function roundAcus(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/**
 * Every day of the period in order, from what the API answered: days it left out are 0, days it
 * sent twice are added, days outside the period are dropped, a date that is not on the boundary
 * counts for the day holding it. A day without a product split counts as Devin's; a product we
 * do not know is folded into the day's total only. The total is the sum of the days shown, so
 * the chart, its table and the headline always agree.
 */
export function dailySeries(res: Consumption, period: UsagePeriod): UsageSeries {
  const byStart = new Map<number, UsageDay>();
  for (let start = period.fromSec; start < period.toSec; start += DAY_SEC) {
    byStart.set(start, { date: isoDay(start), startSec: start, acus: 0, byProduct: { devin: 0, cascade: 0, terminal: 0 } });
  }
  for (const d of res.consumption_by_date) {
    const day = byStart.get(usageDayStart(d.date));
    if (!day) continue;
    day.acus += d.acus;
    const split = d.acus_by_product;
    if (!split) day.byProduct.devin += d.acus;
    else for (const p of CONSUMPTION_PRODUCTS) day.byProduct[p] += split[p] ?? 0;
  }
  const days = [...byStart.values()].map((d) => ({
    ...d,
    acus: roundAcus(d.acus),
    byProduct: { devin: roundAcus(d.byProduct.devin), cascade: roundAcus(d.byProduct.cascade), terminal: roundAcus(d.byProduct.terminal) },
  }));
  return { totalAcus: roundAcus(days.reduce((s, d) => s + d.acus, 0)), days };
}
