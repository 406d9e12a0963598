import type { SessionMessage } from '../../shared/domain/session-message';
import type { SessionsPort } from './sessions-port';

interface Entry {
  items: SessionMessage[];
  ids: Set<string>;
  /** The last `end_cursor` we got: the next fetch asks only for what came after it. */
  cursor: string | null;
  /** Views showing this session's messages. */
  refs: number;
  fetchedAtMs: number | null;
  /** The session's `updated_at` when we last fetched (skip fetches when it has not moved). */
  fetchedForUpdatedAt: number | null;
  inFlight: Promise<SessionMessage[]> | null;
  lastUsedMs: number;
}

export interface MessageLogOptions {
  pageSize: number;
  /** Pages per fetch at most (a long session's history comes over a few fetches). */
  maxPages: number;
  /** Sessions kept with no view watching them (least recently used are dropped). */
  maxUnwatched: number;
}

/**
 * Each session's messages, fetched incrementally with the `after` cursor and accumulated.
 * Only sessions a view shows (refcounted) or whose notification needs the newest text are
 * fetched at all.
 */
export class MessageLog {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly api: Pick<SessionsPort, 'messages'>,
    private readonly now: () => number,
    private readonly opts: MessageLogOptions,
  ) {}

  /** A view started showing the session; returns true for the first view (fetch now). */
  retain(id: string): boolean {
    const e = this.entry(id);
    e.refs++;
    return e.refs === 1;
  }

  /** A view stopped showing it. */
  release(id: string): void {
    const e = this.entries.get(id);
    if (e && e.refs > 0) e.refs--;
    this.evict();
  }

  /** Session ids some view is showing. */
  watchedIds(): string[] {
    return [...this.entries].filter(([, e]) => e.refs > 0).map(([id]) => id);
  }

  isWatched(id: string): boolean {
    return (this.entries.get(id)?.refs ?? 0) > 0;
  }

  /** What we have so far (no request). */
  cached(id: string): SessionMessage[] {
    return [...(this.entries.get(id)?.items ?? [])];
  }

  hasFetched(id: string): boolean {
    return (this.entries.get(id)?.fetchedAtMs ?? null) !== null;
  }

  /** When the session was last fetched and for which `updated_at`. */
  freshness(id: string): { fetchedAtMs: number | null; updatedAt: number | null } {
    const e = this.entries.get(id);
    return { fetchedAtMs: e?.fetchedAtMs ?? null, updatedAt: e?.fetchedForUpdatedAt ?? null };
  }

  /**
   * Fetches the messages after our cursor and returns only the new ones. Concurrent calls for
   * one session share a request.
   */
  fetchNew(id: string, updatedAt: number | null): Promise<SessionMessage[]> {
    const e = this.entry(id);
    if (e.inFlight) return e.inFlight;
    const run = async (): Promise<SessionMessage[]> => {
      const added: SessionMessage[] = [];
      for (let page = 0; page < this.opts.maxPages; page++) {
        const res = await this.api.messages(id, { first: this.opts.pageSize, ...(e.cursor ? { after: e.cursor } : {}) });
        for (const m of res.items) {
          if (e.ids.has(m.event_id)) continue;
          e.ids.add(m.event_id);
          e.items.push(m);
          added.push(m);
        }
        if (res.end_cursor) e.cursor = res.end_cursor;
        if (!res.has_next_page || !res.end_cursor) break;
      }
      e.fetchedAtMs = this.now();
      e.fetchedForUpdatedAt = updatedAt;
      return added;
    };
    e.inFlight = run().finally(() => {
      e.inFlight = null;
    });
    return e.inFlight;
  }

  /** Devin's newest message among what we have. */
  lastFromDevin(id: string): SessionMessage | null {
    const items = this.entries.get(id)?.items ?? [];
    for (let i = items.length - 1; i >= 0; i--) {
      const m = items[i] as SessionMessage;
      if (m.source === 'devin') return m;
    }
    return null;
  }

  private entry(id: string): Entry {
    let e = this.entries.get(id);
    if (!e) {
      e = { items: [], ids: new Set(), cursor: null, refs: 0, fetchedAtMs: null, fetchedForUpdatedAt: null, inFlight: null, lastUsedMs: this.now() };
      this.entries.set(id, e);
      this.evict(e);
    }
    e.lastUsedMs = this.now();
    return e;
  }

  /** Drops the least recently used unwatched sessions beyond the cap (never `keep`). */
  private evict(keep?: Entry): void {
    const idle = [...this.entries].filter(([, e]) => e.refs === 0 && !e.inFlight && e !== keep);
    if (idle.length <= this.opts.maxUnwatched) return;
    idle.sort((a, b) => a[1].lastUsedMs - b[1].lastUsedMs);
    for (const [id] of idle.slice(0, idle.length - this.opts.maxUnwatched)) this.entries.delete(id);
  }
}
