import { describe, expect, it } from 'vitest';
import { checkBudgets, EMPTY_BUDGET_MEMORY, type BudgetMemory, type Budgets, type UsageReading } from './budget-policy';

const reading = (todayAcus: number | null, monthAcus: number | null, day = '2026-01-15'): UsageReading => ({ day, month: day.slice(0, 7), todayAcus, monthAcus });
const daily: Budgets = { dailyAcus: 10, monthlyAcus: null };

/** Runs readings in order; returns each step's alerts as `scope:threshold`. */
function run(budgets: Budgets, readings: UsageReading[], memory: BudgetMemory = EMPTY_BUDGET_MEMORY): { said: string[][]; memory: BudgetMemory } {
  const said: string[][] = [];
  let m = memory;
  for (const r of readings) {
    const out = checkBudgets(budgets, r, m);
    said.push(out.alerts.map((a) => `${a.scope}:${a.threshold}`));
    m = out.memory;
  }
  return { said, memory: m };
}

describe('checkBudgets', () => {
  it.each([
    ['below 80%', [7.9], [[]]],
    ['80% exactly, then more, then 100%, then more', [8, 9, 10, 12], [['daily:80'], [], ['daily:100'], []]],
    ['one jump past both says 100% only, once', [3, 11, 15], [[], ['daily:100'], []]],
    ['unknown usage says nothing', [null], [[]]],
  ])('%s', (_name, today, expected) => {
    expect(run(daily, today.map((a) => reading(a, null))).said).toEqual(expected);
  });

  it('a new day starts afresh', () => {
    const { said } = run(daily, [reading(8, null, '2026-01-15'), reading(9, null, '2026-01-15'), reading(8.5, null, '2026-01-16')]);
    expect(said).toEqual([['daily:80'], [], ['daily:80']]);
  });

  it('the monthly budget runs on its own, and a new month resets it', () => {
    const budgets = { dailyAcus: null, monthlyAcus: 100 };
    const { said } = run(budgets, [reading(5, 79, '2026-01-30'), reading(5, 85, '2026-01-31'), reading(5, 101, '2026-01-31'), reading(90, 90, '2026-02-01')]);
    expect(said).toEqual([[], ['monthly:80'], ['monthly:100'], ['monthly:80']]);
  });

  it('both budgets can speak in one reading', () => {
    const { said } = run({ dailyAcus: 10, monthlyAcus: 50 }, [reading(10, 45)]);
    expect(said).toEqual([['daily:100', 'monthly:80']]);
  });

  it('remembering across a restart: the persisted memory suppresses a second alert', () => {
    const first = run(daily, [reading(8.2, null)]);
    const afterRestart = run(daily, [reading(8.4, null)], JSON.parse(JSON.stringify(first.memory)) as BudgetMemory);
    expect(afterRestart.said).toEqual([[]]);
  });

  it('a changed budget re-arms its thresholds; no budget says nothing', () => {
    const { memory } = run(daily, [reading(9, null)]);
    expect(run({ dailyAcus: 11, monthlyAcus: null }, [reading(9, null)], memory).said).toEqual([['daily:80']]);
    expect(run({ dailyAcus: null, monthlyAcus: null }, [reading(500, 500)]).said).toEqual([[]]);
  });
});
