import type { SessionCreateRequest } from '../../shared/domain/session';
import type { SessionMessage } from '../../shared/domain/session-message';
import { AppError } from '../../shared/errors';
import type { Locale } from '../../shared/i18n';
import {
  type NotificationSettings,
  type NotificationSettingsPatch,
} from '../../shared/sessions/notification-settings';
import type { SessionFilter } from '../../shared/sessions/session-filter';
import type { SessionView } from '../../shared/sessions/session-view';
import type { TrackerStatus } from '../../shared/sessions/tracker-status';
import type { TrackerClock } from './clock';
import { SessionTracker, type CreatedSessionResult, type TrackerEvents } from './session-tracker';
import type { SessionsPort } from './sessions-port';
import type { SessionSource } from './session-source';
import type { TrackerOptions } from './tracker-options';
import { createEmitter } from './typed-emitter';

/** What the service re-emits from whichever tracker is current, plus `open` (a notification was clicked). */
export interface SessionsServiceEvents extends TrackerEvents {
  open: { sessionId: string };
}

/** The signed-in org to track. */
export interface TrackedAccount {
  /** Preferably a client made with `retry: { maxRetries: 0 }` (see SessionsPort). */
  api: SessionsPort;
  /** List from here instead of `api`'s org (the enterprise "All organisations" source). */
  source?: SessionSource;
  /** The org, or the source's state id. */
  orgId: string;
  /** Demo mode: state is kept in memory only, never written next to the real account's. */
  demo: boolean;
}

export interface SessionsServiceDeps {
  /** userData folder: the tracker's state files live here. */
  stateDir: string;
  getLocale: () => Locale;
  /** Read on every poll, so a change applies at once. */
  getNotificationSettings: () => NotificationSettings;
  /**
   * Applies a patch to the notification settings as they are when the write runs (the settings
   * store's queue), persists and returns them. The patch is applied there, not here: two quick
   * changes read-modify-written here would both start from the same old value and one would be lost.
   */
  updateNotificationSettings: (patch: NotificationSettingsPatch) => Promise<NotificationSettings>;
  clock?: TrackerClock;
  random?: () => number;
  options?: Partial<TrackerOptions>;
  onError?: (err: unknown) => void;
}

/** The sessions feature as main's composition root sees it. */
export interface SessionsService {
  /** Tracks this account's org (stopping the previous tracker), or nothing (signed out). */
  setAccount(account: TrackedAccount | null): Promise<void>;
  on<K extends keyof SessionsServiceEvents>(event: K, listener: (payload: SessionsServiceEvents[K]) => void): () => void;
  setWindowVisible(visible: boolean): void;
  setOnline(online: boolean): void;
  setAsleep(asleep: boolean): void;
  /** A notification was clicked: ask the UI to open the session. */
  requestOpen(sessionId: string): void;

  list(filter?: SessionFilter): SessionView[];
  get(id: string): Promise<SessionView>;
  messages(id: string): Promise<SessionMessage[]>;
  watchMessages(id: string): Promise<SessionMessage[]>;
  unwatchMessages(id: string): void;
  send(id: string, text: string, attachmentUrls?: string[]): Promise<SessionView>;
  archive(id: string): Promise<SessionView>;
  terminate(id: string): Promise<SessionView>;
  /** `orgId`: where to create (the All-organisations scope); an org tracker creates in its org. */
  create(body: SessionCreateRequest, orgId?: string | null): Promise<CreatedSessionResult>;
  watch(id: string): Promise<void>;
  unwatch(id: string): Promise<void>;
  refresh(): Promise<void>;
  /** The user's refresh (button, `R`): joins a poll in flight instead of queueing another. */
  syncNow(): Promise<void>;
  trackerStatus(): TrackerStatus;
  notificationSettings(): NotificationSettings;
  updateNotificationSettings(patch: NotificationSettingsPatch): Promise<NotificationSettings>;
  dispose(): Promise<void>;
}

const EVENT_NAMES = ['sessionsChanged', 'transition', 'notification', 'status', 'authLost', 'messages', 'polled'] as const satisfies readonly (keyof TrackerEvents)[];

/**
 * One SessionTracker per signed-in org behind a stable facade: views and IPC handlers talk to
 * the service, and sign-in, org switch or sign-out swap the tracker underneath. Window,
 * network and sleep state survive the swap.
 */
export function createSessionsService(deps: SessionsServiceDeps): SessionsService {
  const events = createEmitter<SessionsServiceEvents>((err) => deps.onError?.(err));
  let tracker: SessionTracker | null = null;
  let unsubscribe: (() => void)[] = [];
  let visible = false;
  let online = true;
  let asleep = false;
  let swap: Promise<void> = Promise.resolve();

  const current = (): SessionTracker => {
    if (!tracker) throw new AppError('NOT_SIGNED_IN', 'Sign in to see sessions');
    return tracker;
  };

  const replace = async (account: TrackedAccount | null): Promise<void> => {
    const old = tracker;
    tracker = null;
    for (const off of unsubscribe) off();
    unsubscribe = [];
    await old?.stop();
    if (!account) {
      events.emit('sessionsChanged', []);
      return;
    }
    const next = new SessionTracker({
      api: account.api,
      ...(account.source ? { source: account.source } : {}),
      orgId: account.orgId,
      stateDir: account.demo ? null : deps.stateDir,
      getLocale: deps.getLocale,
      getNotificationSettings: deps.getNotificationSettings,
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(deps.random ? { random: deps.random } : {}),
      ...(deps.options ? { options: deps.options } : {}),
      ...(deps.onError ? { onError: deps.onError } : {}),
    });
    unsubscribe = EVENT_NAMES.map((name) => next.on(name, (payload) => events.emit(name, payload as never)));
    next.setWindowVisible(visible);
    next.setOnline(online);
    next.setAsleep(asleep);
    tracker = next;
    // The first poll runs in the background; sign-in does not wait for the session list.
    void next.start().catch((err: unknown) => deps.onError?.(err));
  };

  return {
    setAccount(account) {
      swap = swap.then(() => replace(account));
      return swap;
    },
    on: (event, listener) => events.on(event, listener),
    setWindowVisible(v) {
      visible = v;
      tracker?.setWindowVisible(v);
    },
    setOnline(v) {
      online = v;
      tracker?.setOnline(v);
    },
    setAsleep(v) {
      asleep = v;
      tracker?.setAsleep(v);
    },
    requestOpen: (sessionId) => events.emit('open', { sessionId }),

    list: (filter) => tracker?.list(filter) ?? [],
    get: (id) => current().get(id),
    messages: (id) => current().messages(id),
    watchMessages: (id) => current().watchMessages(id),
    unwatchMessages: (id) => tracker?.unwatchMessages(id),
    send: (id, text, urls) => current().send(id, text, urls),
    archive: (id) => current().archive(id),
    terminate: (id) => current().terminate(id),
    create: (body, orgId) => current().create(body, orgId),
    watch: (id) => current().watch(id),
    unwatch: (id) => current().unwatch(id),
    refresh: () => current().kick(),
    syncNow: () => current().refresh(),
    trackerStatus: () => tracker?.status() ?? { kind: 'stopped', lastSyncMs: null },
    notificationSettings: () => deps.getNotificationSettings(),
    updateNotificationSettings: (patch) => deps.updateNotificationSettings(patch),
    async dispose() {
      await (swap = swap.then(() => replace(null)));
    },
  };
}
