import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from '../settings/atomic-write';
import { BUDGET_THRESHOLDS, EMPTY_BUDGET_MEMORY, type BudgetMemory, type BudgetPeriodMemory } from './budget-policy';

/** Organizations whose budget notifications are remembered (an enterprise key may visit many). */
const MAX_ORGS = 20;

export interface BudgetMemoryStore {
  get(orgId: string): Promise<BudgetMemory>;
  set(orgId: string, memory: BudgetMemory): Promise<void>;
}

function periodOf(raw: unknown): BudgetPeriodMemory {
  const r = (raw ?? {}) as Partial<BudgetPeriodMemory>;
  return {
    period: typeof r.period === 'string' ? r.period : '',
    budget: typeof r.budget === 'number' && Number.isFinite(r.budget) ? r.budget : null,
    notified: Array.isArray(r.notified) ? BUDGET_THRESHOLDS.filter((t) => (r.notified as unknown[]).includes(t)) : [],
  };
}

/** The well-formed part of a parsed file (a damaged one only means a notification may repeat). */
export function parseBudgetMemory(raw: unknown): Record<string, BudgetMemory> {
  const byOrg = (raw as { byOrg?: unknown } | null)?.byOrg;
  const out: Record<string, BudgetMemory> = {};
  if (!byOrg || typeof byOrg !== 'object') return out;
  for (const [org, v] of Object.entries(byOrg as Record<string, { daily?: unknown; monthly?: unknown }>)) {
    if (org !== '' && v && typeof v === 'object') out[org] = { daily: periodOf(v.daily), monthly: periodOf(v.monthly) };
  }
  return out;
}

/**
 * Which budget thresholds were notified, per organization, in `usage-budgets.json` beside the
 * settings (atomic writes, one at a time), so a restart does not notify again. `file: null` keeps
 * it in memory (demo mode).
 */
export function createBudgetMemory(file: string | null): BudgetMemoryStore {
  let inMemory: Record<string, BudgetMemory> = {};
  let queue: Promise<unknown> = Promise.resolve();
  const read = async (): Promise<Record<string, BudgetMemory>> => {
    if (!file) return inMemory;
    try {
      return parseBudgetMemory(JSON.parse(await readFile(file, 'utf8')));
    } catch {
      return {};
    }
  };
  return {
    get: (orgId) => queue.then(read).then((all) => all[orgId] ?? EMPTY_BUDGET_MEMORY),
    set(orgId, memory) {
      const next = queue.then(async () => {
        const all = await read();
        delete all[orgId];
        const kept = Object.fromEntries([...Object.entries(all), [orgId, memory] as const].slice(-MAX_ORGS));
        if (!file) {
          inMemory = kept;
          return;
        }
        await mkdir(dirname(file), { recursive: true });
        await writeFileAtomic(file, `${JSON.stringify({ version: 1, byOrg: kept }, null, 2)}\n`);
      });
      queue = next.catch(() => undefined);
      return next;
    },
  };
}
