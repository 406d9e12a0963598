import type { SessionCreateRequest } from '../../shared/domain/session';
import type { SessionMessage } from '../../shared/domain/session-message';
import { normalizeSessionId } from '../../shared/domain/session-id';
import { SESSION_GROUPS } from '../../shared/sessions/session-state';
import { AppError } from '../../shared/errors';
import { translate, type Locale } from '../../shared/i18n';
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

/** What the service re-emits from the trackers (one per account), plus `open` (a notification was clicked). */
export interface SessionsServiceEvents extends TrackerEvents {
  open: { sessionId: string };
  /** The key of this account was rejected (401): its tracker stopped, the others go on. */
  authLost: { orgId: string; accountId: string };
}

/** A signed-in org to track. */
export interface TrackedAccount {
  /** Preferably a client made with `retry: { maxRetries: 0 }` (see SessionsPort). */
  api: SessionsPort;
  /** List from here instead of `api`'s org (the enterprise "All organisations" source). */
  source?: SessionSource;
  /** The org, or the source's state id. */
  orgId: string;
  /** Demo mode: state is kept in memory only, never written next to the real account's. */
  demo: boolean;
  /** The account (#16); a single account may leave it out. */
  accountId?: string;
  label?: string;
  /** Where this account's state file lives (defaults to the service's stateDir). */
  stateDir?: string;
  /** Changes when who/where changes (key, org, API origin): a new key means a new tracker. */
  key?: string;
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
  /** Tracks this account's org (stopping the previous trackers), or nothing (signed out). */
  setAccount(account: TrackedAccount | null): Promise<void>;
  /**
   * Tracks every account in `accounts` (one tracker each, own poll schedule and backoff), keeping the
   * trackers of accounts whose `key` did not change. `currentId` is the account new sessions are
   * created in and whose status the tray shows.
   */
  setAccounts(accounts: readonly TrackedAccount[], currentId: string | null): Promise<void>;
  /** The account whose tracker shows this session (the first that sees it), or null. */
  ownerOf(sessionId: string): string | null;
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

interface Tracked {
  id: string;
  label: string;
  key: string;
  tracker: SessionTracker;
  off: (() => void)[];
}

/**
 * One SessionTracker per signed-in account behind a stable facade (#16): views and IPC handlers
 * talk to the service; sign-in, sign-out, a rejected key or an org switch add or stop trackers
 * underneath. Each tracker keeps its own poll schedule and backoff. The list is the trackers' lists
 * merged, each view naming its account; a session two accounts see (one org through two keys) is
 * shown once, under the first account in settings order, and its actions go through that account.
 * Window, network and sleep state survive every swap.
 */
export function createSessionsService(deps: SessionsServiceDeps): SessionsService {
  const events = createEmitter<SessionsServiceEvents>((err) => deps.onError?.(err));
  let trackers: Tracked[] = [];
  let currentId: string | null = null;
  let visible = false;
  let online = true;
  let asleep = false;
  let swap: Promise<void> = Promise.resolve();

  const many = () => trackers.length > 1;
  const currentTracked = (): Tracked | undefined => trackers.find((t) => t.id === currentId) ?? trackers[0];
  const current = (): SessionTracker => {
    const t = currentTracked();
    if (!t) throw new AppError('NOT_SIGNED_IN', 'Sign in to see sessions');
    return t.tracker;
  };
  const ownerTracked = (sessionId: string): Tracked | undefined => {
    const id = normalizeSessionIdOrNull(sessionId);
    return id === null ? undefined : trackers.find((t) => t.tracker.list(EVERY_GROUP).some((v) => v.id === id));
  };
  /** The tracker that owns a session; a session no tracker knows yet goes to the current account. */
  const trackerFor = (sessionId: string): SessionTracker => ownerTracked(sessionId)?.tracker ?? current();

  // Views name their account only when there is more than one (one account: the views as they were, no extra bytes).
  const label = (t: Tracked, view: SessionView): SessionView => (t.id && many() ? { ...view, accountId: t.id, accountLabel: t.label } : view);

  /**
   * The trackers' views merged, each session once (under the first account that sees it). Without a
   * filter: everything, archived included (what `sessionsChanged` carries, as a tracker's own does).
   */
  const merged = (filter: SessionFilter = EVERY_GROUP): SessionView[] => {
    const { limit, ...rest } = filter;
    const seen = new Set<string>();
    const out: SessionView[] = [];
    for (const t of trackers) {
      // Ownership is decided over every group, so a filter cannot move a session to another account.
      const shown = new Set(t.tracker.list(rest).map((v) => v.id));
      for (const v of t.tracker.list(EVERY_GROUP)) {
        if (seen.has(v.id)) continue;
        seen.add(v.id);
        if (shown.has(v.id)) out.push(label(t, v));
      }
    }
    if (trackers.length > 1) out.sort((a, b) => b.updatedAt - a.updatedAt);
    return limit ? out.slice(0, limit) : out;
  };

  /** Events of a session shown under another account are that account's to report (no double pop-ups). */
  const ownedBy = (t: Tracked, sessionIds: readonly string[]) => sessionIds.length === 0 || sessionIds.some((id) => (ownerTracked(id) ?? t) === t);

  const listen = (t: Tracked) => {
    const tr = t.tracker;
    return [
      tr.on('sessionsChanged', () => events.emit('sessionsChanged', merged())),
      tr.on('transition', (e) => {
        if (ownedBy(t, [e.sessionId])) events.emit('transition', { ...e, session: label(t, e.session) });
      }),
      tr.on('notification', (n) => {
        if (!ownedBy(t, n.sessionIds)) return;
        // With more than one account, each notification says whose it is.
        events.emit('notification', many() ? { ...n, title: translate(deps.getLocale(), 'accounts.notification.title', { account: t.label, title: n.title }) } : n);
      }),
      tr.on('status', (st) => {
        if (currentTracked() === t) events.emit('status', st);
      }),
      tr.on('authLost', (a) => events.emit('authLost', { ...a, accountId: t.id })),
      tr.on('messages', (m) => events.emit('messages', m)),
      tr.on('polled', (p) => {
        if (currentTracked() === t) events.emit('polled', p);
      }),
    ];
  };

  const stop = async (t: Tracked) => {
    for (const off of t.off) off();
    await t.tracker.stop();
  };

  const start = (account: TrackedAccount, id: string, key: string): Tracked => {
    const tracker = new SessionTracker({
      api: account.api,
      ...(account.source ? { source: account.source } : {}),
      orgId: account.orgId,
      stateDir: account.demo ? null : (account.stateDir ?? deps.stateDir),
      getLocale: deps.getLocale,
      getNotificationSettings: deps.getNotificationSettings,
      ...(deps.clock ? { clock: deps.clock } : {}),
      ...(deps.random ? { random: deps.random } : {}),
      ...(deps.options ? { options: deps.options } : {}),
      ...(deps.onError ? { onError: deps.onError } : {}),
    });
    const t: Tracked = { id, label: account.label ?? '', key, tracker, off: [] };
    t.off = listen(t);
    tracker.setWindowVisible(visible);
    tracker.setOnline(online);
    tracker.setAsleep(asleep);
    return t;
  };

  const replace = async (accounts: readonly TrackedAccount[], nextCurrent: string | null): Promise<void> => {
    const keyOf = (a: TrackedAccount) => a.key ?? `${a.accountId ?? ''}|${a.orgId}|${a.demo}`;
    const wanted = accounts.map((a) => ({ a, id: a.accountId ?? '', key: keyOf(a) }));
    const kept = trackers.filter((t) => wanted.some((w) => w.id === t.id && w.key === t.key));
    const gone = trackers.filter((t) => !kept.includes(t));
    trackers = kept;
    for (const t of gone) await stop(t);
    const fresh: Tracked[] = [];
    const next: Tracked[] = [];
    for (const w of wanted) {
      const have = kept.find((t) => t.id === w.id);
      if (have) {
        have.label = w.a.label ?? have.label;
        next.push(have);
      } else {
        const t = start(w.a, w.id, w.key);
        fresh.push(t);
        next.push(t);
      }
    }
    trackers = next;
    const statusChanged = currentId !== nextCurrent;
    currentId = nextCurrent;
    if (gone.length > 0 || fresh.length === 0) events.emit('sessionsChanged', merged());
    if (statusChanged && fresh.length === 0) {
      const t = currentTracked();
      if (t) events.emit('status', t.tracker.status());
    }
    // The first poll runs in the background; sign-in does not wait for the session list.
    for (const t of fresh) void t.tracker.start().catch((err: unknown) => deps.onError?.(err));
  };

  const queued = (accounts: readonly TrackedAccount[], nextCurrent: string | null) => {
    swap = swap.then(() => replace(accounts, nextCurrent));
    return swap;
  };

  return {
    setAccount: (account) => queued(account ? [account] : [], account?.accountId ?? null),
    setAccounts: (accounts, id) => queued(accounts, id),
    ownerOf: (sessionId) => ownerTracked(sessionId)?.id ?? null,
    on: (event, listener) => events.on(event, listener),
    setWindowVisible(v) {
      visible = v;
      for (const t of trackers) t.tracker.setWindowVisible(v);
    },
    setOnline(v) {
      online = v;
      for (const t of trackers) t.tracker.setOnline(v);
    },
    setAsleep(v) {
      asleep = v;
      for (const t of trackers) t.tracker.setAsleep(v);
    },
    requestOpen: (sessionId) => events.emit('open', { sessionId }),

    list: (filter) => merged(filter ?? {}),
    get: async (id) => {
      const owner = ownerTracked(id);
      const t = owner ?? currentTracked();
      if (!t) throw new AppError('NOT_SIGNED_IN', 'Sign in to see sessions');
      return label(t, await t.tracker.get(id));
    },
    messages: (id) => trackerFor(id).messages(id),
    watchMessages: (id) => trackerFor(id).watchMessages(id),
    unwatchMessages: (id) => ownerTracked(id)?.tracker.unwatchMessages(id) ?? currentTracked()?.tracker.unwatchMessages(id),
    send: (id, text, urls) => trackerFor(id).send(id, text, urls),
    archive: (id) => trackerFor(id).archive(id),
    terminate: (id) => trackerFor(id).terminate(id),
    create: (body, orgId) => current().create(body, orgId),
    watch: (id) => trackerFor(id).watch(id),
    unwatch: (id) => trackerFor(id).unwatch(id),
    refresh: async () => {
      current();
      await Promise.all(trackers.map((t) => t.tracker.kick()));
    },
    syncNow: async () => {
      current();
      await Promise.all(trackers.map((t) => t.tracker.refresh()));
    },
    trackerStatus: () => currentTracked()?.tracker.status() ?? { kind: 'stopped', lastSyncMs: null },
    notificationSettings: () => deps.getNotificationSettings(),
    updateNotificationSettings: (patch) => deps.updateNotificationSettings(patch),
    async dispose() {
      await (swap = swap.then(() => replace([], null)));
    },
  };
}

/** Every group, archived included. */
const EVERY_GROUP: SessionFilter = { groups: [...SESSION_GROUPS] };

function normalizeSessionIdOrNull(id: string): string | null {
  try {
    return normalizeSessionId(id);
  } catch {
    return null;
  }
}
