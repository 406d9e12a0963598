import type { Session } from '../../shared/domain/session';
import type { SessionMessage } from '../../shared/domain/session-message';
import { AppError } from '../../shared/errors';
import { isActive } from '../../shared/sessions/session-state';
import { MessageLog } from './message-log';
import type { SessionsPort } from './sessions-port';
import type { MessagesEvent } from './tracker-events';
import type { TrackerOptions } from './tracker-options';

/** What a `MessageFeed` needs from its tracker. */
export interface MessageFeedDeps {
  api: Pick<SessionsPort, 'messages'>;
  now: () => number;
  opts: Pick<TrackerOptions, 'messagesPageSize' | 'messagesMaxPages' | 'maxUnwatchedMessageLogs' | 'messagesMaxAgeMs'>;
  /** The tracker's known sessions (read live: it changes between fetches). */
  sessions: ReadonlyMap<string, Session>;
  /** Runs an API call the tracker's way (a 401 stops polling). */
  call: <T>(fn: () => Promise<T>) => Promise<T>;
  /** New messages were fetched. */
  onAdded: (event: MessagesEvent) => void;
}

/**
 * The tracker's session messages: fetched incrementally (see MessageLog), only for sessions a
 * view shows or a notification needs, each batch of new ones announced through `onAdded`.
 */
export class MessageFeed {
  private readonly log: MessageLog;

  constructor(private readonly deps: MessageFeedDeps) {
    this.log = new MessageLog(deps.api, deps.now, {
      pageSize: deps.opts.messagesPageSize,
      maxPages: deps.opts.messagesMaxPages,
      maxUnwatched: deps.opts.maxUnwatchedMessageLogs,
    });
  }

  /** Messages accumulated so far; fetched (incrementally) if never fetched this run. */
  async messages(id: string): Promise<SessionMessage[]> {
    if (!this.log.hasFetched(id)) await this.fetch(id);
    return this.log.cached(id);
  }

  /** A view shows this session's messages: fetch now, then keep them fresh on every poll (refcounted). */
  async watch(id: string): Promise<SessionMessage[]> {
    const first = this.log.retain(id);
    if (first || !this.log.hasFetched(id)) await this.fetch(id);
    return this.log.cached(id);
  }

  unwatch(id: string): void {
    this.log.release(id);
  }

  /** The session's first message, when its history has been fetched from the start. */
  firstMessage(id: string): SessionMessage | undefined {
    return this.log.cached(id)[0];
  }

  /** Whether some view shows this session's messages. */
  isWatched(id: string): boolean {
    return this.log.isWatched(id);
  }

  /** Fetches what is new since the last fetch and announces it. */
  async fetch(id: string, updatedAt: number | null = this.deps.sessions.get(id)?.updated_at ?? null): Promise<void> {
    const added = await this.deps.call(() => this.log.fetchNew(id, updatedAt));
    if (added.length > 0) this.deps.onAdded({ sessionId: id, added });
  }

  /** Devin's newest message for a "waiting for you" notification; null if it cannot be had now. */
  async lastFromDevin(id: string, updatedAt: number): Promise<string | null> {
    try {
      await this.fetch(id, updatedAt);
    } catch (err) {
      // The notification goes out without the text rather than late; a 401 still stops polling.
      if (err instanceof AppError && err.code === 'AUTH_INVALID') throw err;
    }
    return this.log.lastFromDevin(id)?.message ?? null;
  }

  /** After a poll: re-reads sessions views show that changed, and active ones not read for a while. */
  async refreshWatched(changedIds: ReadonlySet<string>): Promise<void> {
    const now = this.deps.now();
    for (const id of this.log.watchedIds()) {
      const s = this.deps.sessions.get(id);
      const { fetchedAtMs, updatedAt } = this.log.freshness(id);
      const moved = changedIds.has(id) && (s === undefined || updatedAt !== s.updated_at);
      const stale = s !== undefined && isActive(s) && (fetchedAtMs === null || now - fetchedAtMs >= this.deps.opts.messagesMaxAgeMs);
      if (moved || stale) await this.fetch(id, s?.updated_at ?? null);
    }
  }
}
