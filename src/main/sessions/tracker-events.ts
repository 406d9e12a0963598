import type { SessionMessage } from '../../shared/domain/session-message';
import type { AppNotification } from '../../shared/sessions/notification-policy';
import type { SessionView } from '../../shared/sessions/session-view';
import type { TrackerStatus } from '../../shared/sessions/tracker-status';
import type { Transition } from '../../shared/sessions/transitions';

/** A transition as the tracker reports it, with the session's view at that moment. */
export interface TransitionEvent extends Transition {
  session: SessionView;
}

/** New messages of a session (a view appends `added`). */
export interface MessagesEvent {
  sessionId: string;
  added: SessionMessage[];
}

/** Everything a `SessionTracker` emits, by event name. */
export interface TrackerEvents extends Record<string, unknown> {
  sessionsChanged: SessionView[];
  transition: TransitionEvent;
  notification: AppNotification;
  status: TrackerStatus;
  /** The key was rejected (401): polling stopped. Emitted once per tracker. */
  authLost: { orgId: string };
  messages: MessagesEvent;
  /** A poll succeeded (others piggyback on it: the usage budget check). */
  polled: { atMs: number };
}
