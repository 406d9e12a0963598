import type { Session } from '../../shared/domain/session';
import { keepPrompt } from '../../shared/sessions/session-prompt';
import { compareViews, toSessionView, type SessionExtras, type SessionView } from '../../shared/sessions/session-view';
import type { SessionSnapshot } from '../../shared/sessions/transitions';
import type { TrackerOptions } from './tracker-options';
import type { TrackerState } from './tracker-state-file';

/** The bounds the memory keeps itself within. */
export type TrackerMemoryLimits = Pick<TrackerOptions, 'maxSnapshots' | 'maxNotifiedKeys'>;

/**
 * What a tracker remembers about its org: the full sessions seen this run, and the part that
 * survives restarts (`toState()` / `restore()`): the list cursor, a snapshot per session, the
 * transition keys already handled and the watched sessions. No I/O; the tracker persists it.
 */
export class TrackerMemory {
  private readonly known = new Map<string, Session>();
  private snapshotsById = new Map<string, SessionSnapshot>();
  private cursorSec: number | null = null;
  /** Notified keys, oldest first (the bound drops from the front); the set answers lookups. */
  private notified: string[] = [];
  private notifiedSet = new Set<string>();
  private watchedSet = new Set<string>();
  /** '' = looked, no prompt to be had. */
  private promptsById = new Map<string, string>();
  private reposById = new Map<string, string[]>();
  /** `updated_at` at which a first-message read found no message yet (this run only). */
  private promptLookedAt = new Map<string, number>();
  private viewsCache: SessionView[] | null = null;

  constructor(private readonly limits: TrackerMemoryLimits) {}

  /** Replaces the persisted part with a loaded state (sessions seen this run are kept). */
  restore(state: TrackerState): void {
    this.cursorSec = state.cursor;
    this.snapshotsById = new Map(state.snapshots.map((s) => [s.id, s]));
    this.notified = [...state.notified];
    this.notifiedSet = new Set(this.notified);
    this.watchedSet = new Set(state.watched);
    this.promptsById = new Map(Object.entries(state.prompts));
    this.reposById = new Map(Object.entries(state.repos));
    this.viewsCache = null;
  }

  /** The persisted part, copied (safe to write while the memory keeps changing). */
  toState(): TrackerState {
    return {
      cursor: this.cursorSec,
      snapshots: [...this.snapshotsById.values()],
      notified: [...this.notified],
      watched: [...this.watchedSet],
      prompts: Object.fromEntries(this.promptsById),
      repos: Object.fromEntries(this.reposById),
    };
  }

  // ── prompts and repos (the API does not return them; see session-prompt.ts) ──

  /** The known prompt; '' when known to be unavailable; undefined when not looked for yet. */
  prompt(id: string): string | undefined {
    return this.promptsById.get(id);
  }

  /** Remembers a prompt (kept to PROMPT_KEEP_CHARS); null = none to be had. Returns whether anything changed. */
  setPrompt(id: string, prompt: string | null): boolean {
    const kept = prompt === null ? '' : keepPrompt(prompt);
    this.promptLookedAt.delete(id);
    if (this.promptsById.get(id) === kept) return false;
    this.promptsById.set(id, kept);
    this.viewsCache = null;
    return true;
  }

  /** A first-message read found nothing yet at this `updated_at`: not worth another read until it moves. */
  markPromptLooked(id: string, updatedAt: number): void {
    this.promptLookedAt.set(id, updatedAt);
  }

  /** Whether a first-message read may tell something new: prompt unknown and the session changed since the last read. */
  promptWorthReading(id: string, updatedAt: number): boolean {
    if (this.promptsById.has(id)) return false;
    const looked = this.promptLookedAt.get(id);
    return looked === undefined || looked !== updatedAt;
  }

  setRepos(id: string, repos: readonly string[]): void {
    if (repos.length === 0) return;
    this.reposById.set(id, [...repos]);
    this.viewsCache = null;
  }

  /** What views show besides the API's fields. */
  extrasOf(id: string): SessionExtras {
    const repos = this.reposById.get(id);
    return { prompt: this.promptsById.get(id) || null, ...(repos ? { repos } : {}) };
  }

  /** The view of one known session. */
  viewOf(s: Session): SessionView {
    return toSessionView(s, this.watchedSet, this.extrasOf(s.session_id));
  }

  /** Full sessions seen this run, by id. */
  get sessions(): ReadonlyMap<string, Session> {
    return this.known;
  }

  setSession(s: Session): void {
    this.known.set(s.session_id, s);
    this.viewsCache = null;
  }

  /** Last known state per session, persisted (it may cover sessions not seen this run). */
  get snapshots(): ReadonlyMap<string, SessionSnapshot> {
    return this.snapshotsById;
  }

  setSnapshot(s: SessionSnapshot): void {
    this.snapshotsById.set(s.id, s);
  }

  /** Newest `updated_at` (Unix s) seen in a list; null before the first successful poll ever. */
  get cursor(): number | null {
    return this.cursorSec;
  }

  /** Moves the cursor forward only; returns whether it moved. */
  advanceCursor(updatedAtSec: number): boolean {
    if (this.cursorSec !== null && updatedAtSec <= this.cursorSec) return false;
    this.cursorSec = updatedAtSec;
    return true;
  }

  hasNotified(key: string): boolean {
    return this.notifiedSet.has(key);
  }

  /** Remembers a handled transition key; beyond the bound the oldest keys are forgotten. */
  markNotified(key: string): void {
    if (this.notifiedSet.has(key)) return;
    this.notified.push(key);
    this.notifiedSet.add(key);
    while (this.notified.length > this.limits.maxNotifiedKeys) this.notifiedSet.delete(this.notified.shift() as string);
  }

  get watched(): ReadonlySet<string> {
    return this.watchedSet;
  }

  /** Returns false if it was watched already. */
  watch(id: string): boolean {
    if (this.watchedSet.has(id)) return false;
    this.watchedSet.add(id);
    this.viewsCache = null;
    return true;
  }

  /** Returns false if it was not watched. */
  unwatch(id: string): boolean {
    if (!this.watchedSet.delete(id)) return false;
    this.viewsCache = null;
    return true;
  }

  /** Keeps the most recently updated snapshots (and every watched one). */
  boundSnapshots(): void {
    if (this.snapshotsById.size <= this.limits.maxSnapshots) return;
    const drop = [...this.snapshotsById.values()]
      .filter((s) => !this.watchedSet.has(s.id))
      .sort((a, b) => a.updatedAt - b.updatedAt)
      .slice(0, this.snapshotsById.size - this.limits.maxSnapshots);
    for (const s of drop) this.snapshotsById.delete(s.id);
    // Prompts and repos go with their snapshots (never while the session is known this run).
    for (const id of [...this.promptsById.keys(), ...this.reposById.keys()]) {
      if (!this.snapshotsById.has(id) && !this.known.has(id)) {
        this.promptsById.delete(id);
        this.reposById.delete(id);
      }
    }
  }

  /** Known sessions as views, newest first (cached until a session or the watched set changes). */
  views(): SessionView[] {
    this.viewsCache ??= [...this.known.values()].map((s) => this.viewOf(s)).sort(compareViews);
    return this.viewsCache;
  }
}
