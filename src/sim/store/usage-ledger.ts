import type { SessionRecord } from '../types';

/**
 * Where the sim's ACUs and pull-request counts come from, so `consumption/*` and `metrics/usage`
 * agree with the sessions the list shows:
 * - a session's ACUs are a ledger of spans (`acus` spread evenly over `[fromMs, toMs]`, a point
 *   when both are equal) whose sum is its `acus_consumed`;
 * - a session accrues {@link SIM_ACUS_PER_WORKING_HOUR} while it is `running`/`working` on the
 *   sim's clock (see usage/advance.ts);
 * - ACUs a session already had when the sim first saw it (control-made sessions, the demo seed)
 *   are spread over its active time (`created_at` … `updated_at`), and a lifecycle step that raises
 *   `acus_consumed` adds the difference at the step's time;
 * - other products (Windsurf's `cascade`, `terminal`) are org-level spans, not tied to sessions;
 * - a pull request counts as created when the sim first sees it and as merged when it first
 *   sees it `merged`, at the session's `updated_at` (the time of the step that changed it).
 */

/** The docs' day boundary: midnight PST = 08:00:00 UTC, all year (no daylight saving). */
export const SIM_DAY_START_UTC_HOUR = 8;
export const DAY_MS = 86_400_000;
/** The sim's rate while a session works: one ACU per 15 minutes of work. */
export const SIM_ACUS_PER_WORKING_HOUR = 4;
/** Products of `acus_by_product` (contract enum `consumption.products`). */
export const SIM_PRODUCTS = ['devin', 'cascade', 'terminal'] as const;
export type SimProduct = (typeof SIM_PRODUCTS)[number];

const OFFSET_MS = SIM_DAY_START_UTC_HOUR * 3_600_000;
/** Below this an ACU difference is float noise. */
const EPSILON = 1e-9;

/** Start (Unix ms) of the sim day holding `ms`. */
export function simDayStartMs(ms: number): number {
  return Math.floor((ms - OFFSET_MS) / DAY_MS) * DAY_MS + OFFSET_MS;
}

interface Span {
  fromMs: number;
  toMs: number;
  acus: number;
  /** Accrual spans grow in place while the session keeps working. */
  accrual: boolean;
}

interface SessionLedger {
  orgId: string;
  spans: Span[];
  total: number;
}

interface ProductSpan extends Span {
  orgId: string;
  product: SimProduct;
}

interface PrRecord {
  orgId: string;
  openedSec: number;
  mergedSec: number | null;
}

/** One day of `consumption_by_date`. */
export interface DayConsumption {
  date: number;
  acus: number;
  acus_by_product: Record<SimProduct, number>;
}

/** `ConsumptionResponse`. */
export interface ConsumptionBody {
  total_acus: number;
  consumption_by_date: DayConsumption[];
}

/** ACU figures as the sim serves them: 4 decimals, no float noise. */
export function roundAcus(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}

/** Adds `acus` of `span` that fall inside [afterMs, beforeMs) to `days` (by day start). */
function addSpanToDays(span: Span, afterMs: number, beforeMs: number, add: (dayMs: number, acus: number) => void): void {
  if (span.toMs <= span.fromMs) {
    if (span.fromMs >= afterMs && span.fromMs < beforeMs) add(simDayStartMs(span.fromMs), span.acus);
    return;
  }
  const from = Math.max(span.fromMs, afterMs);
  const to = Math.min(span.toMs, beforeMs);
  if (to <= from) return;
  const perMs = span.acus / (span.toMs - span.fromMs);
  for (let day = simDayStartMs(from); day < to; day += DAY_MS) {
    const a = Math.max(from, day);
    const b = Math.min(to, day + DAY_MS);
    if (b > a) add(day, perMs * (b - a));
  }
}

export class UsageLedger {
  private readonly sessions = new Map<string, SessionLedger>();
  private readonly products: ProductSpan[] = [];
  private readonly prs = new Map<string, PrRecord>();
  /** How far accrual has run (null before the first advance). */
  accruedToMs: number | null = null;

  clear(): void {
    this.sessions.clear();
    this.products.length = 0;
    this.prs.clear();
    // Accrual restarts from the next advance: a reset must not bill the time before it.
    this.accruedToMs = null;
  }

  /** How many sessions the ledger has seen. */
  sessionCount(): number {
    return this.sessions.size;
  }

  knows(s: SessionRecord): boolean {
    return this.sessions.has(s.session_id);
  }

  /**
   * Brings the ledger in line with the session at `atMs`: a session seen for the first time
   * brings its ACUs spread over its active time; a raise of `acus_consumed` since (a lifecycle
   * step) is recorded at `atMs`. ACUs never go down: a step setting fewer than were accrued
   * leaves the accrued figure. New and newly merged pull requests are stamped too.
   */
  observe(s: SessionRecord, atMs: number): void {
    let ledger = this.sessions.get(s.session_id);
    if (!ledger) {
      ledger = { orgId: s.org_id, spans: [], total: 0 };
      this.sessions.set(s.session_id, ledger);
      if (s.acus_consumed > EPSILON) {
        const toMs = Math.max(s.created_at, Math.min(s.updated_at, Math.floor(atMs / 1000))) * 1000;
        ledger.spans.push({ fromMs: s.created_at * 1000, toMs, acus: s.acus_consumed, accrual: false });
        ledger.total = s.acus_consumed;
      }
    } else {
      const delta = s.acus_consumed - ledger.total;
      if (delta > EPSILON) {
        ledger.spans.push({ fromMs: atMs, toMs: atMs, acus: delta, accrual: false });
        ledger.total = s.acus_consumed;
      } else if (delta < -EPSILON) {
        s.acus_consumed = ledger.total;
      }
    }
    this.observePullRequests(s, atMs);
  }

  private observePullRequests(s: SessionRecord, atMs: number): void {
    const atSec = Math.min(s.updated_at, Math.floor(atMs / 1000));
    for (const pr of s.pull_requests) {
      const key = `${s.session_id} ${pr.pr_url}`;
      let rec = this.prs.get(key);
      if (!rec) {
        rec = { orgId: s.org_id, openedSec: atSec, mergedSec: null };
        this.prs.set(key, rec);
      }
      if (rec.mergedSec === null && pr.pr_state?.toLowerCase() === 'merged') rec.mergedSec = atSec;
    }
  }

  /** A working session's ACUs for [fromMs, toMs), added to `acus_consumed` and the ledger. */
  accrue(s: SessionRecord, fromMs: number, toMs: number): void {
    if (toMs <= fromMs) return;
    this.observe(s, fromMs);
    const ledger = this.sessions.get(s.session_id) as SessionLedger;
    const acus = (SIM_ACUS_PER_WORKING_HOUR * (toMs - fromMs)) / 3_600_000;
    const last = ledger.spans[ledger.spans.length - 1];
    if (last?.accrual && last.toMs === fromMs) {
      last.toMs = toMs;
      last.acus += acus;
    } else {
      ledger.spans.push({ fromMs, toMs, acus, accrual: true });
    }
    ledger.total += acus;
    s.acus_consumed = ledger.total;
  }

  /** Org-level usage of another product (or Devin usage outside any listed session). */
  addProductUsage(orgId: string, product: SimProduct, acus: number, fromMs: number, toMs: number): void {
    this.products.push({ orgId, product, acus, fromMs, toMs: Math.max(fromMs, toMs), accrual: false });
  }

  /** An org's consumption per day in [afterMs, beforeMs): days without any are left out. */
  orgDaily(orgId: string, afterMs: number, beforeMs: number): ConsumptionBody {
    const days = new Map<number, Record<SimProduct, number>>();
    const add = (product: SimProduct) => (dayMs: number, acus: number) => {
      const day = days.get(dayMs) ?? { devin: 0, cascade: 0, terminal: 0 };
      day[product] += acus;
      days.set(dayMs, day);
    };
    for (const ledger of this.sessions.values()) {
      if (ledger.orgId !== orgId) continue;
      for (const span of ledger.spans) addSpanToDays(span, afterMs, beforeMs, add('devin'));
    }
    for (const span of this.products) if (span.orgId === orgId) addSpanToDays(span, afterMs, beforeMs, add(span.product));
    return toBody(days);
  }

  /** One session's consumption per day in [afterMs, beforeMs) (all Devin). */
  sessionDaily(sessionId: string, afterMs: number, beforeMs: number): ConsumptionBody {
    const days = new Map<number, Record<SimProduct, number>>();
    for (const span of this.sessions.get(sessionId)?.spans ?? []) {
      addSpanToDays(span, afterMs, beforeMs, (dayMs, acus) => {
        const day = days.get(dayMs) ?? { devin: 0, cascade: 0, terminal: 0 };
        day.devin += acus;
        days.set(dayMs, day);
      });
    }
    return toBody(days);
  }

  /** Pull requests of an org created and merged in [afterSec, beforeSec). */
  pullRequestCounts(orgId: string, afterSec: number, beforeSec: number): { created: number; merged: number } {
    let created = 0;
    let merged = 0;
    for (const pr of this.prs.values()) {
      if (pr.orgId !== orgId) continue;
      if (pr.openedSec >= afterSec && pr.openedSec < beforeSec) created++;
      if (pr.mergedSec !== null && pr.mergedSec >= afterSec && pr.mergedSec < beforeSec) merged++;
    }
    return { created, merged };
  }
}

/** Days in order, each figure rounded; the total is the sum of the rounded days. */
function toBody(days: Map<number, Record<SimProduct, number>>): ConsumptionBody {
  const consumption_by_date = [...days.entries()]
    .sort(([a], [b]) => a - b)
    .map(([dayMs, p]) => {
      const acus_by_product = { devin: roundAcus(p.devin), cascade: roundAcus(p.cascade), terminal: roundAcus(p.terminal) };
      return { date: dayMs / 1000, acus: roundAcus(acus_by_product.devin + acus_by_product.cascade + acus_by_product.terminal), acus_by_product };
    })
    .filter((d) => d.acus > 0);
  return { total_acus: roundAcus(consumption_by_date.reduce((sum, d) => sum + d.acus, 0)), consumption_by_date };
}
