import { z } from 'zod';
import { orNull } from './fields';
import { sessionSchema } from './session';

/** Documented answers of `POST …/insights/generate`; others parse too. */
export const INSIGHT_GENERATE_STATUSES = ['started', 'already_exists'] as const;
/** `session_size` values the SDK lists (the contract saw only `xs`; the set stays open). */
export const SESSION_SIZES = ['xs', 's', 'm', 'l', 'xl'] as const;

/**
 * `SessionInsightsResponse`: a session plus message counts, a size class and the AI analysis
 * (null until generated). The analysis' inner shape is only partly documented (contract
 * `unconfirmed`), so it is kept as a plain object here and read field by field in
 * `insight-view.ts`, where anything unexpected is skipped instead of failing the whole answer.
 */
export const sessionInsightsSchema = sessionSchema.extend({
  num_devin_messages: orNull(z.number()).transform((v) => v ?? 0),
  num_user_messages: orNull(z.number()).transform((v) => v ?? 0),
  session_size: orNull(z.string()),
  analysis: orNull(z.record(z.string(), z.unknown())),
});
export type SessionInsights = z.output<typeof sessionInsightsSchema>;

/** `SessionInsightsGenerateResponse`. */
export const insightsGenerateSchema = z.object({
  session_id: z.string(),
  status: z.string(),
});
export type InsightsGenerateResult = z.output<typeof insightsGenerateSchema>;
