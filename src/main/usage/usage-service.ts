import { join } from 'node:path';
import type { SessionsApi } from '../api/sessions';
import type { UsageApi } from '../api/usage';
import { AppError } from '../../shared/errors';
import { translate, type Locale } from '../../shared/i18n';
import { DAY_SEC, isoDay, lastDays, usageMonth } from '../../shared/usage/day-boundary';
import { formatUsageAcus } from '../../shared/usage/format-usage';
import { dailySeries, roundAcus, type UsageSeries } from '../../shared/usage/usage-report';
import { usageSettingsSchema, type UsageSettings, type UsageSettingsPatch } from '../../shared/usage/usage-settings';
import type { SessionUsage, UsageReport, UsageToday } from '../../shared/usage/usage-view';
import { createEmitter } from '../sessions/typed-emitter';
import { checkBudgets, type BudgetAlert, type UsageReading } from './budget-policy';
import { createBudgetMemory, type BudgetMemoryStore } from './budget-memory-file';
import { loadSessionUsage } from './session-usage';
import { loadUsageReport, windowOf } from './usage-report';
import { isForbidden, type DescribeError } from './usage-part';

/** The budget check reads consumption at most this often (the "one call per hour"). */
export const BUDGET_CHECK_INTERVAL_MS = 3_600_000;
/** After a failed check (network, 5xx), the next poll may try again this much later. */
export const BUDGET_RETRY_MS = 5 * 60_000;
/** A report is reused this long unless the user asks for fresh figures. */
export const REPORT_CACHE_MS = 60_000;

/** The signed-in org, as the usage service needs it. */
export interface UsageAccount {
  /** Who/where: a change drops every cached figure. */
  key: string;
  orgId: string;
  usage: UsageApi;
  sessions: Pick<SessionsApi, 'listAll' | 'get'>;
  /** Demo mode: budget memory stays in memory. */
  demo: boolean;
}

/** A budget notification, already localized (the Electron glue shows it). */
export interface UsageAlert extends BudgetAlert {
  id: string;
  title: string;
  body: string;
}

export interface UsageServiceEvents extends Record<string, unknown> {
  today: UsageToday;
  alert: UsageAlert;
}

export interface UsageServiceDeps {
  /** userData: `usage-budgets.json` lives here. */
  stateDir: string;
  getSettings: () => UsageSettings;
  saveSettings: (next: UsageSettings) => Promise<UsageSettings>;
  locale: () => Locale;
  describe: DescribeError;
  /** The tracker's clock (a fake one in tests). */
  now?: () => number;
  /** A session's creation time (Unix s) when the tracked list knows it (saves a GET). */
  knownCreatedAt?: (sessionId: string) => number | null;
  onError?: (err: unknown) => void;
}

export interface UsageService {
  setAccount(account: UsageAccount | null): void;
  /** The usage screen for the last `days` days (cached for a minute unless `fresh`). */
  report(days: number, opts?: { fresh?: boolean }): Promise<UsageReport>;
  sessionUsage(sessionId: string): Promise<SessionUsage>;
  today(): UsageToday;
  /**
   * The session tracker polled successfully: at most once an hour this reads the month's
   * consumption (one request, today included) and checks the budgets.
   */
  polled(): Promise<void>;
  settings(): UsageSettings;
  updateSettings(patch: UsageSettingsPatch): Promise<UsageSettings>;
  on<K extends keyof UsageServiceEvents>(event: K, listener: (payload: UsageServiceEvents[K]) => void): () => void;
  /** Stops checking and waits for a check or a budget-memory write still under way. */
  dispose(): Promise<void>;
}

interface Figures {
  day: string;
  month: string;
  todayAcus: number;
  monthAcus: number | null;
  asOfMs: number;
}

/** Today's and the month's ACUs from days that cover `[fromSec, toSec)` (month only if it starts inside). */
function figuresFrom(series: UsageSeries, fromSec: number, nowMs: number): Figures | null {
  const todayKey = isoDay(Math.floor(nowMs / 1000));
  const today = series.days.find((d) => d.date === todayKey);
  if (!today) return null;
  const month = usageMonth(today.startSec);
  const monthAcus = fromSec <= month.fromSec ? roundAcus(series.days.filter((d) => d.startSec >= month.fromSec).reduce((s, d) => s + d.acus, 0)) : null;
  return { day: todayKey, month: month.key, todayAcus: today.acus, monthAcus, asOfMs: nowMs };
}

export function createUsageService(deps: UsageServiceDeps): UsageService {
  const now = deps.now ?? Date.now;
  const events = createEmitter<UsageServiceEvents>((err) => deps.onError?.(err));
  let account: UsageAccount | null = null;
  let memory: BudgetMemoryStore = createBudgetMemory(null);
  let figures: Figures | null = null;
  let forbidden = false;
  let nextCheckMs = 0;
  let checking: Promise<void> | null = null;
  let disposed = false;
  /** Budget checks under way (each may write usage-budgets.json): dispose waits for them. */
  const inFlight = new Set<Promise<void>>();
  const reports = new Map<number, { key: string; atMs: number; report: Promise<UsageReport> }>();

  const todayView = (): UsageToday => {
    const day = isoDay(Math.floor(now() / 1000));
    const current = figures && figures.day === day ? figures : null;
    return {
      day,
      acus: current ? current.todayAcus : null,
      monthAcus: current ? current.monthAcus : null,
      asOfMs: current ? current.asOfMs : null,
      forbidden: forbidden ? 'ManageBilling' : null,
    };
  };

  const alertOf = (a: BudgetAlert, orgId: string): UsageAlert => {
    const locale = deps.locale();
    const acus = (n: number) => formatUsageAcus(n, locale);
    return {
      ...a,
      id: `budget:${orgId}:${a.scope}:${a.period}:${a.threshold}`,
      title: translate(locale, `usage.alert.${a.scope}.title`, { percent: a.threshold }),
      body: translate(locale, `usage.alert.${a.scope}.body`, { acus: acus(a.acus), budget: acus(a.budget), day: a.period, month: a.period }),
    };
  };

  /** Checks the budgets against the figures we have (no request). */
  const checkBudgetsNow = async (acct: UsageAccount): Promise<void> => {
    if (!figures || account !== acct) return;
    const s = deps.getSettings();
    // No budget, nothing to check or remember (and no file written).
    if (s.dailyBudgetAcus === null && s.monthlyBudgetAcus === null) return;
    const reading: UsageReading = { day: figures.day, month: figures.month, todayAcus: figures.todayAcus, monthAcus: figures.monthAcus };
    const before = await memory.get(acct.orgId);
    const { alerts, memory: after } = checkBudgets({ dailyAcus: s.dailyBudgetAcus, monthlyAcus: s.monthlyBudgetAcus }, reading, before);
    if (account !== acct) return;
    // Only a notification, or forgetting one, needs the file: a new period with nothing notified
    // reads the same from the old record.
    const hadNotified = before.daily.notified.length > 0 || before.monthly.notified.length > 0;
    if ((alerts.length > 0 || hadNotified) && JSON.stringify(after) !== JSON.stringify(before)) await memory.set(acct.orgId, after);
    for (const a of alerts) events.emit('alert', alertOf(a, acct.orgId));
  };
  const checkWith = (acct: UsageAccount): Promise<void> => {
    if (disposed) return Promise.resolve();
    const run = checkBudgetsNow(acct).finally(() => inFlight.delete(run));
    inFlight.add(run);
    return run;
  };

  const takeFigures = async (acct: UsageAccount, next: Figures): Promise<void> => {
    if (account !== acct) return;
    // A report that does not reach back to the month's start keeps the month's figure we had.
    const monthAcus = next.monthAcus ?? (figures && figures.month === next.month ? figures.monthAcus : null);
    figures = { ...next, monthAcus };
    forbidden = false;
    events.emit('today', todayView());
    await checkWith(acct);
  };

  const runCheck = async (acct: UsageAccount): Promise<void> => {
    const nowMs = now();
    const today = lastDays(1, nowMs);
    const month = usageMonth(today.fromSec);
    const period = { days: Math.round((today.toSec - month.fromSec) / DAY_SEC), fromSec: month.fromSec, toSec: today.toSec };
    try {
      const series = dailySeries(await acct.usage.consumptionDaily(windowOf(period)), period);
      nextCheckMs = nowMs + BUDGET_CHECK_INTERVAL_MS;
      const f = figuresFrom(series, period.fromSec, nowMs);
      if (f) await takeFigures(acct, f);
    } catch (err) {
      if (account !== acct) return;
      if (isForbidden(err)) {
        nextCheckMs = nowMs + BUDGET_CHECK_INTERVAL_MS;
        forbidden = true;
        events.emit('today', todayView());
        return;
      }
      nextCheckMs = nowMs + BUDGET_RETRY_MS;
      deps.onError?.(err);
    }
  };

  const current = (): UsageAccount => {
    if (!account) throw new AppError('NOT_SIGNED_IN', 'Sign in to see usage');
    return account;
  };

  return {
    setAccount(next) {
      if (next?.key === account?.key) return;
      account = next;
      figures = null;
      forbidden = false;
      nextCheckMs = 0;
      checking = null;
      reports.clear();
      memory = createBudgetMemory(next && !next.demo ? join(deps.stateDir, 'usage-budgets.json') : null);
      events.emit('today', todayView());
    },

    async report(days, opts = {}) {
      const acct = current();
      const cached = reports.get(days);
      if (!opts.fresh && cached && cached.key === acct.key && now() - cached.atMs < REPORT_CACHE_MS) return cached.report;
      const nowMs = now();
      const report = loadUsageReport({ usage: acct.usage, sessions: acct.sessions, describe: deps.describe, nowMs }, days);
      reports.set(days, { key: acct.key, atMs: nowMs, report });
      report.catch(() => reports.delete(days));
      const r = await report;
      // The screen's figures are fresh: the tray and the budgets use them at no extra cost.
      if (r.consumption.state === 'ok') {
        const f = figuresFrom(r.consumption.value, r.fromSec, nowMs);
        if (f) await takeFigures(acct, f).catch((err: unknown) => deps.onError?.(err));
      }
      return r;
    },

    async sessionUsage(sessionId) {
      const acct = current();
      const createdAtSec = deps.knownCreatedAt?.(sessionId) ?? (await acct.sessions.get(sessionId)).created_at;
      return loadSessionUsage({ usage: acct.usage, describe: deps.describe, nowMs: now() }, { sessionId, createdAtSec });
    },

    today: todayView,

    polled() {
      const acct = account;
      if (disposed || !acct || checking || now() < nextCheckMs) return checking ?? Promise.resolve();
      checking = runCheck(acct).finally(() => {
        checking = null;
      });
      return checking;
    },

    settings: () => deps.getSettings(),

    async updateSettings(patch) {
      const next = usageSettingsSchema.parse({ ...deps.getSettings(), ...patch });
      const saved = await deps.saveSettings(next);
      // A lower budget may already be crossed: say so now, from the figures we have.
      if (account) await checkWith(account).catch((err: unknown) => deps.onError?.(err));
      return saved;
    },

    on: (event, listener) => events.on(event, listener),

    async dispose() {
      disposed = true;
      account = null;
      await Promise.allSettled([checking, ...inFlight]);
    },
  };
}
