import { sessionSchema, type Session, type SessionCreateRequest } from '../../shared/domain/session';
import { normalizeSessionId } from '../../shared/domain/session-id';
import type { SessionMessage } from '../../shared/domain/session-message';
import { AppError } from '../../shared/errors';
import { hasMessage, translate, type Locale } from '../../shared/i18n';
import type { NotificationSettings } from '../../shared/sessions/notification-settings';
import { matchesSessionFilter, type SessionFilter } from '../../shared/sessions/session-filter';
import { promptFromFirstMessage } from '../../shared/sessions/session-prompt';
import { isActive } from '../../shared/sessions/session-state';
import type { SessionView } from '../../shared/sessions/session-view';
import type { TrackerStatus } from '../../shared/sessions/tracker-status';
import { mergeActionAnswer, type SessionAnswer } from '../api/session-reconcile';
import type { SessionChange } from './change-plan';
import { systemClock, type TrackerClock } from './clock';
import { ingestBatch, type IngestSource } from './ingest-batch';
import { listChangedSessions } from './list-changed-sessions';
import { MessageFeed } from './message-feed';
import { pollBackoff } from './poll-backoff';
import { nextInterval } from './poll-interval';
import { PollLoop } from './poll-loop';
import { listUpdatedAfter } from './poll-window';
import type { SessionsPort } from './sessions-port';
import { orgSessionSource, type SessionSource } from './session-source';
import type { TrackerEvents } from './tracker-events';
import { TrackerMemory } from './tracker-memory';
import { DEFAULT_TRACKER_OPTIONS, type TrackerOptions } from './tracker-options';
import { EMPTY_TRACKER_STATE, loadTrackerState, saveTrackerState, trackerStateFile } from './tracker-state-file';
import { createEmitter, type Emitter } from './typed-emitter';

export type { MessagesEvent, TrackerEvents, TransitionEvent } from './tracker-events';

/** What a tracker is built from. */
export interface SessionTrackerDeps {
  /** Make it with `retry: { maxRetries: 0 }` (see SessionsPort). Ignored when `source` is given. */
  api?: SessionsPort;
  /** Where to list from and send per-session calls (default: `api`'s org routes). */
  source?: SessionSource;
  /** The org, or the source's state id (e.g. ALL_ORGS_STATE_ID): names the state file. */
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
  /** The org it was created in, when the API said. */
  orgId?: string;
}

function codeOf(err: unknown): string {
  return err instanceof AppError ? err.code : 'INTERNAL';
}

/**
 * Tracks one org's sessions by polling `GET …/sessions?updated_after=cursor−overlap`: one
 * request per poll whatever the number of sessions, messages only for sessions a view shows or
 * a notification needs, adaptive interval, backoff on 429/5xx, stop on 401, and state that
 * survives restarts (see tracker-state-file.ts). Plain Node; Electron feeds it window
 * visibility, online and sleep changes. Its parts: TrackerMemory (what it remembers),
 * ingestBatch (what a batch of sessions means), PollLoop (one poll at a time), MessageFeed.
 */
export class SessionTracker {
  private readonly api: SessionSource;
  private readonly clock: TrackerClock;
  private readonly random: () => number;
  private readonly opts: TrackerOptions;
  private readonly events: Emitter<TrackerEvents>;
  private readonly feed: MessageFeed;
  private readonly statePath: string | null;
  private readonly memory: TrackerMemory;
  private readonly loop: PollLoop;

  private currentStatus: TrackerStatus = { kind: 'starting', lastSyncMs: null };
  private started = false;
  private stopped = false;
  private authLost = false;
  private online = true;
  private asleep = false;
  private visible = false;
  private polledThisRun = false;
  private failures = 0;
  private lastChangeMs: number | null = null;
  private lastSyncMs: number | null = null;
  private serialQueue: Promise<unknown> = Promise.resolve();
  private persistQueue: Promise<void> = Promise.resolve();

  constructor(private readonly deps: SessionTrackerDeps) {
    if (!deps.source && !deps.api) throw new AppError('INTERNAL', 'A session tracker needs a source');
    this.api = deps.source ?? orgSessionSource(deps.api as SessionsPort);
    this.clock = deps.clock ?? systemClock;
    this.random = deps.random ?? Math.random;
    this.opts = { ...DEFAULT_TRACKER_OPTIONS, ...deps.options };
    this.events = createEmitter<TrackerEvents>((err) => this.deps.onError?.(err));
    this.statePath = deps.stateDir ? trackerStateFile(deps.stateDir, deps.orgId) : null;
    this.memory = new TrackerMemory(this.opts);
    this.feed = new MessageFeed({
      api: this.api,
      now: () => this.clock.now(),
      opts: this.opts,
      sessions: this.memory.sessions,
      call: (fn) => this.call(fn),
      onAdded: (e) => {
        this.learnPromptFromLog(e.sessionId);
        this.events.emit('messages', e);
      },
    });
    this.loop = new PollLoop(this.clock, () => this.canPoll(), () => this.tick());
  }

  // ── lifecycle ────────────────────────────────────────────────────────────────────────────

  /** Loads the persisted state and runs the first poll; resolves when that poll is done (ok or not). */
  async start(): Promise<void> {
    if (this.started) return;
    this.started = true;
    const state = this.statePath ? await loadTrackerState(this.statePath, this.deps.orgId, this.clock.now()) : structuredClone(EMPTY_TRACKER_STATE);
    this.memory.restore(state);
    if (!this.online || this.asleep) this.setStatus({ kind: 'paused', reason: this.online ? 'asleep' : 'offline', lastSyncMs: null });
    else this.setStatus({ kind: 'starting', lastSyncMs: null });
    await this.kick();
  }

  /** Stops polling for good (sign-out, org change) and flushes the state file. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.loop.cancel();
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
    return this.loop.kick();
  }

  /**
   * The user asked to refresh (button, `R`): polls now, or joins the poll in flight instead of
   * queueing another (a second click during a slow poll must not double the requests). Same
   * no-ops as kick().
   */
  refresh(): Promise<void> {
    return this.loop.join();
  }

  /** Resolves when no poll is running or queued (for tests and orderly shutdown). */
  idle(): Promise<void> {
    return this.loop.idle();
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
    const out = this.memory.views().filter((v) => matchesSessionFilter(v, filter));
    return filter.limit ? out.slice(0, filter.limit) : out;
  }

  /** A session, fresh from the API (one GET); the cached copy if that fails for any reason but a 401. */
  async get(id: string): Promise<SessionView> {
    const sid = normalizeSessionId(id);
    try {
      const s = await this.call(() => this.api.get(sid));
      await this.ingest([s], 'get');
    } catch (err) {
      if (codeOf(err) === 'AUTH_INVALID' || !this.memory.sessions.has(sid)) throw err;
    }
    return this.viewOf(sid);
  }

  /** Messages accumulated so far; fetched (incrementally) if never fetched this run. */
  async messages(id: string): Promise<SessionMessage[]> {
    return this.feed.messages(normalizeSessionId(id));
  }

  /** A view shows this session's messages: fetch now, then keep them fresh on every poll (refcounted). */
  async watchMessages(id: string): Promise<SessionMessage[]> {
    return this.feed.watch(normalizeSessionId(id));
  }

  unwatchMessages(id: string): void {
    this.feed.unwatch(normalizeSessionId(id));
  }

  /** Sessions whose notifications the user gets by default (created here, or watched). */
  watched(): string[] {
    return [...this.memory.watched];
  }

  // ── actions ──────────────────────────────────────────────────────────────────────────────

  /** Sends a message (resumes a suspended session), then polls. */
  async send(id: string, text: string, attachmentUrls?: string[]): Promise<SessionView> {
    const sid = normalizeSessionId(id);
    const answer = await this.call(() => this.api.sendMessage(sid, { message: text, ...(attachmentUrls?.length ? { attachment_urls: attachmentUrls } : {}) }));
    const s = await this.applyAnswer(sid, answer);
    // The send already moved updated_at, so the next poll would not see a change: a view that
    // shows this session gets the stored reply now (incremental, `after` cursor).
    if (this.feed.isWatched(sid)) await this.feed.fetch(sid, s.updated_at).catch(() => undefined);
    void this.kick();
    return this.viewOf(sid);
  }

  async archive(id: string): Promise<SessionView> {
    const sid = normalizeSessionId(id);
    await this.applyAnswer(sid, await this.call(() => this.api.archive(sid)));
    return this.viewOf(sid);
  }

  async terminate(id: string): Promise<SessionView> {
    const sid = normalizeSessionId(id);
    await this.applyAnswer(sid, await this.call(() => this.api.terminate(sid)));
    return this.viewOf(sid);
  }

  /**
   * An action's answer leaves out what only get/list fill (status_detail, structured_output,
   * category…): it is merged into the known session instead of replacing it, then one GET fills
   * the rest. If that GET fails, the merged copy stands until the next poll.
   */
  private async applyAnswer(sid: string, answer: SessionAnswer): Promise<Session> {
    const merged = mergeActionAnswer(this.memory.sessions.get(sid), answer, (raw) => sessionSchema.parse(raw));
    await this.ingest([merged], 'action');
    try {
      await this.ingest([await this.call(() => this.api.get(sid))], 'get');
    } catch (err) {
      if (codeOf(err) === 'AUTH_INVALID') throw err;
    }
    return this.memory.sessions.get(sid) ?? merged;
  }

  /**
   * Creates a session. Never retried (a duplicate costs money; the client refuses too). The
   * new session is watched, and a poll starts at once so it shows up.
   */
  async create(body: SessionCreateRequest, orgId?: string | null): Promise<CreatedSessionResult> {
    const created = await this.call(() => this.api.create(body, orgId ? { orgId } : undefined));
    const sessionId = normalizeSessionId(created.session_id);
    // The API never returns the prompt or the repos: remember what we sent (persisted by the watch).
    this.memory.setPrompt(sessionId, body.prompt);
    this.memory.setRepos(sessionId, body.repos ?? []);
    await this.watch(sessionId);
    void this.kick();
    return { sessionId, url: created.url, ...(created.org_id ? { orgId: created.org_id } : {}) };
  }

  /** Watch a session: its events notify under the default "watched" scope. Persisted. */
  async watch(id: string): Promise<void> {
    const sid = normalizeSessionId(id);
    if (!this.memory.watch(sid)) return;
    this.afterWatchChange();
    await this.persist();
  }

  async unwatch(id: string): Promise<void> {
    const sid = normalizeSessionId(id);
    if (!this.memory.unwatch(sid)) return;
    this.afterWatchChange();
    await this.persist();
  }

  // ── polling ──────────────────────────────────────────────────────────────────────────────

  private canPoll(): boolean {
    return this.started && !this.stopped && !this.authLost && this.online && !this.asleep;
  }

  private onPauseChange(reason: 'offline' | 'asleep', paused: boolean): void {
    if (paused) {
      this.loop.cancel();
      if (this.started && !this.stopped && !this.authLost) this.setStatus({ kind: 'paused', reason, lastSyncMs: this.lastSyncMs });
    } else if (this.canPoll()) {
      // Back from a pause: errors from before it say nothing about now.
      this.failures = 0;
      void this.kick();
    }
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
      this.events.emit('polled', { atMs: this.lastSyncMs });
    } catch (err) {
      this.onPollError(err);
    }
  }

  private async poll(): Promise<void> {
    const updatedAfter = listUpdatedAfter({
      nowMs: this.clock.now(),
      cursor: this.memory.cursor,
      firstPollThisRun: !this.polledThisRun,
      initialWindowSec: this.opts.initialWindowSec,
      overlapSec: this.opts.overlapSec,
    });
    const listed = await listChangedSessions(this.api, {
      updatedAfter,
      pageSize: this.opts.pageSize,
      maxPages: this.opts.maxPagesPerPoll,
    });
    const learned = await this.readPrompts(listed.sessions);
    const changed = await this.ingest(listed.sessions, 'list');
    if (learned && changed.length === 0) await this.announceExtras();
    this.polledThisRun = true;
    await this.feed.refreshWatched(new Set(changed.map((c) => c.session.session_id)));
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
      this.loop.holdKicksUntil(now + f.delayMs);
      this.setStatus({ kind: 'rate_limited', retryInS, untilMs: now + f.delayMs, lastSyncMs: this.lastSyncMs });
    } else {
      const status = err instanceof AppError && typeof err.details?.status === 'number' ? err.details.status : undefined;
      this.setStatus({ kind: 'error', code, message: this.errorText(err), retryInS, untilMs: now + f.delayMs, lastSyncMs: this.lastSyncMs, ...(status ? { status } : {}) });
    }
    this.scheduleNext(f.delayMs);
  }

  private scheduleNext(backoff: number | null): void {
    if (!this.canPoll()) return;
    const now = this.clock.now();
    const delay = nextInterval({
      anyRunning: [...this.memory.sessions.values()].some((s) => isActive(s)),
      windowVisible: this.visible,
      lastChangeAgo: this.lastChangeMs === null ? Infinity : now - this.lastChangeMs,
      backoff,
    });
    this.loop.schedule(delay);
  }

  private loseAuth(): void {
    if (this.authLost) return;
    this.authLost = true;
    this.loop.cancel();
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
   * Ingests sessions one batch at a time (batches never interleave): memory updated, then
   * persisted state, then events. See ingest-batch.ts for what a batch decides.
   */
  private ingest(sessions: readonly Session[], source: IngestSource): Promise<SessionChange[]> {
    const run = this.serialQueue.then(() => this.ingestNow(sessions, source));
    this.serialQueue = run.catch(() => undefined);
    return run;
  }

  private async ingestNow(sessions: readonly Session[], source: IngestSource): Promise<SessionChange[]> {
    const settings = this.deps.getNotificationSettings();
    const locale = this.deps.getLocale();
    const now = this.clock.now();
    const { changes, transitions, notifications, cursorMoved } = await ingestBatch(this.memory, {
      sessions,
      source,
      settings,
      locale,
      nowMs: now,
      overlapSec: this.opts.overlapSec,
      lastDevinMessage: (id, updatedAt) => this.feed.lastFromDevin(id, updatedAt),
    });
    if (changes.length > 0) this.lastChangeMs = now;
    // Persist before telling anyone: a crash after this point can lose a pop-up, never repeat one.
    if (changes.length > 0 || cursorMoved) await this.persist();
    for (const t of transitions) this.events.emit('transition', t);
    for (const n of notifications) this.events.emit('notification', n);
    if (changes.length > 0) this.events.emit('sessionsChanged', this.memory.views());
    return changes;
  }

  // ── prompts (the API has no prompt field; see session-prompt.ts) ──

  /**
   * Reads the first message of up to `promptReadsPerPoll` untitled sessions whose prompt is
   * unknown (newest first): their display title needs it. Titled sessions are not read in the
   * background (their prompt is learned free when created here or when a view shows their
   * messages), so an org that titles its sessions pays nothing. Runs before ingesting
   * so a notification about a new untitled session already has its prompt. Returns whether a
   * prompt was learned. A failed read is tried again on a later poll; a 401 fails the poll.
   */
  private async readPrompts(listed: readonly Session[]): Promise<boolean> {
    const byId = new Map<string, Session>();
    for (const s of [...this.memory.sessions.values(), ...listed]) byId.set(normalizeSessionId(s.session_id), s);
    const due = [...byId.entries()]
      .filter(([id, s]) => !s.title?.trim() && this.memory.promptWorthReading(id, s.updated_at))
      .sort(([, a], [, b]) => b.updated_at - a.updated_at)
      .slice(0, this.opts.promptReadsPerPoll);
    let learned = false;
    for (const [id, s] of due) {
      try {
        const page = await this.call(() => this.api.messages(id, { first: 1 }));
        const first = page.items[0];
        if (first) learned = this.memory.setPrompt(id, promptFromFirstMessage(first)) || learned;
        else this.memory.markPromptLooked(id, s.updated_at);
      } catch (err) {
        if (codeOf(err) === 'AUTH_INVALID') throw err;
        break; // the server is struggling: the next poll tries again
      }
    }
    return learned;
  }

  /** A view's message fetch starts at the first message: when a person sent it, it is the prompt. */
  private learnPromptFromLog(id: string): void {
    if (!this.memory.promptWorthReading(id, Number.NaN)) return;
    const first = this.feed.firstMessage(id);
    if (!first) return;
    if (this.memory.setPrompt(id, promptFromFirstMessage(first))) void this.announceExtras();
  }

  /** Prompts changed outside an ingest: persist, and views get the new titles. */
  private async announceExtras(): Promise<void> {
    await this.persist();
    if (this.memory.sessions.size > 0) this.events.emit('sessionsChanged', this.memory.views());
  }

  // ── state and views ──────────────────────────────────────────────────────────────────────

  private persist(): Promise<void> {
    const path = this.statePath;
    const dir = this.deps.stateDir;
    if (!path || !dir) return Promise.resolve();
    const state = this.memory.toState();
    this.persistQueue = this.persistQueue
      .then(() => saveTrackerState(path, dir, this.deps.orgId, state))
      .catch((err: unknown) => this.deps.onError?.(err));
    return this.persistQueue;
  }

  private viewOf(id: string): SessionView {
    const s = this.memory.sessions.get(id);
    if (!s) throw new AppError('NOT_FOUND', `Session ${id} is not known`);
    return this.memory.viewOf(s);
  }

  private afterWatchChange(): void {
    if (this.memory.sessions.size > 0) this.events.emit('sessionsChanged', this.memory.views());
  }

  private setStatus(next: TrackerStatus): void {
    const prev = this.currentStatus;
    this.currentStatus = next;
    // `ok` → `ok` is news only when the sync time moved: the list's "synced N s ago" line shows it.
    if (prev.kind === next.kind && next.kind === 'ok' && prev.lastSyncMs === next.lastSyncMs) return;
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
