import type { Session } from '../../shared/domain/session';
import { normalizeSessionId } from '../../shared/domain/session-id';
import type { Locale } from '../../shared/i18n';
import { groupNotifications } from '../../shared/sessions/notification-grouping';
import { decideNotifications, notificationsAllowed, type AppNotification } from '../../shared/sessions/notification-policy';
import type { NotificationSettings } from '../../shared/sessions/notification-settings';
import { detectTransitions, toSnapshot } from '../../shared/sessions/transitions';
import { planChanges, type SessionChange } from './change-plan';
import type { TransitionEvent } from './tracker-events';
import type { TrackerMemory } from './tracker-memory';

/**
 * Where sessions being ingested came from: a `list` poll, a single `get`, or an `action` (the
 * user's own send/archive/terminate, which returns the updated session).
 */
export type IngestSource = 'list' | 'get' | 'action';

/** One batch of sessions to ingest, and what deciding about it needs. */
export interface IngestBatch {
  sessions: readonly Session[];
  source: IngestSource;
  settings: NotificationSettings;
  locale: Locale;
  nowMs: number;
  /** See `TrackerOptions.overlapSec`. */
  overlapSec: number;
  /**
   * Devin's newest message, for a "waiting for you" notification; null if it cannot be had now.
   * Asked only when such a notification may go out. A rejection abandons the batch part-applied
   * and unannounced (how a 401 met here reaches the tracker).
   */
  lastDevinMessage: (sessionId: string, updatedAt: number) => Promise<string | null>;
}

/** What a batch did to the memory, for the tracker to persist and announce. */
export interface IngestResult {
  /** Sessions that differ from what was known, oldest change first. */
  changes: SessionChange[];
  /** New transitions, in the order of `changes`; all now marked notified. */
  transitions: TransitionEvent[];
  /** What to show, already grouped when the settings ask for it. */
  notifications: AppNotification[];
  cursorMoved: boolean;
}

/**
 * Applies a batch to `memory`: changes → transitions → notifications. Only a `list` moves the
 * cursor: a single GET says nothing about other sessions updated before it. An `action` records
 * its transitions without notifying: nobody needs a pop-up about what they just did. The caller
 * must persist (when there are changes or the cursor moved) BEFORE announcing anything, and
 * must not run two batches at once.
 */
export async function ingestBatch(memory: TrackerMemory, batch: IngestBatch): Promise<IngestResult> {
  const { source, settings, locale, nowMs } = batch;
  // Whether the API's ids carry `devin-` is unconfirmed; every key here has it.
  const sessions = batch.sessions.map((s) => (s.session_id.startsWith('devin-') ? s : { ...s, session_id: normalizeSessionId(s.session_id) }));
  // Oldest change first, so pop-ups come in the order things happened.
  const changes = planChanges(sessions, memory.sessions, memory.snapshots, memory.cursor, batch.overlapSec).sort(
    (x, y) => x.session.updated_at - y.session.updated_at || (x.session.session_id < y.session.session_id ? -1 : 1),
  );
  const notifications: AppNotification[] = [];
  const transitions: TransitionEvent[] = [];

  for (const c of changes) {
    const id = c.session.session_id;
    const next = toSnapshot(c.session);
    memory.setSession(c.session);
    if (c.notify) {
      const fresh = detectTransitions(c.prev, next).filter((t) => !memory.hasNotified(t.key));
      if (fresh.length > 0) {
        const ctx = { locale, nowMs, watched: memory.watched.has(id), lastDevinMessage: null as string | null };
        if (source !== 'action' && fresh.some((t) => t.kind === 'waiting_for_user') && settings.kinds.waiting_for_user && notificationsAllowed(settings, ctx)) {
          ctx.lastDevinMessage = await batch.lastDevinMessage(id, c.session.updated_at);
        }
        const keys = new Set(source === 'action' ? [] : fresh.map((t) => t.key));
        notifications.push(...decideNotifications(c.prev, { ...next, prompt: memory.prompt(id) || null }, settings, ctx).filter((n) => keys.has(n.id)));
        const view = memory.viewOf(c.session);
        for (const t of fresh) {
          transitions.push({ ...t, session: view });
          memory.markNotified(t.key);
        }
      }
    }
    // Last, after the await above: a save meanwhile (a watch) must not hold the new snapshot
    // without its notified keys, or a crash would lose the transition for good.
    memory.setSnapshot(next);
  }

  let cursorMoved = false;
  if (source === 'list') {
    const newest = sessions.reduce((m, s) => Math.max(m, s.updated_at), -Infinity);
    if (Number.isFinite(newest)) cursorMoved = memory.advanceCursor(newest);
  }
  if (changes.length > 0 || cursorMoved) memory.boundSnapshots();
  return { changes, transitions, notifications: settings.group ? groupNotifications(notifications, locale) : notifications, cursorMoved };
}
