import type { Session, SessionCreateRequest } from '../../shared/domain/session';
import { normalizeSessionId } from '../../shared/domain/session-id';
import type { SessionMessage } from '../../shared/domain/session-message';
import { AppError } from '../../shared/errors';
import { hasMessage, translate, type Locale } from '../../shared/i18n';
import { groupNotifications } from '../../shared/sessions/notification-grouping';
import { decideNotifications, notificationsAllowed, type AppNotification } from '../../shared/sessions/notification-policy';
import type { NotificationSettings } from '../../shared/sessions/notification-settings';
import { matchesSessionFilter, type SessionFilter } from '../../shared/sessions/session-filter';
import { isActive } from '../../shared/sessions/session-state';
import { compareViews, toSessionView, type SessionView } from '../../shared/sessions/session-view';
import type { TrackerStatus } from '../../shared/sessions/tracker-status';
import { detectTransitions, toSnapshot, type SessionSnapshot, type Transition } from '../../shared/sessions/transitions';
import { planChanges, type SessionChange } from './change-plan';
import { systemClock, type TimerHandle, type TrackerClock } from './clock';
import { listChangedSessions } from './list-changed-sessions';
import { MessageLog } from './message-log';
import { pollBackoff } from './poll-backoff';
import { nextInterval } from './poll-interval';
import type { SessionsPort } from './sessions-port';
import { DEFAULT_TRACKER_OPTIONS, type TrackerOptions } from './tracker-options';
import { EMPTY_TRACKER_STATE, loadTrackerState, saveTrackerState, trackerStateFile, type TrackerState } from './tracker-state-file';
import { createEmitter, type Emitter } from './typed-emitter';

/** A transition as the tracker reports it, with the session's view at that moment. */
export interface TransitionEvent extends Transition {
  session: SessionView;
}

/** New messages of a session (a view appends `added`). */
export interface MessagesEvent {
  sessionId: string;
  added: SessionMessage[];
}

export interface TrackerEvents extends Record<string, unknown> {
  sessionsChanged: SessionView[];
  transition: TransitionEvent;
  notification: AppNotification;
  status: TrackerStatus;
  /** The key was rejected (401): polling stopped. Emitted once per tracker. */
  authLost: { orgId: string };
  messages: MessagesEvent;
}

export interface SessionTrackerDeps {
  /** Make it with `retry: { maxRetries: 0 }` (see SessionsPort). */
  api: SessionsPort;
  orgId: string;
  /** Folder for the state file (the app's userData dir); null keeps state in memory only (demo mode). */
  stateDir: string | null;
  clock?: TrackerClock;
  random?: () => number;
  getNotificationSettings: () => NotificationSettings;
  getLocale: () => Locale;
  options?: Partial<TrackerOptions>;
  /** Unexpected trouble that must not stop polling (a listener threw, the state file could not be written). */
  onError?: (err: unknown) => void;
}

/** What `create` returns once the API accepted the session. */
export interface CreatedSessionResult {
  sessionId: string;
  url: string;
}

/** Where sessions being ingested came from. */
type IngestSource = 'list' | 'get' | 'action';

function codeOf(err: unknown): string {
  return err instanceof AppError ? err.code : 'INTERNAL';
}

/**
 * Tracks one org's sessions by polling `GET …/sessions?updated_after=cursor−overlap`: one
 * request per poll whatever the number of sessions, messages only for sessions a view shows or
 * a notification needs, adaptive interval, backoff on 429/5xx, stop on 401, and state that
 * survives restarts (see tracker-state-file.ts). Plain Node; Electron feeds it window
 * visibility, online and sleep changes.
 */
export class SessionTracker {
  private readonly api: SessionsPort;
  private readonly clock: TrackerClock;
  private readonly random: () => number;
  private readonly opts: TrackerOptions;
  private readonly events: Emitter<TrackerEvents>;
  private readonly messageLog: MessageLog;
  private readonly statePath: string | null;

  private readonly sessions = new Map<string, Session>();
  private snapshots = new Map<string, SessionSnapshot>();
  private cursor: number | null = null;
  private notified: string[] = [];
  private notifiedSet = new Set<string>();
  private watchedSet = new Set<string>();
  private viewsCache: SessionView[] | null = null;

  private currentStatus: TrackerStatus = { kind: 'starting', lastSyncMs: null };
  private started = false;
  private stopped = false;
  private authLost = false;
  private online = true;
  private asleep = false;
  private visible = false;
  private polledThisRun = false;
  private failures = 0;
  private rateLimitedUntilMs = 0;
  private lastChangeMs: number | null = null;
  private lastSyncMs: number | null = null;
  private timer: TimerHandle | null = null;
  private inFlight: Promise<void> | null = null;
  private pendingKick: Promise<void> | null = null;
  private serialQueue: Promise<unknown> = Promise.resolve();
  private persistQueue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: SessionTrackerDeps) {
    this.api = deps.api;
    this.clock = deps.clock ?? systemClock;
    this.random = deps.random ?? Math.random;
    this.opts = { ...DEFAULT_TRACKER_OPTIONS, ...deps.options };
    this.events = createEmitter<TrackerEvents>((err) => this.deps.onError?.(err));
    this.messageLog = new MessageLog(this.api, () => this.clock.now(), {
      pageSize: this.opts.messagesPageSize,
      maxPages: this.opts.messagesMaxPages,
      maxUnwatched: this.opts.maxUnwatchedMessageLogs,
    });
    this.statePath = deps.stateDir ? trackerStateFile(deps.stateDir, deps.orgId) : null;
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────

  /** Loads the persisted state and runs the first poll; resolves when that poll is done (ok or not). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const state = this.statePath ? await loadTrackerState(this.statePath, this.deps.orgId, this.clock.now()) : structuredClone(EMPTY_TRACKER_STATE);
    this.restore(state);
    if (!this.online || this.asleep) this.setStatus({ kind: 'paused', reason: this.online ? 'asleep' : 'offline', lastSyncMs: null });
    else this.setStatus({ kind: 'starting', lastSyncMs: null });
    await this.kick();
  }

  /** Stops polling for good (sign-out, org change) and flushes the state file. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.clearTimer();
    await this.idle();
    this.setStatus({ kind: 'stopped', lastSyncMs: this.lastSyncMs });
    await this.persistQueue;
  }

  /** The window was shown (poll now) or hidden (poll less often from the next poll on). */
  setWindowVisible(visible: boolean): void {
    const wasVisible = this.visible;
    this.visible = visible;
    if (visible && !wasVisible) void this.kick();
  }

  /** Network availability from the OS: paused while offline, an immediate poll when back. */
  setOnline(online: boolean): void {
    this.online = online;
    this.onPauseChange('offline', !online);
  }

  /** System sleep: paused while asleep, an immediate poll on resume. */
  setAsleep(asleep: boolean): void {
    this.asleep = asleep;
    this.onPauseChange('asleep', asleep);
  }

  /**
   * Polls now. While a poll is in flight, one more poll follows it (kicks coalesce): the event
   * behind the kick (a created session, the window shown) may have come after that poll's
   * request. No-op while paused, stopped, after a 401, or inside a server-requested
   * Retry-After wait. Resolves when the poll is done.
   */
  kick(): Promise<void> {
    if (this.inFlight) {
      this.pendingKick ??= this.inFlight.then(() => {
        this.pendingKick = null;
        return this.kickNow();
      });
      return this.pendingKick;
    }
    return this.kickNow();
  }

  /** Resolves when no poll is running or queued (for tests and orderly shutdown). */
  async idle(): Promise<void> {
    while (this.inFlight || this.pendingKick) await (this.pendingKick ?? this.inFlight);
  }

  private kickNow(): Promise<void> {
    if (!this.canPoll()) return Promise.resolve();
    if (this.clock.now() < this.rateLimitedUntilMs) return Promise.resolve();
    this.clearTimer();
    return this.runTick();
  }

  /** Subscribe to an event; returns the unsubscribe function. */
  on<K extends keyof TrackerEvents>(event: K, listener: (payload: TrackerEvents[K]) => void): () => void {
    return this.events.on(event, listener);
  }

  status(): TrackerStatus {
    return this.currentStatus;
  }

  // ── queries for views ────────────────────────────────────────────────────────────────────

  /** Known sessions, newest first, filtered (archived ones only when asked for). */
  list(filter: SessionFilter = {}): SessionView[] {
    const out = this.views().filter((v) => matchesSessionFilter(v, filter));
    return filter.limit ? out.slice(0, filter.limit) : out;
  }

  /** A session, fresh from the API (one GET); the cached copy if that fails for any reason but a 401. */
  async get(id: string): Promise<SessionView> {
    const sid = normalizeSessionId(id);
    try {
      const s = await this.call(() => this.api.get(sid));
      await this.ingest([s], 'get');
    } catch (err) {
      if (codeOf(err) === 'AUTH_INVALID' || !this.sessions.has(sid)) throw err;
    }
    return this.viewOf(sid);
  }

  /** Messages accumulated so far; fetched (incrementally) if never fetched this run. */
  async messages(id: string): Promise<SessionMessage[]> {
    const sid = normalizeSessionId(id);
    if (!this.messageLog.hasFetched(sid)) await this.fetchMessages(sid);
    return this.messageLog.cached(sid);
  }

  /** A view shows this session's messages: fetch now, then keep them fresh on every poll (refcounted). */
  async watchMessages(id: string): Promise<SessionMessage[]> {
    const sid = normalizeSessionId(id);
    const first = this.messageLog.retain(sid);
    if (first || !this.messageLog.hasFetched(sid)) await this.fetchMessages(sid);
    return this.messageLog.cached(sid);
  }

  unwatchMessages(id: string): void {
    this.messageLog.release(normalizeSessionId(id));
  }

  /** Sessions whose notifications the user gets by default (created here, or watched). */
  watched(): string[] {
    return [...this.watchedSet];
  }

  // ── actions ──────────────────────────────────────────────────────────────────────────────

  /** Sends a message (resumes a suspended session), then polls. */
  async send(id: string, text: string, attachmentUrls?: string[]): Promise<SessionView> {
    const sid = normalizeSessionId(id);
    const s = await this.call(() => this.api.sendMessage(sid, { message: text, ...(attachmentUrls?.length ? { attachment_urls: attachmentUrls } : {}) }));
    await this.ingest([s], 'action');
    // The send already moved updated_at, so the next poll would not see a change: a view that
    // shows this session gets the stored reply now (incremental, `after` cursor).
    if (this.messageLog.watchedIds().includes(sid)) await this.fetchMessages(sid, s.updated_at).catch(() => undefined);
    void this.kick();
    return this.viewOf(sid);
  }

  async archive(id: string): Promise<SessionView> {
    const sid = normalizeSessionId(id);
    const s = await this.call(() => this.api.archive(sid));
    await this.ingest([s], 'action');
    return this.viewOf(sid);
  }

  async terminate(id: string): Promise<SessionView> {
    const sid = normalizeSessionId(id);
    const s = await this.call(() => this.api.terminate(sid));
    await this.ingest([s], 'action');
    return this.viewOf(sid);
  }

  /**
   * Creates a session. Never retried (a duplicate costs money; the client refuses too). The
   * new session is watched, and a poll starts at once so it shows up.
   */
  async create(body: SessionCreateRequest): Promise<CreatedSessionResult> {
    const created = await this.call(() => this.api.create(body));
    const sessionId = normalizeSessionId(created.session_id);
    await this.watch(sessionId);
    void this.kick();
    return { sessionId, url: created.url };
  }

  /** Watch a session: its events notify under the default "watched" scope. Persisted. */
  async watch(id: string): Promise<void> {
    const sid = normalizeSessionId(id);
    if (this.watchedSet.has(sid)) return;
    this.watchedSet.add(sid);
    this.afterWatchChange();
    await this.persist();
  }

  async unwatch(id: string): Promise<void> {
    const sid = normalizeSessionId(id);
    if (!this.watchedSet.delete(sid)) return;
    this.afterWatchChange();
    await this.persist();
  }

  // ── polling ──────────────────────────────────────────────────────────────────────────────

  private canPoll(): boolean {
    return this.started && !this.stopped && !this.authLost && this.online && !this.asleep;
  }

  private onPauseChange(reason: 'offline' | 'asleep', paused: boolean): void {
    if (paused) {
      this.clearTimer();
      if (this.started && !this.stopped && !this.authLost) this.setStatus({ kind: 'paused', reason, lastSyncMs: this.lastSyncMs });
    } else if (this.canPoll()) {
      // Back from a pause: errors from before it say nothing about now.
      this.failures = 0;
      void this.kick();
    }
  }

  private runTick(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    this.timer = null;
    const p = this.tick().finally(() => {
      this.inFlight = null;
    });
    this.inFlight = p;
    return p;
  }

  /** One poll; never rejects. Schedules the next one. */
  private async tick(): Promise<void> {
    if (!this.canPoll()) return;
    try {
      await this.poll();
      this.failures = 0;
      this.lastSyncMs = this.clock.now();
      this.setStatus({ kind: 'ok', lastSyncMs: this.lastSyncMs });
      this.scheduleNext(null);
    } catch (err) {
      this.onPollError(err);
    }
  }

  private async poll(): Promise<void> {
    const nowSec = Math.floor(this.clock.now() / 1000);
    const windowStart = nowSec - this.opts.initialWindowSec;
    const lastCursor = this.cursor;
    let updatedAfter: number;
    if (lastCursor === null) updatedAfter = windowStart;
    else if (!this.polledThisRun) updatedAfter = Math.min(lastCursor - this.opts.overlapSec, windowStart);
    else updatedAfter = lastCursor - this.opts.overlapSec;

    const listed = await listChangedSessions(this.api, {
      updatedAfter: Math.max(0, updatedAfter),
      pageSize: this.opts.pageSize,
      maxPages: this.opts.maxPagesPerPoll,
    });
    const changed = await this.ingest(listed.sessions, 'list');
    this.polledThisRun = true;
    await this.refreshWatchedMessages(changed);
  }

  private onPollError(err: unknown): void {
    const code = codeOf(err);
    if (code === 'AUTH_INVALID') {
      this.loseAuth();
      return;
    }
    if (!this.canPoll()) return;
    this.failures++;
    const retryAfterMs = err instanceof AppError && typeof err.details?.retryAfterMs === 'number' ? err.details.retryAfterMs : undefined;
    const f = pollBackoff({ code, failures: this.failures, retryAfterMs, random: this.random });
    if (f.kind === 'stop') return;
    const now = this.clock.now();
    const retryInS = Math.ceil(f.delayMs / 1000);
    if (f.kind === 'rate_limited') {
      this.rateLimitedUntilMs = now + f.delayMs;
      this.setStatus({ kind: 'rate_limited', retryInS, untilMs: now + f.delayMs, lastSyncMs: this.lastSyncMs });
    } else {
      this.setStatus({ kind: 'error', code, message: this.errorText(err), retryInS, untilMs: now + f.delayMs, lastSyncMs: this.lastSyncMs });
    }
    this.scheduleNext(f.delayMs);
  }

  private scheduleNext(backoff: number | null): void {
    if (!this.canPoll()) return;
    const now = this.clock.now();
    const delay = nextInterval({
      anyRunning: [...this.sessions.values()].some((s) => isActive(s)),
      windowVisible: this.visible,
      lastChangeAgo: this.lastChangeMs === null ? Infinity : now - this.lastChangeMs,
      backoff,
    });
    this.clearTimer();
    this.timer = this.clock.setTimeout(() => this.runTick(), delay);
  }

  private clearTimer(): void {
    if (this.timer !== null) this.clock.clearTimeout(this.timer);
    this.timer = null;
  }

  private loseAuth(): void {
    if (this.authLost) return;
    this.authLost = true;
    this.clearTimer();
    this.setStatus({ kind: 'auth_lost', lastSyncMs: this.lastSyncMs });
    this.events.emit('authLost', { orgId: this.deps.orgId });
  }

  /** Runs an API call; a 401 anywhere means the key is gone. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (codeOf(err) === 'AUTH_INVALID') this.loseAuth();
      throw err;
    }
  }

  // ── ingesting sessions ───────────────────────────────────────────────────────────────────

  /**
   * Applies sessions one batch at a time: changes → transitions → notifications → persisted
   * state → events. Only a `list` moves the cursor: a single GET says nothing about other
   * sessions updated before it. An `action` (the user's own send/archive/terminate) records
   * its transitions without notifying: nobody needs a pop-up about what they just did.
   */
  private ingest(sessions: readonly Session[], source: IngestSource): Promise<SessionChange[]> {
    // Whether the API's ids carry `devin-` is unconfirmed; every key here has it.
    const normalized = sessions.map((s) => (s.session_id.startsWith('devin-') ? s : { ...s, session_id: normalizeSessionId(s.session_id) }));
    const run = this.serialQueue.then(() => this.ingestNow(normalized, source));
    this.serialQueue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow(sessions: readonly Session[], source: IngestSource): Promise<SessionChange[]> {
    // Oldest change first, so pop-ups come in the order things happened.
    const changes = planChanges(sessions, this.sessions, this.snapshots, this.cursor, this.opts.overlapSec).sort(
      (x, y) => x.session.updated_at - y.session.updated_at || (x.session.session_id < y.session.session_id ? -1 : 1),
    );
    const settings = this.deps.getNotificationSettings();
    const locale = this.deps.getLocale();
    const now = this.clock.now();
    const notifications: AppNotification[] = [];
    const transitions: TransitionEvent[] = [];

    for (const c of changes) {
      const id = c.session.session_id;
      const next = toSnapshot(c.session);
      this.sessions.set(id, c.session);
      this.viewsCache = null;
      if (c.notify) {
        const fresh = detectTransitions(c.prev, next).filter((t) => !this.notifiedSet.has(t.key));
        if (fresh.length > 0) {
          const ctx = { locale, nowMs: now, watched: this.watchedSet.has(id), lastDevinMessage: null as string | null };
          if (source !== 'action' && fresh.some((t) => t.kind === 'waiting_for_user') && settings.kinds.waiting_for_user && notificationsAllowed(settings, ctx)) {
            ctx.lastDevinMessage = await this.lastDevinMessage(id, c.session.updated_at);
          }
          const keys = new Set(source === 'action' ? [] : fresh.map((t) => t.key));
          notifications.push(...decideNotifications(c.prev, next, settings, ctx).filter((n) => keys.has(n.id)));
          const view = toSessionView(c.session, this.watchedSet);
          for (const t of fresh) {
            transitions.push({ ...t, session: view });
            this.markNotified(t.key);
          }
        }
      }
      this.snapshots.set(id, next);
    }

    let cursorMoved = false;
    if (source === 'list') {
      const newest = sessions.reduce((m, s) => Math.max(m, s.updated_at), -Infinity);
      if (Number.isFinite(newest) && (this.cursor === null || newest > this.cursor)) {
        this.cursor = newest;
        cursorMoved = true;
      }
    }
    if (changes.length > 0) this.lastChangeMs = now;
    if (changes.length > 0 || cursorMoved) {
      this.boundSnapshots();
      // Persist before telling anyone: a crash after this point can lose a pop-up, never repeat one.
      await this.persist();
    }
    for (const t of transitions) this.events.emit('transition', t);
    for (const n of settings.group ? groupNotifications(notifications, locale) : notifications) this.events.emit('notification', n);
    if (changes.length > 0) this.events.emit('sessionsChanged', this.views());
    return changes;
  }

  /** Devin's newest message for a "waiting for you" notification; null if it cannot be had now. */
  private async lastDevinMessage(id: string, updatedAt: number): Promise<string | null> {
    try {
      await this.fetchMessages(id, updatedAt);
    } catch (err) {
      // The notification goes out without the text rather than late; a 401 still stops polling.
      if (codeOf(err) === 'AUTH_INVALID') throw err;
    }
    return this.messageLog.lastFromDevin(id)?.message ?? null;
  }

  /** Messages for sessions views show: those that changed, and active ones not read for a while. */
  private async refreshWatchedMessages(changed: readonly SessionChange[]): Promise<void> {
    const changedIds = new Set(changed.map((c) => c.session.session_id));
    const now = this.clock.now();
    for (const id of this.messageLog.watchedIds()) {
      const s = this.sessions.get(id);
      const { fetchedAtMs, updatedAt } = this.messageLog.freshness(id);
      const moved = changedIds.has(id) && (s === undefined || updatedAt !== s.updated_at);
      const stale = s !== undefined && isActive(s) && (fetchedAtMs === null || now - fetchedAtMs >= this.opts.messagesMaxAgeMs);
      if (moved || stale) await this.fetchMessages(id, s?.updated_at ?? null);
    }
  }

  private async fetchMessages(id: string, updatedAt: number | null = this.sessions.get(id)?.updated_at ?? null): Promise<void> {
    const added = await this.call(() => this.messageLog.fetchNew(id, updatedAt));
    if (added.length > 0) this.events.emit('messages', { sessionId: id, added });
  }

  // ── state ────────────────────────────────────────────────────────────────────────────────

  private restore(state: TrackerState): void {
    this.cursor = state.cursor;
    this.snapshots = new Map(state.snapshots.map((s) => [s.id, s]));
    this.notified = [...state.notified];
    this.notifiedSet = new Set(this.notified);
    this.watchedSet = new Set(state.watched);
  }

  private markNotified(key: string): void {
    if (this.notifiedSet.has(key)) return;
    this.notified.push(key);
    this.notifiedSet.add(key);
    while (this.notified.length > this.opts.maxNotifiedKeys) this.notifiedSet.delete(this.notified.shift() as string);
  }

  /** Keeps the most recently updated snapshots (and every watched one). */
  private boundSnapshots(): void {
    if (this.snapshots.size <= this.opts.maxSnapshots) return;
    const drop = [...this.snapshots.values()]
      .filter((s) => !this.watchedSet.has(s.id))
      .sort((a, b) => a.updatedAt - b.updatedAt)
      .slice(0, this.snapshots.size - this.opts.maxSnapshots);
    for (const s of drop) this.snapshots.delete(s.id);
  }

  private persist(): Promise<void> {
    const path = this.statePath;
    const dir = this.deps.stateDir;
    if (!path || !dir) return Promise.resolve();
    const state: TrackerState = {
      cursor: this.cursor,
      snapshots: [...this.snapshots.values()],
      notified: [...this.notified],
      watched: [...this.watchedSet],
    };
    this.persistQueue = this.persistQueue
      .then(() => saveTrackerState(path, dir, this.deps.orgId, state))
      .catch((err: unknown) => this.deps.onError?.(err));
    return this.persistQueue;
  }

  // ── views and status ─────────────────────────────────────────────────────────────────────

  private views(): SessionView[] {
    this.viewsCache ??= [...this.sessions.values()].map((s) => toSessionView(s, this.watchedSet)).sort(compareViews);
    return this.viewsCache;
  }

  private viewOf(id: string): SessionView {
    const s = this.sessions.get(id);
    if (!s) throw new AppError('NOT_FOUND', `Session ${id} is not known`);
    return toSessionView(s, this.watchedSet);
  }

  private afterWatchChange(): void {
    this.viewsCache = null;
    if (this.sessions.size > 0) this.events.emit('sessionsChanged', this.views());
  }

  private setStatus(next: TrackerStatus): void {
    const prev = this.currentStatus;
    this.currentStatus = next;
    // `ok` → `ok` only refreshes lastSyncMs: readable via status(), not worth an event every poll.
    if (prev.kind === next.kind && next.kind === 'ok') return;
    this.events.emit('status', next);
  }

  private errorText(err: unknown): string {
    const locale = this.deps.getLocale();
    if (err instanceof AppError && hasMessage(`error.${err.code}`)) {
      return translate(locale, `error.${err.code}`, err.params);
    }
    return err instanceof Error ? err.message : String(err);
  }
}
