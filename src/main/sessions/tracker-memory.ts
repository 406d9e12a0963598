import type { Session } from '../../shared/domain/session';
import { compareViews, toSessionView, type SessionView } from '../../shared/sessions/session-view';
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
  private viewsCache: SessionView[] | null = null;

  constructor(private readonly limits: TrackerMemoryLimits) {}

  /** Replaces the persisted part with a loaded state (sessions seen this run are kept). */
  restore(state: TrackerState): void {
    this.cursorSec = state.cursor;
    this.snapshotsById = new Map(state.snapshots.map((s) => [s.id, s]));
    this.notified = [...state.notified];
    this.notifiedSet = new Set(this.notified);
    this.watchedSet = new Set(state.watched);
    this.viewsCache = null;
  }

  /** The persisted part, copied (safe to write while the memory keeps changing). */
  toState(): TrackerState {
    return {
      cursor: this.cursorSec,
      snapshots: [...this.snapshotsById.values()],
      notified: [...this.notified],
      watched: [...this.watchedSet],
    };
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
  }

  /** Known sessions as views, newest first (cached until a session or the watched set changes). */
  views(): SessionView[] {
    this.viewsCache ??= [...this.known.values()].map((s) => toSessionView(s, this.watchedSet)).sort(compareViews);
    return this.viewsCache;
  }
}
