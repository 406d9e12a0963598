import { z } from 'zod';
import { unixSeconds } from './fields';

/** Products of `acus_by_product` (contract enum `consumption.products`): Devin, Windsurf (cascade), terminal. */
export const CONSUMPTION_PRODUCTS = ['devin', 'cascade', 'terminal'] as const;
export type ConsumptionProduct = (typeof CONSUMPTION_PRODUCTS)[number];

/** A number that may be missing or null (read as 0); a product without data "defaults to 0.0". */
const acus = z
  .number()
  .nullish()
  .transform((v) => (v === null || v === undefined || !Number.isFinite(v) ? 0 : v));

/**
 * One day of `ConsumptionResponse.consumption_by_date`. `date` is the day's start (Unix seconds;
 * ms and ISO strings are read too). `acus_by_product` is absent in older examples: then it is
 * null and the day's ACUs count as Devin's. Products we do not know yet are kept by name.
 */
export const consumptionDaySchema = z.object({
  date: unixSeconds,
  acus,
  acus_by_product: z
    .record(z.string(), z.number().nullable())
    .nullish()
    .transform((v) => (v ? Object.fromEntries(Object.entries(v).map(([k, n]) => [k, n ?? 0])) : null)),
});
export type ConsumptionDay = z.output<typeof consumptionDaySchema>;

/** `ConsumptionResponse` (`consumption/daily`, `consumption/daily/sessions/{id}`). */
export const consumptionSchema = z.object({
  total_acus: acus,
  consumption_by_date: z
    .array(consumptionDaySchema)
    .nullish()
    .transform((v) => v ?? []),
});
export type Consumption = z.output<typeof consumptionSchema>;

const count = z
  .number()
  .int()
  .nullish()
  .transform((v) => v ?? 0);

/** `UsageMetrics` (`metrics/usage`); the docs' excerpt ends after `searches_count`, so more fields may come (dropped). */
export const usageMetricsSchema = z.object({
  prs_created_count: count,
  prs_merged_count: count,
  searches_count: count,
});
export type UsageMetrics = z.output<typeof usageMetricsSchema>;

/** `time_after` (inclusive) / `time_before` (exclusive), Unix seconds. */
export interface TimeWindow {
  time_after?: number;
  time_before?: number;
}
