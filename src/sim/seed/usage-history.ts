import type { SimControl } from '../control/control';
import type { ControlSessionInput } from '../control/types';
import { DAY_MS, SIM_ACUS_PER_WORKING_HOUR, simDayStartMs } from '../store/usage-ledger';
import type { UsageLedger } from '../store/usage-ledger';

/**
 * Past usage for the demo: finished, archived sessions on most of the last `days` days (their
 * ACUs at the sim's working rate, some with pull requests, most of those merged), plus Windsurf
 * (`cascade`) and `terminal` ACUs on weekdays. Deterministic: the same clock gives the same history.
 * Archived, so the session list and the tray look as before; the usage screen shows them.
 */

const TASKS: readonly { title: string; tags: string[]; repo: string }[] = [
  { title: 'Add retry with backoff to the webhook sender', tags: ['reliability'], repo: 'acme/api-gateway' },
  { title: 'Migrate settings page to the new form library', tags: ['frontend'], repo: 'acme/web-dashboard' },
  { title: 'Write unit tests for invoice rounding', tags: ['tests', 'billing'], repo: 'acme/payments-service' },
  { title: 'Upgrade Postgres driver and fix deprecations', tags: ['deps'], repo: 'acme/api-gateway' },
  { title: 'Investigate slow dashboard queries', tags: ['performance'], repo: 'acme/web-dashboard' },
  { title: 'Document the release process', tags: ['docs'], repo: 'acme/handbook' },
  { title: 'Remove unused feature flags', tags: ['cleanup'], repo: 'acme/web-dashboard' },
  { title: 'Fix timezone bug in report exports', tags: ['bug'], repo: 'acme/reports' },
  { title: 'Add OpenAPI examples for the orders API', tags: ['docs', 'api'], repo: 'acme/api-gateway' },
  { title: 'Triage Sentry errors from last night', tags: ['triage'], repo: 'acme/payments-service' },
  { title: 'Speed up CI by caching node_modules', tags: ['ci'], repo: 'acme/web-dashboard' },
  { title: 'Port the CSV importer to streaming', tags: ['performance'], repo: 'acme/reports' },
];

/** mulberry32: small, fast, deterministic. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface UsageHistoryOptions {
  orgId: string;
  /** Days before today to fill (today is left to the live sessions). */
  days: number;
  nowMs: number;
  seed?: number;
}

/** Creates the history; returns how many sessions it made. */
export function seedUsageHistory(control: SimControl, usage: UsageLedger, opts: UsageHistoryOptions): number {
  const random = prng(opts.seed ?? 42);
  const today = simDayStartMs(opts.nowMs);
  let made = 0;
  let pr = 100;
  for (let d = opts.days; d >= 1; d--) {
    const dayMs = today - d * DAY_MS;
    const weekday = new Date(dayMs).getUTCDay() % 6 !== 0;
    const count = weekday ? Math.floor(random() * 4) : Math.floor(random() * 1.6);
    for (let i = 0; i < count; i++) {
      const task = TASKS[Math.floor(random() * TASKS.length)] as (typeof TASKS)[number];
      const startMs = dayMs + Math.floor((1 + random() * 10) * 3_600_000);
      const minutes = 10 + Math.floor(random() * 110);
      const endMs = startMs + minutes * 60_000;
      const acus = Math.round(((SIM_ACUS_PER_WORKING_HOUR * minutes) / 60) * 100) / 100;
      const input: ControlSessionInput = {
        org_id: opts.orgId,
        title: task.title,
        tags: task.tags,
        repos: [task.repo],
        origin: random() < 0.6 ? 'webapp' : 'api',
        status: 'running',
        status_detail: 'finished',
        is_archived: true,
        created_at: Math.floor(startMs / 1000),
        updated_at: Math.floor(endMs / 1000),
        acus_consumed: acus,
      };
      if (random() < 0.5) {
        pr++;
        input.pull_requests = [{ pr_url: `https://github.com/${task.repo}/pull/${pr}`, pr_state: random() < 0.7 ? 'merged' : 'open' }];
      }
      control.createSession(input);
      made++;
    }
    if (weekday) {
      usage.addProductUsage(opts.orgId, 'cascade', Math.round((0.5 + random() * 3.5) * 100) / 100, dayMs + 9 * 3_600_000, dayMs + 17 * 3_600_000);
      if (random() < 0.6) usage.addProductUsage(opts.orgId, 'terminal', Math.round(random() * 100) / 100, dayMs + 10 * 3_600_000, dayMs + 16 * 3_600_000);
    }
  }
  return made;
}
