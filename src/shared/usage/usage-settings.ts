import { z } from 'zod';

import { MAX_ACU_SETTING } from './acu-limit';
export { MAX_ACU_SETTING };

const budget = z.number().positive().max(MAX_ACU_SETTING).nullable();

/**
 * Usage settings: budgets the main process checks (null = none) and the composer's default
 * per-session `max_acu_limit` (a whole number of ACUs; null = the org's default).
 */
export const usageSettingsSchema = z.object({
  dailyBudgetAcus: budget.default(null),
  monthlyBudgetAcus: budget.default(null),
  defaultMaxAcuLimit: z.number().int().positive().max(MAX_ACU_SETTING).nullable().default(null),
});
export type UsageSettings = z.infer<typeof usageSettingsSchema>;

export const DEFAULT_USAGE_SETTINGS: UsageSettings = usageSettingsSchema.parse({});

/** What the renderer may change (any subset). */
export const usageSettingsPatchSchema = z
  .object({
    dailyBudgetAcus: budget.optional(),
    monthlyBudgetAcus: budget.optional(),
    defaultMaxAcuLimit: z.number().int().positive().max(MAX_ACU_SETTING).nullable().optional(),
  })
  .strict();
export type UsageSettingsPatch = z.infer<typeof usageSettingsPatchSchema>;
