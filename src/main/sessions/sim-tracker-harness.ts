import { startSim, SIM_KEYS, SIM_ORG, type SimHandle } from '../../sim/server';
import type { AppNotification } from '../../shared/sessions/notification-policy';
import { DEFAULT_NOTIFICATION_SETTINGS, type NotificationSettings } from '../../shared/sessions/notification-settings';
import type { SessionView } from '../../shared/sessions/session-view';
import type { TrackerStatus } from '../../shared/sessions/tracker-status';
import type { Locale } from '../../shared/i18n';
import { createDevinClient, type DevinClient } from '../api/client';
import { FakeClock } from './fake-clock';
import { SessionTracker, type MessagesEvent, type TransitionEvent } from './session-tracker';
import type { TrackerOptions } from './tracker-options';
import type { SessionSource } from './session-source';

/** Everything a tracker raised, in order. */
export interface TrackerRecord {
  notifications: AppNotification[];
  transitions: TransitionEvent[];
  statuses: TrackerStatus[];
  changes: SessionView[][];
  messages: MessagesEvent[];
  authLost: number;
  errors: unknown[];
}

export interface SimTrackerHarness {
  clock: FakeClock;
  sim: SimHandle;
  client: DevinClient;
  tracker: SessionTracker;
  record: TrackerRecord;
  settings: NotificationSettings;
  /** A second tracker on the same sim and clock (a restart), with its own record. */
  restart(): Promise<{ tracker: SessionTracker; record: TrackerRecord }>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  startMs?: number;
  /** null: no state file. */
  stateDir?: string | null;
  settings?: Partial<NotificationSettings>;
  locale?: Locale;
  options?: Partial<TrackerOptions>;
  apiKey?: string;
  /** Reuse a running sim + clock (for restart scenarios built by hand). */
  sim?: SimHandle;
  clock?: FakeClock;
  /** List from this source instead of the client's org routes (the enterprise scope). */
  source?: (client: DevinClient) => SessionSource;
  /** The tracker's state id (default: the org's). */
  stateId?: string;
}

/**
 * A tracker wired to devin-sim over real HTTP, both driven by one fake clock: the support code
 * for the tracker's tests and the polling benchmark. The client has retries off (the tracker
 * owns backoff) and `random` is fixed for reproducible backoff.
 */
export async function startSimTracker(opts: HarnessOptions = {}): Promise<SimTrackerHarness> {
  const clock = opts.clock ?? new FakeClock(opts.startMs ?? Date.UTC(2026, 0, 15, 9, 0, 0));
  const sim = opts.sim ?? (await startSim({ now: clock.now }));
  const settings: NotificationSettings = { ...DEFAULT_NOTIFICATION_SETTINGS, scope: 'all', ...opts.settings };
  const client = createDevinClient({
    baseUrl: sim.baseUrl,
    apiKey: opts.apiKey ?? SIM_KEYS.org,
    orgId: SIM_ORG.org_id,
    retry: { maxRetries: 0 },
    now: clock.now,
  });
  const build = () => {
    const record: TrackerRecord = { notifications: [], transitions: [], statuses: [], changes: [], messages: [], authLost: 0, errors: [] };
    const tracker = new SessionTracker({
      api: client.sessions,
      ...(opts.source ? { source: opts.source(client) } : {}),
      orgId: opts.stateId ?? SIM_ORG.org_id,
      stateDir: opts.stateDir ?? null,
      clock,
      random: () => 0.5,
      getNotificationSettings: () => settings,
      getLocale: () => opts.locale ?? 'en',
      options: opts.options ?? {},
      onError: (e) => record.errors.push(e),
    });
    tracker.on('notification', (n) => record.notifications.push(n));
    tracker.on('transition', (t) => record.transitions.push(t));
    tracker.on('status', (s) => record.statuses.push(s));
    tracker.on('sessionsChanged', (v) => record.changes.push(v));
    tracker.on('messages', (m) => record.messages.push(m));
    tracker.on('authLost', () => record.authLost++);
    return { tracker, record };
  };
  const first = build();
  const trackers = [first.tracker];
  return {
    clock,
    sim,
    client,
    tracker: first.tracker,
    record: first.record,
    settings,
    restart: async () => {
      const next = build();
      trackers.push(next.tracker);
      return next;
    },
    close: async () => {
      for (const t of trackers) await t.stop();
      if (!opts.sim) await sim.close();
    },
  };
}
