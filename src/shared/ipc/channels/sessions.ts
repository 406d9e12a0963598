import { z } from 'zod';
import { sessionCreateRequestSchema } from '../../domain/session';
import type { SessionMessage } from '../../domain/session-message';
import { notificationSettingsPatchSchema, type NotificationSettings } from '../../sessions/notification-settings';
import { sessionFilterSchema } from '../../sessions/session-filter';
import type { SessionView } from '../../sessions/session-view';
import type { TrackerStatus } from '../../sessions/tracker-status';
import { type } from '../phantom';

const sessionId = z.string().min(1).max(200);
const byId = z.object({ sessionId }).strict();

/** What `sessions:create` returns once the API accepted the session (it is watched from then on). */
export interface CreatedSessionInfo {
  sessionId: string;
  url: string;
}

/** New messages of a session a view watches (`sessions:watchMessages`); append `added`. */
export interface SessionMessagesEvent {
  sessionId: string;
  added: SessionMessage[];
}

/**
 * Sessions: the tracked list, one session, its messages, actions, and notification settings.
 * They become `devinTray.sessions.list(…)`, `devinTray.sessions.send(…)` and so on.
 */
export const sessionsChannels = {
  /** Known sessions newest first; archived ones only when `groups` asks for them. */
  'sessions:list': { request: sessionFilterSchema.optional(), response: type<SessionView[]>() },
  /** Fresh from the API (the cached copy if that fails). */
  'sessions:get': { request: byId, response: type<SessionView>() },
  'sessions:messages': { request: byId, response: type<SessionMessage[]>() },
  /** A view shows the session: returns its messages, then pushes `sessions:messages` as new ones come. Refcounted. */
  'sessions:watchMessages': { request: byId, response: type<SessionMessage[]>() },
  'sessions:unwatchMessages': { request: byId, response: type<void>() },
  'sessions:send': {
    request: z
      .object({ sessionId, message: z.string().min(1).max(100_000), attachmentUrls: z.array(z.string().min(1).max(2083)).max(50).optional() })
      .strict(),
    response: type<SessionView>(),
  },
  'sessions:archive': { request: byId, response: type<SessionView>() },
  'sessions:terminate': { request: byId, response: type<SessionView>() },
  /** Never retried; the new session is watched and a poll starts at once. */
  'sessions:create': { request: sessionCreateRequestSchema, response: type<CreatedSessionInfo>() },
  /** Notify me about this session (the default scope notifies watched sessions only). */
  'sessions:watch': { request: byId, response: type<void>() },
  'sessions:unwatch': { request: byId, response: type<void>() },
  'sessions:trackerStatus': { request: z.undefined(), response: type<TrackerStatus>() },
  /** Poll now. */
  'sessions:refresh': { request: z.undefined(), response: type<void>() },
  'sessions:notificationSettings': { request: z.undefined(), response: type<NotificationSettings>() },
  'sessions:setNotificationSettings': { request: notificationSettingsPatchSchema, response: type<NotificationSettings>() },
} as const;

/** Pushes from main. */
export const sessionsEvents = {
  'sessions:changed': type<SessionView[]>(),
  'sessions:messages': type<SessionMessagesEvent>(),
  'sessions:trackerStatus': type<TrackerStatus>(),
  /** Main asks the UI to show a session (a notification or tray item was clicked). */
  'sessions:open': type<{ sessionId: string }>(),
} as const;

export type SessionsChannelName = keyof typeof sessionsChannels;
