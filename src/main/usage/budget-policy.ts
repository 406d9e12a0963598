/**
 * Whether a budget crossing deserves a notification (pure). Each budget (today's, this month's)
 * notifies once at 80% and once at 100%; what was notified is remembered (persisted by the
 * caller), so a restart does not notify again. A new day or month starts afresh, and so does a
 * changed budget (its thresholds are new ones). When one reading passes both thresholds at once,
 * only 100% is said: two pop-ups for one jump are noise.
 */

export const BUDGET_THRESHOLDS = [80, 100] as const;
export type BudgetThreshold = (typeof BUDGET_THRESHOLDS)[number];
export type BudgetScope = 'daily' | 'monthly';

export interface Budgets {
  dailyAcus: number | null;
  monthlyAcus: number | null;
}

/** What was notified for one budget period. */
export interface BudgetPeriodMemory {
  /** `2026-01-15` (daily) or `2026-01` (monthly). */
  period: string;
  /** The budget the thresholds were for. */
  budget: number | null;
  notified: BudgetThreshold[];
}

export interface BudgetMemory {
  daily: BudgetPeriodMemory;
  monthly: BudgetPeriodMemory;
}

export const EMPTY_BUDGET_MEMORY: BudgetMemory = {
  daily: { period: '', budget: null, notified: [] },
  monthly: { period: '', budget: null, notified: [] },
};

/** A reading of usage: today's and this month's ACUs (null when unknown). */
export interface UsageReading {
  day: string;
  month: string;
  todayAcus: number | null;
  monthAcus: number | null;
}

export interface BudgetAlert {
  scope: BudgetScope;
  threshold: BudgetThreshold;
  acus: number;
  budget: number;
  /** The day or month it is about. */
  period: string;
}

function checkOne(
  scope: BudgetScope,
  budget: number | null,
  acus: number | null,
  period: string,
  memory: BudgetPeriodMemory,
): { alert: BudgetAlert | null; memory: BudgetPeriodMemory } {
  const fresh = memory.period !== period || memory.budget !== budget;
  let next: BudgetPeriodMemory = fresh ? { period, budget, notified: [] } : memory;
  if (budget === null || budget <= 0 || acus === null) return { alert: null, memory: next };
  const crossed = BUDGET_THRESHOLDS.filter((t) => acus >= (budget * t) / 100 && !next.notified.includes(t));
  const highest = crossed[crossed.length - 1];
  if (highest === undefined) return { alert: null, memory: next };
  next = { ...next, notified: BUDGET_THRESHOLDS.filter((t) => next.notified.includes(t) || t <= highest) };
  return { alert: { scope, threshold: highest, acus, budget, period }, memory: next };
}

/** The alerts this reading deserves and what to remember afterwards. */
export function checkBudgets(budgets: Budgets, reading: UsageReading, memory: BudgetMemory): { alerts: BudgetAlert[]; memory: BudgetMemory } {
  const daily = checkOne('daily', budgets.dailyAcus, reading.todayAcus, reading.day, memory.daily);
  const monthly = checkOne('monthly', budgets.monthlyAcus, reading.monthAcus, reading.month, memory.monthly);
  return {
    alerts: [daily.alert, monthly.alert].filter((a): a is BudgetAlert => a !== null),
    memory: { daily: daily.memory, monthly: monthly.memory },
  };
}
